import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Grid } from '@mui/material';
import { useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { sessionInput } from '../../../shared/contract/sessions';
import { useRead, useWrite } from '../../api/hooks';
import { DateInput, NumberInput, SelectInput } from '../../components/form/fields';
import { showRefusal } from '../../components/form/server-errors';
import { TimeInput } from '../../components/form/TimeInput';
import { FormDialog } from '../../components/FormDialog';
import { useNotify } from '../../components/Notify';
import { leaderOptions } from './labels';

type Values = z.input<typeof sessionInput>;
const fieldNames = Object.keys(sessionInput.shape);

/** Arrange a Pre Placement Work Session: where, when, who leads it and how many it takes. */
export function SessionDialog({ onClose }: { onClose: () => void }) {
  const notify = useNotify();
  const navigate = useNavigate();
  const placements = useRead('placements.list', {});
  const staff = useRead('staff.list', {});
  const create = useWrite('sessions.create');
  const [problem, setProblem] = useState<string | null>(null);
  const { control, handleSubmit, setError, setValue } = useForm<Values>({
    resolver: zodResolver(sessionInput),
  });
  const ppws = (placements.data ?? []).filter((p) => p.active && p.type === 'INDUCTION_PPWS');
  const placementId = useWatch({ control, name: 'placementId' });
  const chosen = ppws.find((p) => p.id === placementId);
  // The placement's usual times and capacity are the starting point; the office can change them.
  const only = ppws.length === 1 ? ppws[0]!.id : undefined;
  useEffect(() => {
    if (only) setValue('placementId', only);
  }, [only, setValue]);
  const [start, end, capacity] = [chosen?.startTime, chosen?.endTime, chosen?.capacity];
  useEffect(() => {
    if (start) setValue('startTime', start);
    if (end) setValue('endTime', end);
    if (capacity) setValue('capacity', capacity);
  }, [start, end, capacity, setValue]);

  const submit = handleSubmit((values) => {
    setProblem(null);
    create.mutate(values, {
      onSuccess: (s) => {
        notify('Session arranged');
        onClose();
        navigate(`/sessions/${s.id}`);
      },
      onError: (e) => setProblem(showRefusal(e, setError, fieldNames)),
    });
  });
  return (
    <FormDialog
      title="Arrange a session"
      onClose={onClose}
      onSubmit={submit}
      busy={create.isPending}
      problem={problem}
      action="Arrange session"
    >
      {placements.data && ppws.length === 0 && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          There is no induction and PPWS placement in use. Add one under “Placements” first.
        </Alert>
      )}
      <Grid container spacing={2}>
        <Grid size={12}>
          <SelectInput
            control={control}
            name="placementId"
            label="Placement"
            required
            options={ppws.map((p) => ({ code: p.id, label: `${p.name}, ${p.area}` }))}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <DateInput control={control} name="date" label="Date" required />
        </Grid>
        <Grid size={{ xs: 6, sm: 3 }}>
          <TimeInput control={control} name="startTime" label="Start" required />
        </Grid>
        <Grid size={{ xs: 6, sm: 3 }}>
          <TimeInput control={control} name="endTime" label="End" required />
        </Grid>
        <Grid size={{ xs: 12, sm: 8 }}>
          <SelectInput
            control={control}
            name="leaderId"
            label="Session leader"
            required
            options={leaderOptions(staff.data)}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <NumberInput control={control} name="capacity" label="Capacity" required />
        </Grid>
      </Grid>
    </FormDialog>
  );
}
