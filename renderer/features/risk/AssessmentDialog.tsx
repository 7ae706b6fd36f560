import { zodResolver } from '@hookform/resolvers/zod';
import { Grid } from '@mui/material';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { assessmentInput } from '../../../shared/contract/risk';
import {
  assessmentKinds,
  restrictions,
  riskFlags,
  riskLevels,
} from '../../../shared/placement-codes';
import { useWrite } from '../../api/hooks';
import { DateInput, SelectInput, TextInput } from '../../components/form/fields';
import { MultiCodeInput } from '../../components/form/MultiCodeInput';
import { showRefusal } from '../../components/form/server-errors';
import { FormDialog } from '../../components/FormDialog';
import { useNotify } from '../../components/Notify';

type Values = z.input<typeof assessmentInput>;
const fieldNames = Object.keys(assessmentInput.shape);
const checkAssessment = zodResolver(assessmentInput);

/** An area typed before the restriction was taken off is not sent: the field is no longer shown. */
const resolver: typeof checkAssessment = (values, context, options) =>
  checkAssessment(
    values.restrictions?.includes('VICTIM_EXCLUSION_AREA')
      ? values
      : { ...values, exclusionArea: null },
    context,
    options,
  );

/** Record a risk of harm assessment; a reassessment becomes the current one and keeps the others. */
export function AssessmentDialog({ orderId, onClose }: { orderId: number; onClose: () => void }) {
  const notify = useNotify();
  const record = useWrite('risk.record');
  const [problem, setProblem] = useState<string | null>(null);
  const { control, handleSubmit, setError } = useForm<Values>({
    resolver,
    defaultValues: { orderId, kind: 'FULL', flags: [], restrictions: [] },
  });
  const chosen = useWatch({ control, name: 'restrictions' });
  const excluded = chosen?.includes('VICTIM_EXCLUSION_AREA') ?? false;
  const submit = handleSubmit((values) => {
    setProblem(null);
    record.mutate(values, {
      onSuccess: () => {
        notify('Risk of harm assessment recorded');
        onClose();
      },
      onError: (e) => setProblem(showRefusal(e, setError, fieldNames)),
    });
  });
  return (
    <FormDialog
      title="Record a risk of harm assessment"
      onClose={onClose}
      onSubmit={submit}
      busy={record.isPending}
      problem={problem}
      action="Record assessment"
      maxWidth="md"
    >
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 4 }}>
          <SelectInput
            control={control}
            name="level"
            label="Overall risk level"
            required
            options={riskLevels}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 8 }}>
          <SelectInput
            control={control}
            name="kind"
            label="Kind of assessment"
            required
            options={assessmentKinds}
          />
        </Grid>
        <Grid size={12}>
          <MultiCodeInput control={control} name="flags" label="Risk flags" options={riskFlags} />
        </Grid>
        <Grid size={12}>
          <MultiCodeInput
            control={control}
            name="restrictions"
            label="Restrictions"
            options={restrictions}
          />
        </Grid>
        {excluded && (
          <Grid size={12}>
            <TextInput
              control={control}
              name="exclusionArea"
              label="Exclusion area"
              required
              helperText="The area the person must keep out of; placements there are refused"
            />
          </Grid>
        )}
        <Grid size={{ xs: 12, sm: 8 }}>
          <TextInput control={control} name="assessor" label="Assessor" required />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <DateInput
            control={control}
            name="assessedOn"
            label="Date assessed"
            required
            disableFuture
          />
        </Grid>
        <Grid size={12}>
          <TextInput control={control} name="notes" label="Notes" multiline minRows={2} />
        </Grid>
      </Grid>
    </FormDialog>
  );
}
