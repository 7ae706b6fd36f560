import { zodResolver } from '@hookform/resolvers/zod';
import { Grid } from '@mui/material';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import {
  placementInput,
  type Placement,
  type PlacementInput,
} from '../../../shared/contract/placements';
import {
  placementSuits,
  placementTypes,
  qualityFeatures,
  riskFlags,
  riskLevels,
  skills,
} from '../../../shared/placement-codes';
import { useWrite } from '../../api/hooks';
import {
  CheckboxInput,
  DateInput,
  NumberInput,
  SelectInput,
  TextInput,
} from '../../components/form/fields';
import { FormSection } from '../../components/form/FormSection';
import { MultiCodeInput } from '../../components/form/MultiCodeInput';
import { showRefusal } from '../../components/form/server-errors';
import { TimeInput } from '../../components/form/TimeInput';
import { FormDialog } from '../../components/FormDialog';
import { useNotify } from '../../components/Notify';
import { SlotGridInput } from '../../components/SlotGrid';
import { PlacementSurveyNote } from '../surveys/PlacementSurveyNote';

const fieldNames = Object.keys(placementInput.shape);

function valuesOf(p: Placement | undefined): Partial<PlacementInput> {
  if (!p) {
    return {
      type: 'GROUP',
      sessions: [],
      startTime: '09:00',
      endTime: '16:00',
      capacity: 6,
      maxRiskLevel: 'MEDIUM',
      excludedFlags: [],
      suits: [],
      features: [],
      skills: [],
      transportProvided: false,
      active: true,
    };
  }
  const { allocated: _a, healthAndSafetyInDate: _h, ...input } = p;
  return input;
}

/** Add or change a placement: every detail the allocation rules and the Board report rely on. */
export function PlacementDialog({
  placement,
  onClose,
}: {
  placement?: Placement;
  onClose: () => void;
}) {
  const notify = useNotify();
  const save = useWrite('placements.save');
  const [problem, setProblem] = useState<string | null>(null);
  const { control, handleSubmit, setError } = useForm<PlacementInput>({
    resolver: zodResolver(placementInput),
    defaultValues: valuesOf(placement),
  });
  const submit = handleSubmit((values) => {
    setProblem(null);
    save.mutate(values, {
      onSuccess: (p) => {
        notify(`${p.name} saved`);
        onClose();
      },
      onError: (e) => setProblem(showRefusal(e, setError, fieldNames)),
    });
  });
  const half = { xs: 12, sm: 6 };
  const third = { xs: 12, sm: 4 };
  return (
    <FormDialog
      title={placement ? `Change ${placement.name}` : 'Add a placement'}
      onClose={onClose}
      onSubmit={submit}
      busy={save.isPending}
      problem={problem}
      action="Save placement"
      maxWidth="md"
    >
      <Grid container spacing={2}>
        <Grid size={half}>
          <TextInput control={control} name="name" label="Placement name" required autoFocus />
        </Grid>
        <Grid size={half}>
          <TextInput control={control} name="beneficiary" label="Beneficiary" required />
        </Grid>
        <Grid size={half}>
          <SelectInput
            control={control}
            name="type"
            label="Type"
            required
            options={placementTypes}
          />
        </Grid>
        <Grid size={half}>
          <TextInput
            control={control}
            name="area"
            label="Area"
            required
            helperText="Town or district, used to keep people out of exclusion areas"
          />
        </Grid>
        <Grid size={12}>
          <TextInput
            control={control}
            name="address"
            label="Address"
            required
            multiline
            minRows={2}
          />
        </Grid>

        <FormSection title="Contact at the beneficiary">
          <Grid size={third}>
            <TextInput control={control} name="contactName" label="Contact name" required />
          </Grid>
          <Grid size={third}>
            <TextInput control={control} name="contactPhone" label="Contact phone" />
          </Grid>
          <Grid size={third}>
            <TextInput control={control} name="contactEmail" label="Contact email" />
          </Grid>
          {placement && (
            <Grid size={12}>
              <PlacementSurveyNote placementId={placement.id} />
            </Grid>
          )}
        </FormSection>

        <FormSection title="When it runs">
          <Grid size={12}>
            <SlotGridInput control={control} name="sessions" label="Sessions each week" required />
          </Grid>
          <Grid size={{ xs: 6, sm: 3 }}>
            <TimeInput control={control} name="startTime" label="Start time" required />
          </Grid>
          <Grid size={{ xs: 6, sm: 3 }}>
            <TimeInput control={control} name="endTime" label="End time" required />
          </Grid>
          <Grid size={{ xs: 12, sm: 3 }}>
            <NumberInput control={control} name="capacity" label="Capacity per session" required />
          </Grid>
          <Grid size={{ xs: 12, sm: 3 }}>
            <CheckboxInput control={control} name="transportProvided" label="Transport provided" />
          </Grid>
        </FormSection>

        <FormSection title="Who it can take">
          <Grid size={half}>
            <SelectInput
              control={control}
              name="maxRiskLevel"
              label="Highest risk level accepted"
              required
              options={riskLevels}
            />
          </Grid>
          <Grid size={half}>
            <MultiCodeInput
              control={control}
              name="suits"
              label="Who it suits"
              options={placementSuits}
            />
          </Grid>
          <Grid size={12}>
            <MultiCodeInput
              control={control}
              name="excludedFlags"
              label="Risk flags it cannot take"
              options={riskFlags}
              helperText="A person with any of these flags is never allocated here"
            />
          </Grid>
        </FormSection>

        <FormSection title="Quality of the placement">
          <Grid size={half}>
            <MultiCodeInput
              control={control}
              name="features"
              label="Quality features"
              options={qualityFeatures}
            />
          </Grid>
          <Grid size={half}>
            <MultiCodeInput
              control={control}
              name="skills"
              label="Skills it offers"
              options={skills}
            />
          </Grid>
        </FormSection>

        <FormSection title="Health and safety risk assessment">
          <Grid size={half}>
            <DateInput
              control={control}
              name="healthAndSafetyAssessedOn"
              label="Assessment date"
              required
              disableFuture
            />
          </Grid>
          <Grid size={half}>
            <DateInput
              control={control}
              name="healthAndSafetyReviewDue"
              label="Review date"
              required
            />
          </Grid>
          <Grid size={12}>
            <TextInput
              control={control}
              name="healthAndSafetyNotes"
              label="Health and safety notes"
              multiline
              minRows={2}
            />
          </Grid>
        </FormSection>
        <Grid size={12}>
          <CheckboxInput
            control={control}
            name="active"
            label="In use (people can be allocated here)"
          />
        </Grid>
      </Grid>
    </FormDialog>
  );
}
