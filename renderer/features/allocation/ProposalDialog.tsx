import {
  Alert,
  Box,
  Button,
  Checkbox,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  List,
  ListItem,
  ListItemText,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useRead, useWrite } from '../../api/hooks';
import { useNotify } from '../../components/Notify';

/**
 * The best allocation of everyone ready, under the placements' capacities: every pair ticked, the
 * manager unticks any to leave for later, and the ticked ones are allocated together.
 */
export function ProposalDialog({ onClose }: { onClose: () => void }) {
  const notify = useNotify();
  const accept = useWrite('allocation.accept');
  // Once accepting, the proposal is not worked out again underneath the dialog.
  const proposal = useRead('allocation.propose', {}, { enabled: accept.isIdle || accept.isError });
  const [unticked, setUnticked] = useState<ReadonlySet<number>>(new Set());
  const [problem, setProblem] = useState<string | null>(null);
  const p = proposal.data;
  const chosen = p?.assignments.filter((a) => !unticked.has(a.orderId)) ?? [];
  const all = p ? chosen.length === p.assignments.length : false;

  const toggle = (orderId: number) =>
    setUnticked((now) => {
      const next = new Set(now);
      if (next.has(orderId)) next.delete(orderId);
      else next.add(orderId);
      return next;
    });
  const toggleAll = () =>
    setUnticked(all && p ? new Set(p.assignments.map((a) => a.orderId)) : new Set());

  const submit = () => {
    setProblem(null);
    accept.mutate(
      { assignments: chosen.map(({ orderId, placementId }) => ({ orderId, placementId })) },
      {
        onSuccess: ({ allocated }) => {
          notify(`${allocated} ${allocated === 1 ? 'person' : 'people'} allocated`);
          onClose();
        },
        onError: (e) => setProblem(e.message),
      },
    );
  };

  return (
    <Dialog open onClose={accept.isPending ? undefined : onClose} fullWidth maxWidth="lg">
      <DialogTitle>Proposed allocation</DialogTitle>
      {(proposal.isFetching || accept.isPending) && <LinearProgress />}
      <DialogContent dividers>
        {problem && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {problem}
          </Alert>
        )}
        {proposal.error && <Alert severity="error">{proposal.error.message}</Alert>}
        {!p && !proposal.error && (
          <Typography role="status">Working out the best allocation for everyone ready…</Typography>
        )}
        {p && (
          <Stack spacing={2}>
            <Alert severity={p.placed === p.waiting ? 'success' : 'info'}>
              {p.placed} of {p.waiting} ready to allocate can be placed, with a total fit of{' '}
              {p.totalFit}.
            </Alert>
            {p.assignments.length > 0 && (
              <Table size="small" aria-label="Proposed allocations">
                <TableHead>
                  <TableRow>
                    <TableCell padding="checkbox">
                      <Checkbox
                        checked={all}
                        indeterminate={!all && chosen.length > 0}
                        onChange={toggleAll}
                        slotProps={{ input: { 'aria-label': 'Accept all' } }}
                      />
                    </TableCell>
                    <TableCell>Person</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>Case reference</TableCell>
                    <TableCell>Placement</TableCell>
                    <TableCell align="right">Score</TableCell>
                    <TableCell>Why it fits</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {p.assignments.map((a) => (
                    <TableRow key={a.orderId} hover>
                      <TableCell padding="checkbox">
                        <Checkbox
                          checked={!unticked.has(a.orderId)}
                          onChange={() => toggle(a.orderId)}
                          slotProps={{
                            input: { 'aria-label': `Accept ${a.personName} to ${a.placementName}` },
                          }}
                        />
                      </TableCell>
                      <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap' }}>
                        {a.personName}
                      </TableCell>
                      <TableCell>{a.caseReference}</TableCell>
                      <TableCell sx={{ minWidth: 220 }}>{a.placementName}</TableCell>
                      <TableCell align="right">{a.score}</TableCell>
                      <TableCell>
                        <Stack direction="row" useFlexGap spacing={0.5} sx={{ flexWrap: 'wrap' }}>
                          {a.reasons.map((r) => (
                            <Chip key={r} size="small" variant="outlined" label={r} />
                          ))}
                        </Stack>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
            {p.unassigned.length > 0 && (
              <Box>
                <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
                  Not placed
                </Typography>
                <List dense aria-label="Not placed">
                  {p.unassigned.map((u) => (
                    <ListItem key={u.orderId} divider>
                      <ListItemText primary={u.personName} secondary={u.reason} />
                    </ListItem>
                  ))}
                </List>
              </Box>
            )}
          </Stack>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={accept.isPending}>
          Cancel
        </Button>
        <Button
          variant="contained"
          onClick={submit}
          disabled={!p || chosen.length === 0 || accept.isPending}
        >
          Accept selected ({chosen.length})
        </Button>
      </DialogActions>
    </Dialog>
  );
}
