import { zodResolver } from '@hookform/resolvers/zod';
import { Stack } from '@mui/material';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { rotaInput, type SupervisorDetail } from '../../../shared/contract/supervisors';
import { staffGenders } from '../../../shared/session-codes';
import { useWrite } from '../../api/hooks';
import { SelectInput } from '../../components/form/fields';
import { showRefusal } from '../../components/form/server-errors';
import { FormDialog } from '../../components/FormDialog';
import { useNotify } from '../../components/Notify';
import { SlotGridInput } from '../../components/SlotGrid';

type Values = z.input<typeof rotaInput>;
const fieldNames = ['gender', 'workingSlots'];

/** The days and times a supervisor works, and their gender (for "not with a male / female supervisor"). */
export function RotaDialog({
  supervisor,
  onClose,
}: {
  supervisor: SupervisorDetail;
  onClose: () => void;
}) {
  const notify = useNotify();
  const save = useWrite('supervisors.saveRota');
  const [problem, setProblem] = useState<string | null>(null);
  const { control, handleSubmit, setError } = useForm<Values>({
    resolver: zodResolver(rotaInput),
    defaultValues: {
      staffId: supervisor.id,
      gender: supervisor.gender,
      workingSlots: supervisor.workingSlots,
    },
  });
  const submit = handleSubmit((values) => {
    setProblem(null);
    save.mutate(values, {
      onSuccess: (s) => {
        notify(`Rota of ${s.name} saved`);
        onClose();
      },
      onError: (e) => setProblem(showRefusal(e, setError, fieldNames)),
    });
  });
  return (
    <FormDialog
      title={`Rota of ${supervisor.name}`}
      onClose={onClose}
      onSubmit={submit}
      busy={save.isPending}
      problem={problem}
      action="Save rota"
      maxWidth="md"
    >
      <Stack spacing={2}>
        <SlotGridInput
          control={control}
          name="workingSlots"
          label="Works on"
          required
          helperText="The days and times they normally lead or support a work party"
        />
        <SelectInput
          control={control}
          name="gender"
          label="Gender"
          required
          options={staffGenders}
        />
      </Stack>
    </FormDialog>
  );
}
