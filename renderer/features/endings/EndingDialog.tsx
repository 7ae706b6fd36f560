import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Stack } from '@mui/material';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { labelOf, orderStatuses } from '../../../shared/codes';
import { endingInput, type EndingInput } from '../../../shared/contract/endings';
import { formatDate, formatMinutes } from '../../../shared/dates';
import { endingKinds, type EndingKind } from '../../../shared/session-codes';
import { useWrite } from '../../api/hooks';
import { DateInput, SelectInput, TextInput } from '../../components/form/fields';
import { showRefusal } from '../../components/form/server-errors';
import { FormDialog } from '../../components/FormDialog';
import { useNotify } from '../../components/Notify';

const fieldNames = Object.keys(endingInput.shape);

/** What the dialog needs to know of the order, from its page or from a list. */
export interface EndingOrder {
  orderId: number;
  personName: string;
  outstandingMinutes: number;
  endDate: string;
  /** The date of the latest credit: the likely date of a completion. */
  lastCreditOn: string | null;
}

/**
 * End an order: how and when, and why. The backend refuses a completion with hours outstanding,
 * an expiry before the end date, and any ending while a past session has no outcome.
 */
export function EndingDialog({ order, onClose }: { order: EndingOrder; onClose: () => void }) {
  const notify = useNotify();
  const end = useWrite('endings.end');
  const [problem, setProblem] = useState<string | null>(null);
  const complete = order.outstandingMinutes <= 0;
  const { control, handleSubmit, setError } = useForm<EndingInput>({
    resolver: zodResolver(endingInput),
    defaultValues: {
      orderId: order.orderId,
      ...(complete ? { kind: 'COMPLETED' as EndingKind } : {}),
      ...(complete && order.lastCreditOn ? { endedOn: order.lastCreditOn } : {}),
    },
  });
  const kind = useWatch({ control, name: 'kind' });
  const submit = handleSubmit((values) => {
    setProblem(null);
    end.mutate(values, {
      onSuccess: (e) => {
        notify(
          `Order of ${order.personName} ended: ${labelOf(orderStatuses, e.status)} on ${formatDate(e.ending?.endedOn)}`,
        );
        onClose();
      },
      onError: (e) => setProblem(showRefusal(e, setError, fieldNames)),
    });
  });
  return (
    <FormDialog
      title={`End the order of ${order.personName}`}
      onClose={onClose}
      onSubmit={submit}
      busy={end.isPending}
      problem={problem}
      action="End the order"
    >
      <Stack spacing={2}>
        <Alert severity={complete ? 'success' : 'info'}>
          {complete
            ? 'Every hour is credited. '
            : `${formatMinutes(order.outstandingMinutes)} still outstanding. `}
          The end date is {formatDate(order.endDate)}. Ending the order ends its allocation and
          takes it off any sessions still to come.
        </Alert>
        <SelectInput
          control={control}
          name="kind"
          label="How the order ended"
          required
          options={endingKinds}
        />
        <DateInput control={control} name="endedOn" label="Date ended" required disableFuture />
        <TextInput
          control={control}
          name="reason"
          label="Reason"
          required={kind !== 'COMPLETED'}
          multiline
          minRows={2}
          helperText={
            kind === 'COMPLETED'
              ? 'Optional for a completion'
              : 'For example the court’s decision, or where the order went'
          }
        />
      </Stack>
    </FormDialog>
  );
}
