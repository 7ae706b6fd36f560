import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  Chip,
  Link,
  Stack,
} from '@mui/material';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type { EnforcementDecisionRow, PendingFailure } from '../../../shared/contract/enforcement';
import { formatDate } from '../../../shared/dates';
import { useRead } from '../../api/hooks';
import { useCan } from '../../app/account';
import { PageHeader } from '../../components/PageHeader';
import { DecideDialog } from './DecideDialog';
import { decisionLabel, outcomeText, stepColour } from './labels';
import { LetterLink } from './LetterLink';

const personLink = (row: { orderId: number; personName: string }) => (
  <Link component={RouterLink} to={`/orders/${row.orderId}`}>
    {row.personName}
  </Link>
);

const recentColumns: GridColDef<EnforcementDecisionRow>[] = [
  {
    field: 'decidedOn',
    headerName: 'Decided',
    width: 105,
    valueFormatter: (v: string) => formatDate(v),
  },
  {
    field: 'personName',
    headerName: 'Person',
    flex: 1,
    minWidth: 140,
    renderCell: ({ row }) => personLink(row),
  },
  {
    field: 'decision',
    headerName: 'Decision',
    width: 170,
    renderCell: ({ row }) => (
      <Chip size="small" color={stepColour(row.decision)} label={decisionLabel(row.decision)} />
    ),
  },
  {
    field: 'failureDate',
    headerName: 'Failure',
    width: 105,
    valueFormatter: (v: string) => formatDate(v),
  },
  { field: 'decidedBy', headerName: 'By', flex: 0.8, minWidth: 120 },
  { field: 'reason', headerName: 'Why', flex: 1.8, minWidth: 200 },
  {
    field: 'respondBy',
    headerName: 'Respond by',
    width: 110,
    valueFormatter: (v: string | null) => formatDate(v),
  },
  {
    field: 'letterAvailable',
    headerName: 'Letter',
    width: 100,
    sortable: false,
    renderCell: ({ row }) => <LetterLink decision={row} />,
  },
];

/**
 * Enforcement: every failure waiting for a decision, with the step the rules call for and why,
 * and the decisions made lately with their letters.
 */
export function EnforcementPage() {
  const canDecide = useCan('MANAGER', 'CASE_ADMINISTRATOR');
  const pending = useRead('enforcement.pending', {});
  const recent = useRead('enforcement.recent', { limit: 25 });
  const [deciding, setDeciding] = useState<PendingFailure | null>(null);
  const error = pending.error ?? recent.error;

  const pendingColumns: GridColDef<PendingFailure>[] = [
    {
      field: 'sessionDate',
      headerName: 'Failure',
      width: 105,
      valueFormatter: (v: string) => formatDate(v),
    },
    {
      field: 'personName',
      headerName: 'Person',
      flex: 1,
      minWidth: 140,
      renderCell: ({ row }) => (
        <div>
          {personLink(row)}
          <Box sx={{ color: 'text.secondary', fontSize: 12 }}>{row.caseReference}</Box>
        </div>
      ),
    },
    { field: 'placementName', headerName: 'Placement', flex: 1, minWidth: 120 },
    {
      field: 'outcome',
      headerName: 'Outcome',
      flex: 1.2,
      minWidth: 160,
      valueFormatter: (v: PendingFailure['outcome']) => outcomeText(v),
    },
    {
      field: 'step',
      headerName: 'Step due',
      width: 150,
      renderCell: ({ row }) => (
        <Chip size="small" color={stepColour(row.step)} label={decisionLabel(row.step)} />
      ),
    },
    { field: 'why', headerName: 'Why', flex: 2, minWidth: 220 },
    {
      field: 'daysWaiting',
      headerName: 'Waiting',
      type: 'number',
      width: 95,
      valueFormatter: (v: number) => `${v} ${v === 1 ? 'day' : 'days'}`,
    },
    ...(canDecide
      ? [
          {
            field: 'decide',
            headerName: '',
            width: 90,
            sortable: false,
            renderCell: ({ row }) => (
              <Button
                size="small"
                variant="outlined"
                aria-label={`Decide for ${row.personName}, failure on ${formatDate(row.sessionDate)}`}
                onClick={() => setDeciding(row)}
              >
                Decide
              </Button>
            ),
          } satisfies GridColDef<PendingFailure>,
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title="Enforcement"
        subtitle="Failures to comply waiting for a decision: a warning, a breach referral, or evidence accepted"
      />
      {error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {error.message}
        </Alert>
      )}
      <Stack spacing={3}>
        <Card variant="outlined" component="section" aria-labelledby="pending-heading">
          <CardHeader
            title="Waiting for a decision"
            subheader="Oldest first. A second failure within the warning window of a warning is referred for breach."
            slotProps={{ title: { id: 'pending-heading', component: 'h2' } }}
          />
          <CardContent>
            {pending.data?.length === 0 ? (
              <Alert severity="success">Every failure has a decision.</Alert>
            ) : (
              <DataGrid
                aria-label="Failures waiting for a decision"
                rows={pending.data ?? []}
                getRowId={(r) => r.bookingId}
                columns={pendingColumns}
                loading={pending.isLoading}
                density="compact"
                disableRowSelectionOnClick
                getRowHeight={() => 'auto'}
                sx={{ '& .MuiDataGrid-cell': { py: 0.75 } }}
                initialState={{ pagination: { paginationModel: { pageSize: 25 } } }}
                pageSizeOptions={[25, 50, 100]}
                autoHeight
              />
            )}
          </CardContent>
        </Card>
        <Card variant="outlined" component="section" aria-labelledby="recent-heading">
          <CardHeader
            title="Recent decisions"
            subheader="Newest first, with who decided and why"
            slotProps={{ title: { id: 'recent-heading', component: 'h2' } }}
          />
          <CardContent>
            {recent.data?.length === 0 ? (
              <Alert severity="info">No decisions yet.</Alert>
            ) : (
              <DataGrid
                aria-label="Recent decisions"
                rows={recent.data ?? []}
                columns={recentColumns}
                loading={recent.isLoading}
                density="compact"
                disableRowSelectionOnClick
                getRowHeight={() => 'auto'}
                sx={{ '& .MuiDataGrid-cell': { py: 0.75 } }}
                hideFooter
                autoHeight
              />
            )}
          </CardContent>
        </Card>
      </Stack>
      {deciding && <DecideDialog failure={deciding} onClose={() => setDeciding(null)} />}
    </>
  );
}
