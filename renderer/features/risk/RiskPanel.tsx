import AddIcon from '@mui/icons-material/Add';
import { Alert, Button, Card, CardContent, CardHeader, Stack, Typography } from '@mui/material';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useState } from 'react';
import { labelOf } from '../../../shared/codes';
import type { Assessment } from '../../../shared/contract/risk';
import { formatDate } from '../../../shared/dates';
import { assessmentKinds, restrictions, riskFlags } from '../../../shared/placement-codes';
import { useRead } from '../../api/hooks';
import { CodeChips } from '../../components/CodeChips';
import { Facts } from '../../components/Facts';
import { AssessmentDialog } from './AssessmentDialog';
import { RiskLevelChip } from './RiskLevelChip';

const historyColumns: GridColDef<Assessment>[] = [
  {
    field: 'assessedOn',
    headerName: 'Assessed',
    flex: 0.6,
    valueFormatter: (v: string) => formatDate(v),
  },
  {
    field: 'level',
    headerName: 'Level',
    flex: 0.6,
    renderCell: ({ row }) => <RiskLevelChip level={row.level} />,
  },
  {
    field: 'flags',
    headerName: 'Flags',
    flex: 1.5,
    sortable: false,
    valueFormatter: (v: string[]) => v.map((f) => labelOf(riskFlags, f)).join(', ') || 'None',
  },
  {
    field: 'kind',
    headerName: 'Kind',
    flex: 1.2,
    valueFormatter: (v: string) => labelOf(assessmentKinds, v),
  },
  { field: 'assessor', headerName: 'Assessor', flex: 0.8 },
  {
    field: 'current',
    headerName: 'Current',
    flex: 0.4,
    valueFormatter: (v: boolean) => (v ? 'Yes' : ''),
  },
];

/** The order's risk of harm: the current assessment, the earlier ones, and a way to record one. */
export function RiskPanel({
  orderId,
  live,
  ended = false,
}: {
  orderId: number;
  live: boolean;
  /** An ended order: what is missing is history, not a warning. */
  ended?: boolean;
}) {
  const history = useRead('risk.history', { orderId });
  const [recording, setRecording] = useState(false);
  const current = history.data?.[0];
  return (
    <Card variant="outlined" component="section" aria-labelledby="risk-heading">
      <CardHeader
        title="Risk of harm"
        slotProps={{ title: { id: 'risk-heading', component: 'h2' } }}
        subheader={current ? `Current assessment of ${formatDate(current.assessedOn)}` : undefined}
        action={
          live && (
            <Button startIcon={<AddIcon />} onClick={() => setRecording(true)}>
              Record an assessment
            </Button>
          )
        }
      />
      <CardContent>
        {history.error && <Alert severity="error">{history.error.message}</Alert>}
        {history.data && !current && (
          <Alert severity={ended ? 'info' : 'warning'}>
            {ended
              ? 'No risk of harm assessment was recorded for this order.'
              : 'No risk of harm assessment yet. Nobody is allocated to work without one.'}
          </Alert>
        )}
        {current && (
          <Stack spacing={2}>
            <Facts
              items={[
                ['Level', <RiskLevelChip key="level" level={current.level} />],
                ['Kind', labelOf(assessmentKinds, current.kind)],
                ['Assessed', `${formatDate(current.assessedOn)} by ${current.assessor}`],
                [
                  'Risk flags',
                  <CodeChips key="flags" codes={current.flags} items={riskFlags} color="warning" />,
                ],
                [
                  'Restrictions',
                  <CodeChips
                    key="restrictions"
                    codes={current.restrictions}
                    items={restrictions}
                  />,
                ],
                ['Exclusion area', current.exclusionArea],
              ]}
            />
            {current.notes && (
              <Typography variant="body2" sx={{ whiteSpace: 'pre-line' }}>
                {current.notes}
              </Typography>
            )}
            {history.data && history.data.length > 1 && (
              <DataGrid
                aria-label="Every risk of harm assessment, newest first"
                rows={history.data}
                columns={historyColumns}
                hideFooter
                density="compact"
                disableRowSelectionOnClick
              />
            )}
          </Stack>
        )}
      </CardContent>
      {recording && <AssessmentDialog orderId={orderId} onClose={() => setRecording(false)} />}
    </Card>
  );
}
