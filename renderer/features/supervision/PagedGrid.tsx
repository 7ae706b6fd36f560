import {
  DataGrid,
  type GridColDef,
  type GridPaginationModel,
  type GridValidRowModel,
} from '@mui/x-data-grid';

/** A list paged in SQLite, in the order the backend gives (its columns do not sort). */
export function PagedGrid<R extends GridValidRowModel>({
  rows,
  total,
  loading,
  columns,
  pagination,
  onPagination,
  label,
  empty,
  getRowId,
}: {
  rows: R[];
  total: number | undefined;
  loading: boolean;
  columns: GridColDef<R>[];
  pagination: GridPaginationModel;
  onPagination: (model: GridPaginationModel) => void;
  label: string;
  empty: string;
  getRowId?: (row: R) => number;
}) {
  return (
    <DataGrid
      aria-label={label}
      rows={rows}
      columns={columns.map((c) => ({ sortable: false, ...c }))}
      getRowId={getRowId}
      rowCount={total ?? 0}
      loading={loading}
      paginationMode="server"
      paginationModel={pagination}
      onPaginationModelChange={onPagination}
      pageSizeOptions={[25, 50, 100]}
      disableColumnFilter
      disableColumnSorting
      disableRowSelectionOnClick
      density="compact"
      getRowHeight={() => 'auto'}
      localeText={{ noRowsLabel: empty }}
      sx={{
        bgcolor: 'background.paper',
        minHeight: 260,
        '& .MuiDataGrid-cell': { py: 0.75, alignItems: 'center', display: 'flex' },
      }}
    />
  );
}
