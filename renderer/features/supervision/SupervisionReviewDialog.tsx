import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Stack } from '@mui/material';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { reviewInput, type SupervisionDetail } from '../../../shared/contract/supervision';
import { formatDate } from '../../../shared/dates';
import { useWrite } from '../../api/hooks';
import { DateInput, TextInput } from '../../components/form/fields';
import { showRefusal } from '../../components/form/server-errors';
import { FormDialog } from '../../components/FormDialog';
import { useNotify } from '../../components/Notify';

type Values = z.input<typeof reviewInput>;
const fieldNames = Object.keys(reviewInput.shape);

/** Record a review of the supervision plan: how the person is getting on. */
export function SupervisionReviewDialog({
  detail,
  onClose,
}: {
  detail: SupervisionDetail;
  onClose: () => void;
}) {
  const notify = useNotify();
  const add = useWrite('supervision.addReview');
  const [problem, setProblem] = useState<string | null>(null);
  const { control, handleSubmit, setError } = useForm<Values>({
    resolver: zodResolver(reviewInput),
    defaultValues: { orderId: detail.orderId },
  });
  const submit = handleSubmit((values) => {
    setProblem(null);
    add.mutate(values, {
      onSuccess: (d) => {
        notify(`Review recorded; next review due ${formatDate(d.nextReview?.due)}`);
        onClose();
      },
      onError: (e) => setProblem(showRefusal(e, setError, fieldNames)),
    });
  });
  return (
    <FormDialog
      title="Record a review"
      onClose={onClose}
      onSubmit={submit}
      busy={add.isPending}
      problem={problem}
      action="Record review"
    >
      <Stack spacing={2}>
        {detail.nextReview && (
          <Alert severity={detail.nextReview.overdue ? 'warning' : 'info'}>
            Review due {formatDate(detail.nextReview.due)}
            {detail.nextReview.overdue ? ' (overdue)' : ''}. The plan was agreed on{' '}
            {formatDate(detail.plan?.agreedOn)}.
          </Alert>
        )}
        <DateInput
          control={control}
          name="reviewedOn"
          label="Date of review"
          required
          disableFuture
        />
        <TextInput
          control={control}
          name="progress"
          label="Progress"
          required
          multiline
          minRows={4}
          helperText="Against the plan’s objectives: attendance, work, behaviour, anything to change"
        />
      </Stack>
    </FormDialog>
  );
}
