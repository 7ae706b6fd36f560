import { Alert, Card, CardContent, CardHeader, Chip, Link, Stack } from '@mui/material';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { Link as RouterLink } from 'react-router';
import type { EnforcementDecisionRow } from '../../../shared/contract/enforcement';
import { formatDate } from '../../../shared/dates';
import { useRead } from '../../api/hooks';
import { decisionLabel, outcomeText, stepColour } from './labels';
import { LetterLink } from './LetterLink';

const columns: GridColDef<EnforcementDecisionRow>[] = [
  {
    field: 'failureDate',
    headerName: 'Failure',
    width: 105,
    valueFormatter: (v: string) => formatDate(v),
  },
  {
    field: 'outcome',
    headerName: 'Outcome',
    flex: 1.1,
    minWidth: 160,
    valueFormatter: (v: EnforcementDecisionRow['outcome']) => outcomeText(v),
  },
  { field: 'placementName', headerName: 'Placement', flex: 0.8, minWidth: 120 },
  {
    field: 'decision',
    headerName: 'Decision',
    width: 170,
    renderCell: ({ row }) => (
      <Chip size="small" color={stepColour(row.decision)} label={decisionLabel(row.decision)} />
    ),
  },
  {
    field: 'decidedOn',
    headerName: 'Decided',
    flex: 1,
    minWidth: 150,
    renderCell: ({ row }) => `${formatDate(row.decidedOn)} by ${row.decidedBy}`,
  },
  { field: 'reason', headerName: 'Why', flex: 1.6, minWidth: 180 },
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

/** The order's enforcement history: every failure decided, who decided, why, and its letter. */
export function EnforcementPanel({ orderId }: { orderId: number }) {
  const history = useRead('enforcement.history', { orderId });
  const pending = useRead('enforcement.pending', {});
  const waiting = pending.data?.filter((p) => p.orderId === orderId) ?? [];
  return (
    <Card variant="outlined" component="section" aria-labelledby="enforcement-heading">
      <CardHeader
        title="Enforcement"
        subheader="Warnings, breach referrals and evidence accepted, oldest first"
        slotProps={{ title: { id: 'enforcement-heading', component: 'h2' } }}
      />
      <CardContent>
        <Stack spacing={2}>
          {history.error && <Alert severity="error">{history.error.message}</Alert>}
          {waiting.length > 0 && (
            <Alert severity="warning">
              {waiting.length === 1
                ? `A failure on ${formatDate(waiting[0]!.sessionDate)} is waiting for a decision`
                : `${waiting.length} failures are waiting for a decision`}{' '}
              ({decisionLabel(waiting[0]!.step).toLowerCase()} due).{' '}
              <Link component={RouterLink} to="/enforcement">
                Go to Enforcement
              </Link>
            </Alert>
          )}
          {history.data?.length === 0 && waiting.length === 0 && (
            <Alert severity="info">No failures to comply on this order.</Alert>
          )}
          {history.data && history.data.length > 0 && (
            <DataGrid
              aria-label="Enforcement decisions on this order"
              rows={history.data}
              columns={columns}
              hideFooter
              density="compact"
              disableRowSelectionOnClick
              getRowHeight={() => 'auto'}
              sx={{ '& .MuiDataGrid-cell': { py: 0.75 } }}
            />
          )}
        </Stack>
      </CardContent>
    </Card>
  );
}
