import PersonRemoveIcon from '@mui/icons-material/PersonRemove';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  Checkbox,
  Chip,
  FormControlLabel,
  IconButton,
  LinearProgress,
  List,
  ListItem,
  ListItemText,
  MenuItem,
  Stack,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import type { SessionRota } from '../../../shared/contract/rota';
import { useRead, useWrite } from '../../api/hooks';
import { useCan } from '../../app/account';
import { useNotify } from '../../components/Notify';

const supervisorsWord = (n: number) => `${n} fit ${n === 1 ? 'supervisor' : 'supervisors'}`;

function capacityText(r: SessionRota) {
  if (r.placementType !== 'GROUP') return `${r.booked} booked of ${r.places} places`;
  const fit = r.supervisors.filter((s) => s.fit).length;
  return `${r.booked} booked; room for ${r.capacity} (${supervisorsWord(fit)} at ${r.ratio} each, ${r.places} places)`;
}

function Standing({ r }: { r: SessionRota }) {
  if (r.shortBy > 0)
    return <Chip color="error" label={`Short: ${r.shortBy} would be stood down`} />;
  if (r.booked === 0) return <Chip label="Nobody booked" />;
  return <Chip color="success" label="Enough supervisors" />;
}

/**
 * Who supervises a session, whether they count on the day, what it can take against the people
 * booked; office staff add a free fit supervisor or take one off. Refusals are shown as given.
 */
export function RotaPanel({ sessionId }: { sessionId: number }) {
  const notify = useNotify();
  const canChange = useCan('MANAGER', 'CASE_ADMINISTRATOR');
  const rota = useRead('rota.forSession', { sessionId });
  const assign = useWrite('rota.assignSupervisor');
  const remove = useWrite('rota.removeSupervisor');
  const [chosen, setChosen] = useState<number | ''>('');
  const [lead, setLead] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [warnings, setWarnings] = useState<string[]>([]);
  const r = rota.data;
  const busy = assign.isPending || remove.isPending;

  const add = () => {
    setProblem(null);
    setWarnings([]);
    if (chosen === '') return setProblem('Choose the supervisor to add');
    assign.mutate(
      { sessionId, staffId: chosen, lead },
      {
        onSuccess: (result) => {
          const name = result.supervisors.find((s) => s.staffId === chosen)?.name ?? 'Supervisor';
          notify(`${name} put on this session`);
          setWarnings(result.warnings);
          setChosen('');
          setLead(false);
        },
        onError: (e) => setProblem(e.message),
      },
    );
  };
  const takeOff = (staffId: number, name: string) => {
    setProblem(null);
    setWarnings([]);
    remove.mutate(
      { sessionId, staffId },
      {
        onSuccess: () => notify(`${name} taken off this session`),
        onError: (e) => setProblem(e.message),
      },
    );
  };

  return (
    <Card variant="outlined" component="section" aria-labelledby="rota-heading">
      <CardHeader
        title="Supervisors"
        slotProps={{ title: { id: 'rota-heading', component: 'h2' } }}
        subheader={
          r?.placementType === 'GROUP'
            ? 'A supervisor counts when in post, not away and with risk of harm and health and safety training in date'
            : 'Supervised by the beneficiary: the places are the limit'
        }
        action={r && <Standing r={r} />}
      />
      {(rota.isFetching || busy) && <LinearProgress aria-label="Loading supervisors" />}
      <CardContent sx={{ pt: 0 }}>
        {rota.error && <Alert severity="error">{rota.error.message}</Alert>}
        {r && (
          <Stack spacing={2}>
            <Typography variant="body1">{capacityText(r)}</Typography>
            {r.reasons.length > 0 && (
              <Alert severity="warning">
                <Box component="ul" sx={{ m: 0, pl: 2 }}>
                  {r.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </Box>
              </Alert>
            )}
            {r.supervisors.length === 0 ? (
              <Typography variant="body2" color="text.secondary">
                No supervisor on this session yet.
              </Typography>
            ) : (
              <List dense disablePadding aria-label="Supervisors on this session">
                {r.supervisors.map((s) => (
                  <ListItem
                    key={s.staffId}
                    disableGutters
                    secondaryAction={
                      canChange &&
                      r.changeable && (
                        <Tooltip title={`Take ${s.name} off this session`}>
                          <span>
                            <IconButton
                              edge="end"
                              aria-label={`Take ${s.name} off this session`}
                              disabled={busy}
                              onClick={() => takeOff(s.staffId, s.name)}
                            >
                              <PersonRemoveIcon />
                            </IconButton>
                          </span>
                        </Tooltip>
                      )
                    }
                  >
                    <ListItemText
                      primary={
                        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                          <span>{s.name}</span>
                          {s.lead && <Chip size="small" label="Leader" />}
                          {s.fit ? (
                            <Chip size="small" color="success" variant="outlined" label="Counts" />
                          ) : (
                            <Chip size="small" color="error" label="Does not count" />
                          )}
                        </Stack>
                      }
                      secondary={[...s.reasons, ...s.notes].join('; ') || undefined}
                    />
                  </ListItem>
                ))}
              </List>
            )}
            {canChange && r.changeable && (
              <Stack
                direction="row"
                spacing={2}
                useFlexGap
                sx={{ alignItems: 'center', flexWrap: 'wrap' }}
              >
                <TextField
                  select
                  size="small"
                  label="Add a supervisor"
                  value={chosen}
                  onChange={(e) => setChosen(Number(e.target.value))}
                  sx={{ minWidth: 320 }}
                  helperText={
                    r.free.length === 0
                      ? 'No fit supervisor is free at that time'
                      : 'Free and fit at that time, least used first'
                  }
                  disabled={r.free.length === 0}
                >
                  {r.free.map((f) => (
                    <MenuItem key={f.staffId} value={f.staffId}>
                      {f.name} ({f.sessionsInWindow}{' '}
                      {f.sessionsInWindow === 1 ? 'session' : 'sessions'} around then)
                    </MenuItem>
                  ))}
                </TextField>
                <FormControlLabel
                  control={<Checkbox checked={lead} onChange={(e) => setLead(e.target.checked)} />}
                  label="As leader"
                />
                <Button variant="outlined" onClick={add} disabled={busy || r.free.length === 0}>
                  Add supervisor
                </Button>
              </Stack>
            )}
            {!r.changeable && (
              <Typography variant="body2" color="text.secondary">
                The session has happened and its register is recorded: its supervisors are part of
                the record.
              </Typography>
            )}
            {problem && <Alert severity="error">{problem}</Alert>}
            {warnings.length > 0 && (
              <Alert severity="warning">
                {warnings.map((w) => (
                  <div key={w}>{w}</div>
                ))}
              </Alert>
            )}
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}
