import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Stack } from '@mui/material';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { reviewInput, type Placement } from '../../../shared/contract/placements';
import { formatDate } from '../../../shared/dates';
import { useWrite } from '../../api/hooks';
import { DateInput, TextInput } from '../../components/form/fields';
import { showRefusal } from '../../components/form/server-errors';
import { FormDialog } from '../../components/FormDialog';
import { useNotify } from '../../components/Notify';

type Values = z.input<typeof reviewInput>;
const fieldNames = ['id', 'assessedOn', 'reviewDue', 'notes'];

/** Record that a placement's health and safety risk assessment has been reviewed, and when next. */
export function ReviewDialog({
  placement,
  onClose,
}: {
  placement: Placement;
  onClose: () => void;
}) {
  const notify = useNotify();
  const review = useWrite('placements.reviewHealthAndSafety');
  const [problem, setProblem] = useState<string | null>(null);
  const { control, handleSubmit, setError } = useForm<Values>({
    resolver: zodResolver(reviewInput),
    defaultValues: { id: placement.id, notes: placement.healthAndSafetyNotes },
  });
  const submit = handleSubmit((values) => {
    setProblem(null);
    review.mutate(values, {
      onSuccess: (p) => {
        notify(
          `Health and safety of ${p.name} reviewed; next review ${formatDate(p.healthAndSafetyReviewDue)}`,
        );
        onClose();
      },
      onError: (e) => setProblem(showRefusal(e, setError, fieldNames)),
    });
  });
  return (
    <FormDialog
      title="Review health and safety"
      onClose={onClose}
      onSubmit={submit}
      busy={review.isPending}
      problem={problem}
      action="Record review"
    >
      <Stack spacing={2}>
        <Alert severity={placement.healthAndSafetyInDate ? 'info' : 'warning'}>
          {placement.name}: last assessed {formatDate(placement.healthAndSafetyAssessedOn)}, review
          due {formatDate(placement.healthAndSafetyReviewDue)}.
          {!placement.healthAndSafetyInDate &&
            ' No one can be allocated here until it is reviewed.'}
        </Alert>
        <DateInput
          control={control}
          name="assessedOn"
          label="Date of review"
          required
          disableFuture
        />
        <DateInput control={control} name="reviewDue" label="Next review date" required />
        <TextInput control={control} name="notes" label="Notes" multiline minRows={3} />
      </Stack>
    </FormDialog>
  );
}
