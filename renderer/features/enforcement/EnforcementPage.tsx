import GavelIcon from '@mui/icons-material/Gavel';
import { Alert, Button, Card, CardContent, CardHeader, Chip, Link, Stack } from '@mui/material';
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
    flex: 0.6,
    valueFormatter: (v: string) => formatDate(v),
  },
  { field: 'personName', headerName: 'Person', flex: 1, renderCell: ({ row }) => personLink(row) },
  {
    field: 'decision',
    headerName: 'Decision',
    flex: 1.1,
    renderCell: ({ row }) => (
      <Chip size="small" color={stepColour(row.decision)} label={decisionLabel(row.decision)} />
    ),
  },
  {
    field: 'failureDate',
    headerName: 'Failure',
    flex: 0.6,
    valueFormatter: (v: string) => formatDate(v),
  },
  { field: 'decidedBy', headerName: 'By', flex: 0.8 },
  { field: 'reason', headerName: 'Why', flex: 1.8 },
  {
    field: 'respondBy',
    headerName: 'Respond by',
    flex: 0.6,
    valueFormatter: (v: string | null) => formatDate(v),
  },
  {
    field: 'letterAvailable',
    headerName: 'Letter',
    flex: 0.6,
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
      flex: 0.6,
      valueFormatter: (v: string) => formatDate(v),
    },
    {
      field: 'personName',
      headerName: 'Person',
      flex: 1,
      renderCell: ({ row }) => personLink(row),
    },
    { field: 'caseReference', headerName: 'Case reference', flex: 0.7 },
    { field: 'placementName', headerName: 'Placement', flex: 1 },
    {
      field: 'outcome',
      headerName: 'Outcome',
      flex: 1.3,
      valueFormatter: (v: PendingFailure['outcome']) => outcomeText(v),
    },
    {
      field: 'step',
      headerName: 'Step due',
      flex: 0.9,
      renderCell: ({ row }) => (
        <Chip size="small" color={stepColour(row.step)} label={decisionLabel(row.step)} />
      ),
    },
    { field: 'why', headerName: 'Why', flex: 2.2 },
    { field: 'daysWaiting', headerName: 'Days waiting', type: 'number', flex: 0.6 },
    ...(canDecide
      ? [
          {
            field: 'decide',
            headerName: '',
            flex: 0.6,
            sortable: false,
            renderCell: ({ row }) => (
              <Button
                size="small"
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
            avatar={<GavelIcon color="action" />}
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
