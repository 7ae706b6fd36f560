import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Stack } from '@mui/material';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { extensionInput, type OrderDetail } from '../../../shared/contract/orders';
import { formatDate } from '../../../shared/dates';
import { checkExtension } from '../../../shared/rules/orders';
import { useRead, useWrite } from '../../api/hooks';
import { DateInput, TextInput } from '../../components/form/fields';
import { showRefusal } from '../../components/form/server-errors';
import { FormDialog } from '../../components/FormDialog';
import { useNotify } from '../../components/Notify';

type Values = z.input<typeof extensionInput>;
const fieldNames = Object.keys(extensionInput.shape);

export function ExtensionDialog({ order, onClose }: { order: OrderDetail; onClose: () => void }) {
  const notify = useNotify();
  const office = useRead('office.get', {});
  const extend = useWrite('orders.extend');
  const [problem, setProblem] = useState<string | null>(null);
  const today = office.data?.today ?? '2100-01-01';
  const schema = useMemo(
    () =>
      extensionInput.superRefine((e, ctx) => {
        const fields = checkExtension(e, {
          today,
          sentenceDate: order.sentenceDate,
          currentEndDate: order.endDate,
        });
        for (const [path, message] of Object.entries(fields))
          ctx.addIssue({ code: 'custom', path: [path], message });
      }),
    [today, order.sentenceDate, order.endDate],
  );
  const { control, handleSubmit, setError } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { orderId: order.id },
  });
  const submit = handleSubmit((values) =>
    extend.mutate(values, {
      onSuccess: (o) => {
        notify(`End date moved to ${formatDate(o.endDate)}`);
        onClose();
      },
      onError: (e) => setProblem(showRefusal(e, setError, fieldNames)),
    }),
  );
  return (
    <FormDialog
      title="Record an extension"
      onClose={onClose}
      onSubmit={submit}
      busy={extend.isPending}
      problem={problem}
      action="Record extension"
    >
      <Stack spacing={2}>
        <Alert severity="info">
          The current end date is {formatDate(order.endDate)}. Record the court’s decision as it was
          made.
        </Alert>
        <DateInput
          control={control}
          name="grantedOn"
          label="Date the court granted it"
          required
          disableFuture
        />
        <DateInput control={control} name="newEndDate" label="New end date" required />
        <TextInput control={control} name="reason" label="Reason" required multiline minRows={2} />
      </Stack>
    </FormDialog>
  );
}
