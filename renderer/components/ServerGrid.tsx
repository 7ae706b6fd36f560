import {
  DataGrid,
  type GridColDef,
  type GridPaginationModel,
  type GridSortModel,
  type GridValidRowModel,
} from '@mui/x-data-grid';
import { useState } from 'react';

export interface GridQuery<S extends string> {
  page: number;
  pageSize: number;
  sortField: S;
  sortDirection: 'asc' | 'desc';
}

/** Paging and sorting held for a server-side list; the query input follows the grid's models. */
export function useGridQuery<S extends string>(
  initialSort: S,
  initialDirection: 'asc' | 'desc' = 'asc',
) {
  const [pagination, setPagination] = useState<GridPaginationModel>({ page: 0, pageSize: 25 });
  const [sort, setSort] = useState<GridSortModel>([{ field: initialSort, sort: initialDirection }]);
  const query: GridQuery<S> = {
    page: pagination.page,
    pageSize: pagination.pageSize,
    sortField: (sort[0]?.field ?? initialSort) as S,
    sortDirection: sort[0]?.sort ?? initialDirection,
  };
  return {
    query,
    pagination,
    setPagination,
    sort,
    setSort,
    resetPage: () => setPagination((p) => ({ ...p, page: 0 })),
  };
}

/** A DataGrid whose paging and sorting happen in SQLite: the grid only ever holds one page. */
export function ServerGrid<R extends GridValidRowModel>({
  rows,
  total,
  loading,
  columns,
  grid,
  label,
  empty,
  minHeight = 400,
}: {
  rows: R[];
  total: number | undefined;
  loading: boolean;
  columns: GridColDef<R>[];
  grid: ReturnType<typeof useGridQuery<string>>;
  label: string;
  /** Words for an empty list, in place of the grid's own. */
  empty?: string;
  minHeight?: number;
}) {
  return (
    <DataGrid
      aria-label={label}
      rows={rows}
      columns={columns}
      rowCount={total ?? 0}
      loading={loading}
      paginationMode="server"
      sortingMode="server"
      paginationModel={grid.pagination}
      onPaginationModelChange={grid.setPagination}
      sortModel={grid.sort}
      onSortModelChange={(model) => {
        grid.setSort(model);
        grid.resetPage();
      }}
      pageSizeOptions={[25, 50, 100]}
      disableColumnFilter
      disableRowSelectionOnClick
      density="compact"
      localeText={empty ? { noRowsLabel: empty } : undefined}
      sx={{ bgcolor: 'background.paper', minHeight }}
    />
  );
}
