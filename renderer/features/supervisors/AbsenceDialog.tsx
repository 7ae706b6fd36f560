import { zodResolver } from '@hookform/resolvers/zod';
import { Grid } from '@mui/material';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { labelOf } from '../../../shared/codes';
import { absenceInput, type SupervisorDetail } from '../../../shared/contract/supervisors';
import { formatDate } from '../../../shared/dates';
import { absenceKinds } from '../../../shared/session-codes';
import { useWrite } from '../../api/hooks';
import { DateInput, SelectInput, TextInput } from '../../components/form/fields';
import { showRefusal } from '../../components/form/server-errors';
import { FormDialog } from '../../components/FormDialog';
import { useNotify } from '../../components/Notify';

type Values = z.input<typeof absenceInput>;
const fieldNames = ['kind', 'fromDate', 'toDate', 'notes'];

/** Leave, sickness or another absence: the days a supervisor cannot lead a work party. */
export function AbsenceDialog({
  supervisor,
  onClose,
}: {
  supervisor: SupervisorDetail;
  onClose: () => void;
}) {
  const notify = useNotify();
  const add = useWrite('supervisors.addAbsence');
  const [problem, setProblem] = useState<string | null>(null);
  const { control, handleSubmit, setError } = useForm<Values>({
    resolver: zodResolver(absenceInput),
    defaultValues: { staffId: supervisor.id, kind: 'ANNUAL_LEAVE', notes: null },
  });
  const submit = handleSubmit((values) => {
    setProblem(null);
    add.mutate(values, {
      onSuccess: (s) => {
        const when =
          values.fromDate === values.toDate
            ? `on ${formatDate(values.fromDate)}`
            : `from ${formatDate(values.fromDate)} to ${formatDate(values.toDate)}`;
        notify(`${labelOf(absenceKinds, values.kind)} of ${s.name} recorded ${when}`);
        onClose();
      },
      onError: (e) => setProblem(showRefusal(e, setError, fieldNames)),
    });
  });
  return (
    <FormDialog
      title={`Absence of ${supervisor.name}`}
      onClose={onClose}
      onSubmit={submit}
      busy={add.isPending}
      problem={problem}
      action="Record absence"
    >
      <Grid container spacing={2}>
        <Grid size={12}>
          <SelectInput
            control={control}
            name="kind"
            label="Kind of absence"
            required
            options={absenceKinds}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <DateInput control={control} name="fromDate" label="First day away" required />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <DateInput control={control} name="toDate" label="Last day away" required />
        </Grid>
        <Grid size={12}>
          <TextInput control={control} name="notes" label="Notes" multiline minRows={2} />
        </Grid>
      </Grid>
    </FormDialog>
  );
}
