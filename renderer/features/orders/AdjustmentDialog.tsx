import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Stack } from '@mui/material';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { adjustmentInput, type OrderDetail } from '../../../shared/contract/orders';
import { formatMinutes } from '../../../shared/dates';
import { useWrite } from '../../api/hooks';
import { DateInput, NumberInput, TextInput } from '../../components/form/fields';
import { showRefusal } from '../../components/form/server-errors';
import { FormDialog } from '../../components/FormDialog';
import { useNotify } from '../../components/Notify';

type Values = z.input<typeof adjustmentInput>;
const fieldNames = Object.keys(adjustmentInput.shape);

/** Hours worked outside Amends' sessions (brought forward on a transfer in, for example), with the reason. */
export function AdjustmentDialog({ order, onClose }: { order: OrderDetail; onClose: () => void }) {
  const notify = useNotify();
  const credit = useWrite('orders.creditAdjustment');
  const [problem, setProblem] = useState<string | null>(null);
  const schema = adjustmentInput.refine((v) => v.minutes <= order.outstandingMinutes, {
    path: ['minutes'],
    message: `Credit cannot be more than the ${formatMinutes(order.outstandingMinutes)} outstanding`,
  });
  const { control, handleSubmit, setError } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { orderId: order.id },
  });
  const submit = handleSubmit((values) =>
    credit.mutate(values, {
      onSuccess: () => {
        notify(`${formatMinutes(values.minutes)} credited`);
        onClose();
      },
      onError: (e) => setProblem(showRefusal(e, setError, fieldNames)),
    }),
  );
  return (
    <FormDialog
      title="Credit hours"
      onClose={onClose}
      onSubmit={submit}
      busy={credit.isPending}
      problem={problem}
      action="Credit"
    >
      <Stack spacing={2}>
        <Alert severity="info">
          {formatMinutes(order.outstandingMinutes)} outstanding. Sessions credit themselves; use
          this only for hours worked outside Amends.
        </Alert>
        <DateInput control={control} name="date" label="Date" required disableFuture />
        <NumberInput
          control={control}
          name="minutes"
          label="Minutes"
          required
          helperText="In minutes: 7 hours is 420"
        />
        <TextInput control={control} name="reason" label="Reason" required multiline minRows={2} />
      </Stack>
    </FormDialog>
  );
}
