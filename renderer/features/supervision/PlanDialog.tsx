import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Stack } from '@mui/material';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { planInput, type SupervisionDetail } from '../../../shared/contract/supervision';
import { formatDate } from '../../../shared/dates';
import { useWrite } from '../../api/hooks';
import { DateInput, NumberInput, TextInput } from '../../components/form/fields';
import { showRefusal } from '../../components/form/server-errors';
import { FormDialog } from '../../components/FormDialog';
import { useNotify } from '../../components/Notify';

type Values = z.input<typeof planInput>;
const fieldNames = Object.keys(planInput.shape);

/** Agree the order's supervision plan, or change the one agreed (one plan per order). */
export function PlanDialog({
  detail,
  sentenceDate,
  onClose,
}: {
  detail: SupervisionDetail;
  sentenceDate: string;
  onClose: () => void;
}) {
  const notify = useNotify();
  const save = useWrite('supervision.savePlan');
  const [problem, setProblem] = useState<string | null>(null);
  const current = detail.plan;
  const { control, handleSubmit, setError } = useForm<Values>({
    resolver: zodResolver(planInput),
    defaultValues: {
      orderId: detail.orderId,
      agreedOn: current?.agreedOn,
      objectives: current?.objectives,
      reviewEveryWeeks: current?.reviewEveryWeeks ?? 4,
    },
  });
  const submit = handleSubmit((values) => {
    setProblem(null);
    save.mutate(values, {
      onSuccess: (d) => {
        notify(
          `Supervision plan ${current ? 'changed' : 'agreed'}; first review due ${formatDate(d.nextReview?.due)}`,
        );
        onClose();
      },
      onError: (e) => setProblem(showRefusal(e, setError, fieldNames)),
    });
  });
  return (
    <FormDialog
      title={current ? 'Change the supervision plan' : 'Agree a supervision plan'}
      onClose={onClose}
      onSubmit={submit}
      busy={save.isPending}
      problem={problem}
      action={current ? 'Save changes' : 'Agree plan'}
    >
      <Stack spacing={2}>
        <Alert severity="info">
          {current
            ? 'Changing the plan replaces what was agreed; earlier reviews stay as they were.'
            : `Sentenced on ${formatDate(sentenceDate)}: the plan is due by ${formatDate(detail.planDue)} (10 working days).`}
        </Alert>
        <DateInput control={control} name="agreedOn" label="Date agreed" required disableFuture />
        <TextInput
          control={control}
          name="objectives"
          label="Objectives"
          required
          multiline
          minRows={4}
          helperText="What the person will work on, and what the supervisors will look for"
        />
        <NumberInput
          control={control}
          name="reviewEveryWeeks"
          label="Weeks between reviews"
          required
          helperText="1 to 12 weeks"
        />
      </Stack>
    </FormDialog>
  );
}
