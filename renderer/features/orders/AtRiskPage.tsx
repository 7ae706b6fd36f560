import { Alert, Link } from '@mui/material';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { Link as RouterLink } from 'react-router';
import type { OrderAtRisk } from '../../../shared/contract/orders';
import { formatDate, formatMinutes } from '../../../shared/dates';
import { useRead } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';

const columns: GridColDef<OrderAtRisk>[] = [
  {
    field: 'personName',
    headerName: 'Person',
    flex: 1,
    renderCell: ({ row }) => (
      <Link component={RouterLink} to={`/orders/${row.id}`}>
        {row.personName}
      </Link>
    ),
  },
  { field: 'caseReference', headerName: 'Case reference', flex: 0.7 },
  {
    field: 'endDate',
    headerName: 'End date',
    flex: 0.6,
    valueFormatter: (v: string) => formatDate(v),
  },
  {
    field: 'outstandingMinutes',
    headerName: 'Outstanding',
    type: 'number',
    flex: 0.6,
    valueFormatter: (v: number) => formatMinutes(v),
  },
  {
    field: 'offered',
    headerName: 'Booked a week',
    type: 'number',
    flex: 0.6,
    valueGetter: (_v, row) => row.progress.offeredPerWeekMinutes,
    valueFormatter: (v: number) => formatMinutes(v),
  },
  {
    field: 'projectedFinish',
    headerName: 'Projected finish',
    flex: 0.7,
    valueGetter: (_v, row) => row.progress.projectedFinish,
    valueFormatter: (v: string | null) => (v ? formatDate(v) : 'Nothing booked'),
  },
  { field: 'caseManagerName', headerName: 'Case manager', flex: 0.8 },
  {
    field: 'reasons',
    headerName: 'Why',
    flex: 2.4,
    valueGetter: (_v, row) => row.progress.reasons.join('. '),
  },
];

/** Live orders that will miss their end date at the hours booked, nearest end date first. */
export function AtRiskPage() {
  const list = useRead('orders.atRisk', {});
  return (
    <>
      <PageHeader
        title="Orders at risk"
        subtitle="Live orders that will not finish by their end date at the hours booked for the next 4 weeks"
        trail={[{ label: 'Orders', to: '/orders' }]}
      />
      {list.error && <Alert severity="error">{list.error.message}</Alert>}
      <DataGrid
        aria-label="Orders at risk"
        rows={list.data ?? []}
        columns={columns}
        loading={list.isFetching}
        density="compact"
        getRowHeight={() => 'auto'}
        disableRowSelectionOnClick
        initialState={{ pagination: { paginationModel: { pageSize: 50 } } }}
        pageSizeOptions={[25, 50, 100]}
        sx={{ bgcolor: 'background.paper', minHeight: 400, '& .MuiDataGrid-cell': { py: 0.75 } }}
        localeText={{ noRowsLabel: 'No live order is at risk of missing its end date.' }}
      />
    </>
  );
}
