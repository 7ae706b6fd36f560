import PlaylistAddCheckIcon from '@mui/icons-material/PlaylistAddCheck';
import { Alert, Box, Button, Chip, Link } from '@mui/material';
import { DataGrid, type GridColDef, type GridColumnGroupingModel } from '@mui/x-data-grid';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type { WaitingRow } from '../../../shared/contract/allocation';
import { formatDate } from '../../../shared/dates';
import { useRead } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { RiskLevelChip } from '../risk/RiskLevelChip';
import { ProposalDialog } from './ProposalDialog';
import { stageLabels } from './stages';

const stageColours = {
  ASSESSMENT: 'error',
  INDUCTION: 'warning',
  PPWS: 'info',
  ALLOCATION: 'success',
} as const;

const days = (n: number | null) => (n === null ? '—' : `${n} ${n === 1 ? 'day' : 'days'}`);

const columns: GridColDef<WaitingRow>[] = [
  {
    field: 'personName',
    headerName: 'Name and case reference',
    flex: 1,
    minWidth: 180,
    renderCell: ({ row }) => (
      <Box sx={{ lineHeight: 1.3 }}>
        <Link component={RouterLink} to={`/orders/${row.orderId}`}>
          {row.personName}
        </Link>
        <Box sx={{ color: 'text.secondary', fontSize: 12 }}>{row.caseReference}</Box>
      </Box>
    ),
  },
  {
    field: 'sentenceDate',
    headerName: 'Sentenced',
    width: 95,
    valueFormatter: (v: string) => formatDate(v),
  },
  {
    field: 'stage',
    headerName: 'Stage',
    width: 235,
    valueGetter: (v: WaitingRow['stage']) => stageLabels[v],
    renderCell: ({ row }) => (
      <Chip
        size="small"
        variant="outlined"
        color={stageColours[row.stage]}
        label={stageLabels[row.stage]}
      />
    ),
  },
  {
    field: 'riskLevel',
    headerName: 'Risk',
    width: 115,
    renderCell: ({ row }) => <RiskLevelChip level={row.riskLevel} />,
  },
  {
    field: 'daysSinceSentence',
    headerName: 'Sentence',
    description: 'Days since the sentence date',
    type: 'number',
    width: 85,
    valueFormatter: days,
  },
  {
    field: 'daysSinceInduction',
    headerName: 'Induction',
    description: 'Days since the induction',
    type: 'number',
    width: 85,
    valueFormatter: days,
  },
  {
    field: 'inductionDue',
    headerName: 'Induction',
    description: 'The date the induction is due by: working days from sentence',
    width: 95,
    valueFormatter: (v: string) => formatDate(v),
  },
  {
    field: 'firstSessionDue',
    headerName: 'First session',
    description: 'The date the first work session is due by: working days from sentence',
    width: 105,
    valueFormatter: (v: string) => formatDate(v),
  },
  {
    field: 'workingDaysOverdue',
    headerName: 'Overdue',
    description: 'Working days past the target for induction or the first session',
    type: 'number',
    width: 140,
    renderCell: ({ row }) =>
      row.workingDaysOverdue > 0 ? (
        <Chip
          size="small"
          color="error"
          label={`${row.workingDaysOverdue} working ${row.workingDaysOverdue === 1 ? 'day' : 'days'}`}
        />
      ) : (
        'No'
      ),
  },
];

const groups: GridColumnGroupingModel = [
  {
    groupId: 'Days since',
    children: [{ field: 'daysSinceSentence' }, { field: 'daysSinceInduction' }],
  },
  { groupId: 'Due by', children: [{ field: 'inductionDue' }, { field: 'firstSessionDue' }] },
];

/** Live orders not yet allocated, most overdue first, with what each needs next. */
export function WaitingListPage() {
  const list = useRead('allocation.waitingList', {});
  const [proposing, setProposing] = useState(false);
  const ready = list.data?.filter((r) => r.stage === 'ALLOCATION').length ?? 0;
  return (
    <>
      <PageHeader
        actionRoles={['MANAGER']}
        title="Waiting list"
        subtitle={
          list.data
            ? `${list.data.length} live orders not yet allocated; ${ready} ready to allocate`
            : 'Live orders not yet allocated'
        }
        actions={
          <Button
            variant="contained"
            startIcon={<PlaylistAddCheckIcon />}
            disabled={ready === 0}
            onClick={() => setProposing(true)}
          >
            Propose allocation for everyone ready
          </Button>
        }
      />
      {list.error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {list.error.message}
        </Alert>
      )}
      <DataGrid
        aria-label="Waiting list"
        rows={list.data ?? []}
        getRowId={(r) => r.orderId}
        columns={columns}
        columnGroupingModel={groups}
        loading={list.isLoading}
        rowHeight={48}
        disableRowSelectionOnClick
        initialState={{ pagination: { paginationModel: { pageSize: 50 } } }}
        pageSizeOptions={[25, 50, 100]}
        sx={{ bgcolor: 'background.paper', minHeight: 400 }}
        localeText={{ noRowsLabel: 'Nobody is waiting: every live order is allocated.' }}
      />
      {proposing && <ProposalDialog onClose={() => setProposing(false)} />}
    </>
  );
}
