import AddIcon from '@mui/icons-material/Add';
import { Alert, Box, Button, Link, Typography } from '@mui/material';
import { DataGrid, type GridColDef, type GridPaginationModel } from '@mui/x-data-grid';
import { useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import type { NoticeRegisterRow } from '../../../shared/contract/notices';
import { formatDate, formatMinutes } from '../../../shared/dates';
import { useRead } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { CapacityLine } from './NoticeSuggestion';
import { periodText } from './format';

const hours = (v: number | null) => (v === null ? '—' : formatMinutes(v));

const columns: GridColDef<NoticeRegisterRow>[] = [
  {
    field: 'number',
    headerName: 'Number',
    width: 120,
    renderCell: ({ row }) => (
      <Link component={RouterLink} to={`/notices/${row.id}`}>
        {row.number}
      </Link>
    ),
  },
  { field: 'courtName', headerName: 'Court', flex: 1.2, minWidth: 150 },
  {
    field: 'period',
    headerName: 'Period',
    width: 175,
    valueGetter: (_v, row) => periodText(row.periodFrom, row.periodTo),
  },
  {
    field: 'issuedOn',
    headerName: 'Issued on',
    width: 100,
    valueFormatter: (v: string) => formatDate(v),
  },
  {
    field: 'signedOffBy',
    headerName: 'Signed off by',
    flex: 1,
    minWidth: 140,
    renderCell: ({ row }) => (
      <Box>
        <Typography variant="body2">{row.signedOffBy}</Typography>
        <Typography variant="caption" color="text.secondary" component="div">
          {row.signedOffRole}
        </Typography>
      </Box>
    ),
  },
  {
    field: 'liveOrders',
    headerName: 'Live orders',
    description: 'Live orders made by the court, as issued',
    type: 'number',
    width: 100,
  },
  {
    field: 'hoursOutstandingMinutes',
    headerName: 'Outstanding',
    description: 'Hours outstanding on the court’s live orders, as issued',
    type: 'number',
    width: 110,
    valueFormatter: hours,
  },
  {
    field: 'ordersAtRisk',
    headerName: 'At risk',
    description: 'The court’s orders at risk of missing their end date, as issued',
    type: 'number',
    width: 80,
  },
  {
    field: 'weekly',
    headerName: 'A week: offer / need',
    description:
      'Hours a week the office could offer against what its live orders needed, as issued',
    flex: 1,
    minWidth: 170,
    valueGetter: (_v, row) => `${hours(row.offerableMinutes)} / ${hours(row.neededMinutes)}`,
  },
];

/** The register of court shortfall notices, each kept exactly as issued. */
export function NoticesPage() {
  const navigate = useNavigate();
  const [pagination, setPagination] = useState<GridPaginationModel>({ page: 0, pageSize: 25 });
  const register = useRead('notices.list', pagination);
  return (
    <>
      <PageHeader
        title="Court notices"
        subtitle="Notices telling a court of a shortfall in the office’s capacity to deliver unpaid work, kept exactly as issued"
        actionRoles={['MANAGER']}
        actions={
          <Button
            variant="contained"
            startIcon={<AddIcon />}
            component={RouterLink}
            to="/notices/new"
          >
            New notice
          </Button>
        }
      />
      <CapacityLine />
      {register.error && <Alert severity="error">{register.error.message}</Alert>}
      <DataGrid
        aria-label="Register of court notices"
        rows={register.data?.rows ?? []}
        columns={columns}
        rowCount={register.data?.total ?? 0}
        loading={register.isFetching}
        paginationMode="server"
        paginationModel={pagination}
        onPaginationModelChange={setPagination}
        pageSizeOptions={[25, 50, 100]}
        disableColumnFilter
        disableColumnSorting
        disableRowSelectionOnClick
        onRowDoubleClick={({ row }) => navigate(`/notices/${row.id}`)}
        density="compact"
        getRowHeight={() => 'auto'}
        localeText={{ noRowsLabel: 'No court notice has been issued yet.' }}
        sx={{
          bgcolor: 'background.paper',
          minHeight: 300,
          '& .MuiDataGrid-cell': { py: 0.75, display: 'flex', alignItems: 'center' },
        }}
      />
    </>
  );
}
