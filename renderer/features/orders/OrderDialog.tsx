import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Grid } from '@mui/material';
import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { offenceCategories, requirementTypes } from '../../../shared/codes';
import { orderInput } from '../../../shared/contract/orders';
import { ageOn, formatDate, isIsoDate } from '../../../shared/dates';
import { checkOrder, endDateFor, hourLimitsFor } from '../../../shared/rules/orders';
import { useRead, useWrite } from '../../api/hooks';
import { DateInput, NumberInput, SelectInput, TextInput } from '../../components/form/fields';
import { showRefusal } from '../../components/form/server-errors';
import { FormDialog } from '../../components/FormDialog';
import { useNotify } from '../../components/Notify';

type Values = z.input<typeof orderInput>;
const fieldNames = Object.keys(orderInput.shape);

/** The contract's schema plus the checks that need today and the person's age, as the backend applies them. */
function formSchema(today: string, dateOfBirth: string) {
  return orderInput.superRefine((order, ctx) => {
    for (const [path, message] of Object.entries(checkOrder(order, { today, dateOfBirth }))) {
      ctx.addIssue({ code: 'custom', path: [path], message });
    }
  });
}

export function OrderDialog({
  person,
  onClose,
}: {
  person: { id: number; dateOfBirth: string };
  onClose: () => void;
}) {
  const notify = useNotify();
  const navigate = useNavigate();
  const office = useRead('office.get', {});
  const courts = useRead('courts.list', {});
  const create = useWrite('orders.create');
  const [problem, setProblem] = useState<string | null>(null);
  const today = office.data?.today ?? '2100-01-01';
  const schema = useMemo(() => formSchema(today, person.dateOfBirth), [today, person.dateOfBirth]);
  const { control, handleSubmit, setError } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { personId: person.id, requirementType: 'COMMUNITY_ORDER' },
  });
  const sentenceDate = useWatch({ control, name: 'sentenceDate' });
  const known =
    typeof sentenceDate === 'string' &&
    isIsoDate(sentenceDate) &&
    sentenceDate > person.dateOfBirth;
  const limits = known ? hourLimitsFor(ageOn(person.dateOfBirth, sentenceDate)) : null;

  const submit = handleSubmit((values) => {
    setProblem(null);
    create.mutate(values, {
      onSuccess: (order) => {
        notify('Order registered');
        onClose();
        navigate(`/orders/${order.id}`);
      },
      onError: (e) => setProblem(showRefusal(e, setError, fieldNames)),
    });
  });

  const courtOptions = (courts.data ?? [])
    .filter((c) => c.active)
    .map((c) => ({ code: c.id, label: c.name }));
  return (
    <FormDialog
      title="Register an order"
      onClose={onClose}
      onSubmit={submit}
      busy={create.isPending}
      problem={problem}
      action="Register order"
      maxWidth="md"
    >
      {courts.data && courtOptions.length === 0 && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          The office has no courts in use yet. Add them under “Courts and staff” first.
        </Alert>
      )}
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 8 }}>
          <SelectInput
            control={control}
            name="courtId"
            label="Court"
            required
            options={courtOptions}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <DateInput
            control={control}
            name="sentenceDate"
            label="Sentence date"
            required
            disableFuture
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <NumberInput
            control={control}
            name="hours"
            label="Hours ordered"
            required
            helperText={
              limits
                ? `${limits.min} to ${limits.max} hours at this age`
                : '40 to 300 hours (240 if aged 16 or 17)'
            }
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 8 }}>
          <SelectInput
            control={control}
            name="requirementType"
            label="Requirement type"
            required
            options={requirementTypes}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 5 }}>
          <SelectInput
            control={control}
            name="offenceCategory"
            label="Offence category"
            required
            options={offenceCategories}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 7 }}>
          <TextInput control={control} name="offence" label="Offence" required />
        </Grid>
        {known && (
          <Grid size={12}>
            <Alert severity="info">
              End date: {formatDate(endDateFor(sentenceDate))}, 12 months from sentence unless the
              court extends it.
            </Alert>
          </Grid>
        )}
      </Grid>
    </FormDialog>
  );
}
