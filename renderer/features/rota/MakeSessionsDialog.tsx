import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Grid, Typography } from '@mui/material';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { generateInput, generateMaxDays } from '../../../shared/contract/rota';
import { addDays } from '../../../shared/dates';
import { useWrite } from '../../api/hooks';
import { DateInput } from '../../components/form/fields';
import { showRefusal } from '../../components/form/server-errors';
import { FormDialog } from '../../components/FormDialog';
import { useNotify } from '../../components/Notify';

type Values = z.input<typeof generateInput>;
const fieldNames = Object.keys(generateInput.shape);

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/**
 * Make the sessions of every active placement's pattern for a range of dates (at most 8 weeks),
 * booking the people allocated there and putting fit supervisors on the group sessions.
 */
export function MakeSessionsDialog({ today, onClose }: { today: string; onClose: () => void }) {
  const notify = useNotify();
  const generate = useWrite('rota.generate');
  const [problem, setProblem] = useState<string | null>(null);
  const { control, handleSubmit, setError } = useForm<Values>({
    resolver: zodResolver(generateInput),
    defaultValues: { from: addDays(today, 1), to: addDays(today, 14) },
  });
  const submit = handleSubmit((values) => {
    setProblem(null);
    generate.mutate(values, {
      onSuccess: (r) => {
        notify(
          r.sessionsMade === 0
            ? 'No sessions to make: every session in those dates is already there'
            : `Made ${plural(r.sessionsMade, 'session', 'sessions')} with ${plural(r.bookingsMade, 'booking', 'bookings')} and ${plural(r.supervisorsAssigned, 'supervisor', 'supervisors')} put on${r.sessionsShort ? `; ${plural(r.sessionsShort, 'group session is', 'group sessions are')} short of supervisors` : ''}`,
          r.sessionsShort ? 'info' : 'success',
        );
        onClose();
      },
      onError: (e) => setProblem(showRefusal(e, setError, fieldNames)),
    });
  });
  return (
    <FormDialog
      title="Make sessions"
      onClose={onClose}
      onSubmit={submit}
      busy={generate.isPending}
      problem={problem}
      action="Make sessions"
    >
      <Typography variant="body2" sx={{ mb: 2 }}>
        Every active group, individual and employability placement gets a session on each day of its
        pattern (not on bank holidays, nor once its health and safety review is overdue). The people
        allocated there are booked when they are free, and group sessions get fit supervisors for
        them. Sessions already made are left as they are.
      </Typography>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 6 }}>
          <DateInput control={control} name="from" label="From" required />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <DateInput control={control} name="to" label="To" required />
        </Grid>
      </Grid>
      {generate.isPending ? (
        <Alert severity="info" sx={{ mt: 2 }} role="status">
          Making sessions, booking people and putting supervisors on…
        </Alert>
      ) : (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
          At most {generateMaxDays / 7} weeks at a time, from today on.
        </Typography>
      )}
    </FormDialog>
  );
}
