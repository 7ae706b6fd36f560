import { zodResolver } from '@hookform/resolvers/zod';
import { Grid } from '@mui/material';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { labelOf } from '../../../shared/codes';
import { trainingInput, type SupervisorDetail } from '../../../shared/contract/supervisors';
import { formatDate } from '../../../shared/dates';
import { trainingKinds } from '../../../shared/session-codes';
import { useWrite } from '../../api/hooks';
import { DateInput, SelectInput } from '../../components/form/fields';
import { showRefusal } from '../../components/form/server-errors';
import { FormDialog } from '../../components/FormDialog';
import { useNotify } from '../../components/Notify';

type Values = z.input<typeof trainingInput>;
const fieldNames = ['kind', 'completedOn', 'expiresOn'];

/** A course a supervisor has completed, and the last day it counts. */
export function TrainingDialog({
  supervisor,
  onClose,
}: {
  supervisor: SupervisorDetail;
  onClose: () => void;
}) {
  const notify = useNotify();
  const record = useWrite('supervisors.recordTraining');
  const [problem, setProblem] = useState<string | null>(null);
  const { control, handleSubmit, setError } = useForm<Values>({
    resolver: zodResolver(trainingInput),
    defaultValues: { staffId: supervisor.id },
  });
  const submit = handleSubmit((values) => {
    setProblem(null);
    record.mutate(values, {
      onSuccess: (s) => {
        notify(
          `${labelOf(trainingKinds, values.kind)} of ${s.name} recorded, in date to ${formatDate(values.expiresOn)}`,
        );
        onClose();
      },
      onError: (e) => setProblem(showRefusal(e, setError, fieldNames)),
    });
  });
  return (
    <FormDialog
      title={`Training of ${supervisor.name}`}
      onClose={onClose}
      onSubmit={submit}
      busy={record.isPending}
      problem={problem}
      action="Record training"
    >
      <Grid container spacing={2}>
        <Grid size={12}>
          <SelectInput
            control={control}
            name="kind"
            label="Training"
            required
            options={trainingKinds}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <DateInput
            control={control}
            name="completedOn"
            label="Date completed"
            required
            disableFuture
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <DateInput control={control} name="expiresOn" label="Expiry date" required />
        </Grid>
      </Grid>
    </FormDialog>
  );
}
