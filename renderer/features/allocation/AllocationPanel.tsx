import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  Chip,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import type { AllocationOptions } from '../../../shared/contract/allocation';
import { formatDate } from '../../../shared/dates';
import { useRead, useWrite } from '../../api/hooks';
import { useNotify } from '../../components/Notify';
import { shortTypeLabels } from '../placements/labels';
import { AllocateDialog } from './AllocateDialog';
import { RefusedPlacements } from './RefusedPlacements';

type Allowed = AllocationOptions['allowed'][number];

function Current({ current }: { current: NonNullable<AllocationOptions['current']> }) {
  return (
    <Alert severity="success" sx={{ mb: 2 }}>
      <AlertTitle>Allocated to {current.placementName}</AlertTitle>
      On {formatDate(current.allocatedOn)}, ranked {current.rank} with a fit score of{' '}
      {current.fitScore}
      {current.method === 'BATCH' ? ', in a batch allocation' : ''}.
      {current.reason && ` Reason: ${current.reason}`}
    </Alert>
  );
}

/**
 * Where the person can work: placements allowed by the hard rules, ranked by fit, and those refused
 * with every reason. No risk of harm assessment means no allocation at all.
 */
export function AllocationPanel({ orderId, live }: { orderId: number; live: boolean }) {
  const notify = useNotify();
  const history = useRead('risk.history', { orderId });
  const assessed = (history.data?.length ?? 0) > 0;
  const options = useRead('allocation.options', { orderId }, { enabled: assessed });
  const allocate = useWrite('allocation.allocate');
  const [asking, setAsking] = useState<Allowed | null>(null);
  const o = options.data;
  const best = o?.allowed[0];

  const choose = (p: Allowed) => {
    if (p.rank > 1) return setAsking(p);
    allocate.mutate(
      { orderId, placementId: p.placementId },
      {
        onSuccess: (a) => notify(`Allocated to ${a.placementName}`),
        onError: (e) => notify(e.message, 'error'),
      },
    );
  };

  let body;
  if (history.error) body = <Alert severity="error">{history.error.message}</Alert>;
  else if (!history.data) body = <LinearProgress aria-label="Loading" />;
  else if (!assessed)
    body = (
      <Alert severity="error">
        <AlertTitle>No risk of harm assessment: allocation is not allowed</AlertTitle>
        Record the risk of harm assessment first. Nobody is allocated to work without one.
      </Alert>
    );
  else if (options.error) body = <Alert severity="error">{options.error.message}</Alert>;
  else if (!o) body = <LinearProgress aria-label="Loading" />;
  else
    body = (
      <Stack spacing={3}>
        {o.current && <Current current={o.current} />}
        <Box>
          <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mb: 1 }}>
            Placements allowed, best fit first
          </Typography>
          {o.allowed.length === 0 ? (
            <Alert severity="warning">No placement in use can take this person.</Alert>
          ) : (
            <Table size="small" aria-label="Placements allowed">
              <TableHead>
                <TableRow>
                  <TableCell>Rank</TableCell>
                  <TableCell>Placement</TableCell>
                  <TableCell>Type</TableCell>
                  <TableCell>Area</TableCell>
                  <TableCell align="right">Score</TableCell>
                  <TableCell>Why it fits</TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    Places left
                  </TableCell>
                  {live && <TableCell />}
                </TableRow>
              </TableHead>
              <TableBody>
                {o.allowed.map((p) => {
                  const isCurrent = o.current?.placementId === p.placementId;
                  return (
                    <TableRow key={p.placementId} selected={isCurrent}>
                      <TableCell>{p.rank}</TableCell>
                      <TableCell component="th" scope="row" sx={{ minWidth: 160 }}>
                        {p.name}
                      </TableCell>
                      <TableCell>{shortTypeLabels[p.type]}</TableCell>
                      <TableCell>{p.area}</TableCell>
                      <TableCell align="right">{p.score}</TableCell>
                      <TableCell>
                        <Stack direction="row" useFlexGap spacing={0.5} sx={{ flexWrap: 'wrap' }}>
                          {p.reasons.map((r) => (
                            <Chip
                              key={r}
                              size="small"
                              variant="outlined"
                              color="success"
                              label={r}
                            />
                          ))}
                        </Stack>
                      </TableCell>
                      <TableCell align="right">{p.placesLeft}</TableCell>
                      {live && (
                        <TableCell align="right">
                          {isCurrent ? (
                            <Chip size="small" color="primary" label="Current" />
                          ) : (
                            <Button
                              size="small"
                              variant={p.rank === 1 ? 'contained' : 'outlined'}
                              disabled={allocate.isPending}
                              onClick={() => choose(p)}
                              aria-label={`Allocate to ${p.name}`}
                            >
                              Allocate
                            </Button>
                          )}
                        </TableCell>
                      )}
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          )}
        </Box>
        {o.refused.length > 0 && <RefusedPlacements refused={o.refused} />}
      </Stack>
    );

  return (
    <Card variant="outlined" component="section" aria-labelledby="allocation-heading">
      <CardHeader
        title="Allocation"
        slotProps={{ title: { id: 'allocation-heading', component: 'h2' } }}
      />
      {allocate.isPending && <LinearProgress />}
      <CardContent>{body}</CardContent>
      {asking && best && (
        <AllocateDialog
          orderId={orderId}
          choice={asking}
          best={best.name}
          onClose={() => setAsking(null)}
        />
      )}
    </Card>
  );
}
