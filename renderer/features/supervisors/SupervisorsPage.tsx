import { Alert, Chip, Link, Tooltip } from '@mui/material';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { Link as RouterLink } from 'react-router';
import { labelOf, staffRoles } from '../../../shared/codes';
import type { Supervisor } from '../../../shared/contract/supervisors';
import { formatDate } from '../../../shared/dates';
import { absenceKinds, trainingKinds } from '../../../shared/session-codes';
import { useRead } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { describeSlots } from '../../components/SlotGrid';
import { rotaSummary, trainingShort } from './labels';
import { StatusChip } from './StatusChip';
import { TrainingChip } from './TrainingChip';

const stateOrder = { EXPIRED: 0, MISSING: 1, EXPIRING: 2, IN_DATE: 3 };

const trainingColumns: GridColDef<Supervisor>[] = trainingKinds.map(({ code, label }, i) => ({
  field: `training-${code}`,
  headerName: trainingShort[code],
  description: `${label}: green in date, amber expiring within 60 days, red expired`,
  width: 152,
  // Sorts the worst first: expired, missing, expiring, then in date by expiry.
  valueGetter: (_v, row) => {
    const t = row.training[i]!;
    return `${stateOrder[t.state]}${t.expiresOn ?? ''}`;
  },
  renderCell: ({ row }) => <TrainingChip status={row.training[i]!} />,
}));

const columns: GridColDef<Supervisor>[] = [
  {
    field: 'name',
    headerName: 'Name',
    flex: 1,
    minWidth: 140,
    renderCell: ({ row }) => (
      <Link component={RouterLink} to={`/supervisors/${row.id}`}>
        {row.name}
      </Link>
    ),
  },
  {
    field: 'role',
    headerName: 'Role',
    width: 115,
    valueFormatter: (v: string) => labelOf(staffRoles, v),
  },
  {
    field: 'workingSlots',
    headerName: 'Works',
    flex: 1.2,
    minWidth: 150,
    sortable: false,
    renderCell: ({ row }) =>
      row.workingSlots.length ? (
        <Tooltip title={describeSlots(row.workingSlots)}>
          <span>{rotaSummary(row.workingSlots)}</span>
        </Tooltip>
      ) : (
        <Chip size="small" color="warning" variant="outlined" label="No rota recorded" />
      ),
  },
  {
    field: 'status',
    headerName: 'Today',
    width: 165,
    valueGetter: (_v, row) => (!row.active ? 3 : row.awayToday ? 2 : !row.trainingInDate ? 1 : 0),
    renderCell: ({ row }) => <StatusChip supervisor={row} />,
  },
  {
    field: 'upcoming',
    headerName: 'Next away',
    width: 110,
    valueGetter: (_v, row) => row.upcomingAbsences[0]?.fromDate ?? '',
    renderCell: ({ row }) => {
      const next = row.upcomingAbsences[0];
      if (!next) return '';
      const more = row.upcomingAbsences.length - 1;
      return (
        <Tooltip
          title={`${labelOf(absenceKinds, next.kind)} from ${formatDate(next.fromDate)} to ${formatDate(next.toDate)}${more ? `, and ${more} more to come` : ''}`}
        >
          <span>{formatDate(next.fromDate)}</span>
        </Tooltip>
      );
    },
  },
  ...trainingColumns,
];

/** The office's supervisors: who works when, who is away, and whose training needs renewing. */
export function SupervisorsPage() {
  const list = useRead('supervisors.list', {});
  return (
    <>
      <PageHeader
        title="Supervisors"
        subtitle="Supervisors and UPW managers: their rota, absences and training, in post first. Choose a name to change them."
      />
      {list.error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {list.error.message}
        </Alert>
      )}
      <DataGrid
        aria-label="Supervisors"
        rows={list.data ?? []}
        columns={columns}
        loading={list.isLoading}
        density="compact"
        disableRowSelectionOnClick
        initialState={{ pagination: { paginationModel: { pageSize: 50 } } }}
        pageSizeOptions={[25, 50, 100]}
        autoHeight
        sx={{ bgcolor: 'background.paper' }}
        localeText={{
          noRowsLabel:
            'No supervisors yet. Add staff with the role Supervisor under Courts and staff.',
        }}
      />
    </>
  );
}
