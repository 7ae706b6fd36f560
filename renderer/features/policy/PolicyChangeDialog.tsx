import { zodResolver } from '@hookform/resolvers/zod';
import PublicIcon from '@mui/icons-material/Public';
import { Alert, Button, Grid, Stack, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { policyChangeInput } from '../../../shared/contract/policy';
import { formatDate } from '../../../shared/dates';
import { policyFields, type Policy } from '../../../shared/policy';
import { useWrite } from '../../api/hooks';
import { DateInput, NumberInput, TextInput } from '../../components/form/fields';
import { showRefusal } from '../../components/form/server-errors';
import { FormDialog } from '../../components/FormDialog';
import { useNotify } from '../../components/Notify';
import { nationalOf, nationalPolicy, withUnit } from './labels';

type Values = z.input<typeof policyChangeInput>;
const fieldNames = ['effectiveFrom', 'reason', ...policyFields.map((f) => `values.${f.key}`)];

/** New values for the settings, in force from a date (today or later), with the reason. */
export function PolicyChangeDialog({
  current,
  currentFrom,
  today,
  onClose,
}: {
  current: Policy;
  /** The date the settings in force today started, if a version did. */
  currentFrom: string | null;
  today: string;
  onClose: () => void;
}) {
  const notify = useNotify();
  const change = useWrite('policy.change');
  const [problem, setProblem] = useState<string | null>(null);
  // The contract's schema, and the backend's one rule it cannot hold: never before today.
  const schema = useMemo(
    () =>
      policyChangeInput.refine((v) => v.effectiveFrom >= today, {
        path: ['effectiveFrom'],
        message: 'In force from cannot be before today: changes never apply to the past',
      }),
    [today],
  );
  const { control, handleSubmit, setError, setValue } = useForm<Values>({
    resolver: zodResolver(schema),
    // Today, unless a version already starts today: then the manager chooses the date.
    defaultValues: {
      effectiveFrom: currentFrom === today ? '' : today,
      values: { ...current },
      reason: '',
    },
  });
  const fillNational = () => {
    for (const f of policyFields)
      setValue(`values.${f.key}`, nationalPolicy[f.key], {
        shouldDirty: true,
        shouldValidate: true,
      });
  };
  const submit = handleSubmit((values) => {
    setProblem(null);
    change.mutate(values, {
      onSuccess: (v) => {
        notify(`New settings saved, in force from ${formatDate(v.effectiveFrom)}`);
        onClose();
      },
      onError: (e) => setProblem(showRefusal(e, setError, fieldNames)),
    });
  });
  return (
    <FormDialog
      title="Change the policy settings"
      onClose={onClose}
      onSubmit={submit}
      busy={change.isPending}
      problem={problem}
      action="Save new settings"
      maxWidth="md"
    >
      <Stack spacing={2}>
        <Alert severity="info">
          A change applies from its date onwards. It never alters records already made: hours
          already credited, dates already worked out and warnings already given keep the settings
          they were made under.
        </Alert>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <Button variant="outlined" startIcon={<PublicIcon />} onClick={fillNational}>
            Use national figures
          </Button>
          <Typography variant="body2" color="text.secondary">
            Fills every setting with today&rsquo;s national figure; change any before saving.
          </Typography>
        </Stack>
        <Grid container spacing={2}>
          {policyFields.map((f) => (
            <Grid key={f.key} size={{ xs: 12, sm: 6 }}>
              <NumberInput
                control={control}
                name={`values.${f.key}`}
                label={`${f.label} (${f.unit})`}
                required
                helperText={`From ${f.min} to ${f.max}. National: ${withUnit(f, nationalOf(f))}`}
              />
            </Grid>
          ))}
        </Grid>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, sm: 6 }}>
            <DateInput control={control} name="effectiveFrom" label="In force from" required />
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <Typography variant="body2" color="text.secondary" sx={{ pt: 1 }}>
              Today ({formatDate(today)}) or later. Until then the settings in force stay as they
              are.
            </Typography>
          </Grid>
        </Grid>
        <TextInput
          control={control}
          name="reason"
          label="Reason for the change"
          required
          multiline
          minRows={2}
          helperText="For example, the board's decision or the national bulletin it follows"
        />
      </Stack>
    </FormDialog>
  );
}
