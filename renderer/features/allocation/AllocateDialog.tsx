import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Stack } from '@mui/material';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { requiredText } from '../../../shared/contract/fields';
import { useWrite } from '../../api/hooks';
import { TextInput } from '../../components/form/fields';
import { showRefusal } from '../../components/form/server-errors';
import { FormDialog } from '../../components/FormDialog';
import { useNotify } from '../../components/Notify';

const reasonInput = z.object({ reason: requiredText('Reason', 500) });
type Values = z.input<typeof reasonInput>;

/** Choosing a placement other than the best fit: the reason is kept with the allocation. */
export function AllocateDialog({
  orderId,
  choice,
  best,
  onClose,
}: {
  orderId: number;
  choice: { placementId: number; name: string; rank: number };
  best: string;
  onClose: () => void;
}) {
  const notify = useNotify();
  const allocate = useWrite('allocation.allocate');
  const [problem, setProblem] = useState<string | null>(null);
  const { control, handleSubmit, setError } = useForm<Values>({
    resolver: zodResolver(reasonInput),
  });
  const submit = handleSubmit(({ reason }) => {
    setProblem(null);
    allocate.mutate(
      { orderId, placementId: choice.placementId, reason },
      {
        onSuccess: (a) => {
          notify(`Allocated to ${a.placementName}`);
          onClose();
        },
        onError: (e) => setProblem(showRefusal(e, setError, ['reason'])),
      },
    );
  });
  return (
    <FormDialog
      title={`Allocate to ${choice.name}`}
      onClose={onClose}
      onSubmit={submit}
      busy={allocate.isPending}
      problem={problem}
      action="Allocate"
    >
      <Stack spacing={2}>
        <Alert severity="info">
          {choice.name} is ranked {choice.rank}; the best fit is {best}. Say why this placement is
          chosen instead: the reason is kept with the allocation.
        </Alert>
        <TextInput
          control={control}
          name="reason"
          label="Reason for choosing it"
          required
          multiline
          minRows={2}
          autoFocus
        />
      </Stack>
    </FormDialog>
  );
}
