import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import RateReviewIcon from '@mui/icons-material/RateReview';
import { Alert, Box, Button, Card, CardContent, CardHeader, Chip, Link } from '@mui/material';
import type { GridColDef } from '@mui/x-data-grid';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type {
  MissingExitInterviewRow,
  missingSortFields,
  ReadyToCompleteRow,
  readySortFields,
} from '../../../shared/contract/endings';
import { formatDate, formatMinutes } from '../../../shared/dates';
import { useRead } from '../../api/hooks';
import { useCan } from '../../app/account';
import { PageHeader } from '../../components/PageHeader';
import { ServerGrid, useGridQuery } from '../../components/ServerGrid';
import { EndingDialog } from './EndingDialog';
import { ExitInterviewDialog } from './ExitInterviewDialog';

type Ready = ReadyToCompleteRow & { id: number };
type Missing = MissingExitInterviewRow & { id: number };

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

function nameColumn<R extends { orderId: number; personName: string }>(): GridColDef<R> {
  return {
    field: 'personName',
    headerName: 'Name',
    flex: 1.2,
    minWidth: 160,
    renderCell: ({ row }) => (
      <Link component={RouterLink} to={`/orders/${row.orderId}`}>
        {row.personName}
      </Link>
    ),
  };
}

function readyColumns(canEnd: boolean, onEnd: (row: Ready) => void): GridColDef<Ready>[] {
  return [
    nameColumn<Ready>(),
    { field: 'caseReference', headerName: 'Case reference', flex: 0.8 },
    {
      field: 'hoursOrderedMinutes',
      headerName: 'Hours ordered',
      type: 'number',
      flex: 0.7,
      sortable: false,
      valueFormatter: (v: number) => formatMinutes(v),
    },
    {
      field: 'lastCreditOn',
      headerName: 'Last credit',
      flex: 0.7,
      valueFormatter: (v: string | null) => (v ? formatDate(v) : '—'),
    },
    {
      field: 'endDate',
      headerName: 'End date',
      flex: 0.7,
      valueFormatter: (v: string) => formatDate(v),
    },
    {
      field: 'unrecordedSessions',
      headerName: 'Registers',
      description: 'Sessions on or before today booked without an outcome: record them first',
      flex: 0.9,
      sortable: false,
      renderCell: ({ row }) =>
        row.unrecordedSessions > 0 ? (
          <Chip size="small" color="warning" label={`${row.unrecordedSessions} to record first`} />
        ) : (
          'All recorded'
        ),
    },
    ...(canEnd
      ? [
          {
            field: 'action',
            headerName: '',
            width: 130,
            sortable: false,
            renderCell: ({ row }) => (
              <Button
                size="small"
                variant="outlined"
                startIcon={<AssignmentTurnedInIcon />}
                onClick={() => onEnd(row)}
                aria-label={`Complete the order of ${row.personName}`}
              >
                Complete
              </Button>
            ),
          } satisfies GridColDef<Ready>,
        ]
      : []),
  ];
}

function missingColumns(
  canRecord: boolean,
  onRecord: (row: Missing) => void,
): GridColDef<Missing>[] {
  return [
    nameColumn<Missing>(),
    { field: 'caseReference', headerName: 'Case reference', flex: 0.8 },
    {
      field: 'completedOn',
      headerName: 'Completed',
      flex: 0.7,
      valueFormatter: (v: string) => formatDate(v),
    },
    {
      field: 'daysSince',
      headerName: 'Since completion',
      type: 'number',
      flex: 0.7,
      sortable: false,
      renderCell: ({ row }) =>
        row.daysSince > 28 ? (
          <Chip size="small" color="warning" label={days(row.daysSince)} />
        ) : (
          days(row.daysSince)
        ),
    },
    ...(canRecord
      ? [
          {
            field: 'action',
            headerName: '',
            width: 190,
            sortable: false,
            renderCell: ({ row }) => (
              <Button
                size="small"
                variant="outlined"
                startIcon={<RateReviewIcon />}
                onClick={() => onRecord(row)}
                aria-label={`Record the exit interview of ${row.personName}`}
              >
                Record interview
              </Button>
            ),
          } satisfies GridColDef<Missing>,
        ]
      : []),
  ];
}

/** The office's end-of-order work: orders to end as completed, and completions to interview. */
export function EndingsPage() {
  const canRecord = useCan('MANAGER', 'CASE_ADMINISTRATOR');
  const readyGrid = useGridQuery<(typeof readySortFields)[number]>('lastCreditOn');
  const missingGrid = useGridQuery<(typeof missingSortFields)[number]>('completedOn');
  const ready = useRead('endings.readyToComplete', readyGrid.query);
  const missing = useRead('endings.missingExitInterviews', missingGrid.query);
  const [ending, setEnding] = useState<Ready | null>(null);
  const [interviewing, setInterviewing] = useState<Missing | null>(null);
  return (
    <>
      <PageHeader
        title="Endings"
        subtitle="Orders with every hour credited, and completions still without an exit interview"
      />
      <Box sx={{ display: 'grid', gap: 3 }}>
        <Card variant="outlined" component="section" aria-labelledby="ready-heading">
          <CardHeader
            title="Ready to complete"
            subheader={
              ready.data
                ? `${ready.data.total} live ${ready.data.total === 1 ? 'order has' : 'orders have'} no hours outstanding`
                : undefined
            }
            slotProps={{ title: { id: 'ready-heading', component: 'h2' } }}
          />
          <CardContent>
            {ready.error && (
              <Alert severity="error" sx={{ mb: 2 }}>
                {ready.error.message}
              </Alert>
            )}
            <ServerGrid
              minHeight={220}
              label="Ready to complete"
              rows={(ready.data?.rows ?? []).map((r) => ({ ...r, id: r.orderId }))}
              total={ready.data?.total}
              loading={ready.isLoading}
              columns={readyColumns(canRecord, setEnding)}
              grid={readyGrid}
              empty="No live order has every hour credited."
            />
          </CardContent>
        </Card>
        <Card variant="outlined" component="section" aria-labelledby="missing-heading">
          <CardHeader
            title="Exit interviews missing"
            subheader={
              missing.data
                ? `${missing.data.total} ${missing.data.total === 1 ? 'completion' : 'completions'} of the last 12 months without an exit interview`
                : undefined
            }
            slotProps={{ title: { id: 'missing-heading', component: 'h2' } }}
          />
          <CardContent>
            {missing.error && (
              <Alert severity="error" sx={{ mb: 2 }}>
                {missing.error.message}
              </Alert>
            )}
            <ServerGrid
              minHeight={220}
              label="Exit interviews missing"
              rows={(missing.data?.rows ?? []).map((r) => ({ ...r, id: r.orderId }))}
              total={missing.data?.total}
              loading={missing.isLoading}
              columns={missingColumns(canRecord, setInterviewing)}
              grid={missingGrid}
              empty="Every completion of the last 12 months has its exit interview."
            />
          </CardContent>
        </Card>
      </Box>
      {ending && (
        <EndingDialog
          order={{
            orderId: ending.orderId,
            personName: ending.personName,
            outstandingMinutes: ending.hoursOrderedMinutes - ending.creditedMinutes,
            endDate: ending.endDate,
            lastCreditOn: ending.lastCreditOn,
          }}
          onClose={() => setEnding(null)}
        />
      )}
      {interviewing && (
        <ExitInterviewDialog
          orderId={interviewing.orderId}
          personName={interviewing.personName}
          completedOn={interviewing.completedOn}
          onClose={() => setInterviewing(null)}
        />
      )}
    </>
  );
}
