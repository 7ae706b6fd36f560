import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Grid } from '@mui/material';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { labelOf, staffRoles } from '../../../shared/codes';
import { inductionInput, type Induction } from '../../../shared/contract/induction';
import {
  basicSkillLevels,
  placementPreferences,
  skills,
  transportModes,
} from '../../../shared/placement-codes';
import { useRead, useWrite } from '../../api/hooks';
import { CheckboxInput, DateInput, SelectInput, TextInput } from '../../components/form/fields';
import { FormSection } from '../../components/form/FormSection';
import { MultiCodeInput } from '../../components/form/MultiCodeInput';
import { showRefusal } from '../../components/form/server-errors';
import { FormDialog } from '../../components/FormDialog';
import { useNotify } from '../../components/Notify';
import { SlotGridInput } from '../../components/SlotGrid';

type Values = z.input<typeof inductionInput>;
const fieldNames = Object.keys(inductionInput.shape);

/** A new induction starts from the last one's answers (a re-induction changes few), dated afresh. */
function startingValues(orderId: number, last: Induction | null | undefined): Partial<Values> {
  if (!last) {
    return {
      orderId,
      availability: [],
      skills: [],
      wheelchairUser: false,
      employabilityNeed: false,
      healthAndSafetyBriefed: false,
      preference: 'NONE',
    };
  }
  const { id: _i, inductedOn: _d, inductedByName: _n, ...answers } = last;
  return { ...answers, orderId, healthAndSafetyBriefed: false } as Partial<Values>;
}

/** The induction interview (by Unpaid Work staff, not a case manager): availability and needs, the person's side of the placement match. */
export function InductionDialog({
  orderId,
  last,
  onClose,
}: {
  orderId: number;
  last: Induction | null | undefined;
  onClose: () => void;
}) {
  const notify = useNotify();
  const staff = useRead('staff.list', {});
  const record = useWrite('induction.record');
  const [problem, setProblem] = useState<string | null>(null);
  const { control, handleSubmit, setError } = useForm<Values>({
    resolver: zodResolver(inductionInput),
    defaultValues: startingValues(orderId, last),
  });
  const submit = handleSubmit((values) => {
    setProblem(null);
    record.mutate(values, {
      onSuccess: () => {
        notify('Induction recorded');
        onClose();
      },
      onError: (e) => setProblem(showRefusal(e, setError, fieldNames)),
    });
  });
  const staffOptions = (staff.data ?? [])
    .filter((s) => s.active && s.role !== 'CASE_MANAGER')
    .map((s) => ({ code: s.id, label: `${s.name} (${labelOf(staffRoles, s.role)})` }));
  const half = { xs: 12, sm: 6 };
  const third = { xs: 12, sm: 4 };
  return (
    <FormDialog
      title="Record the induction"
      onClose={onClose}
      onSubmit={submit}
      busy={record.isPending}
      problem={problem}
      action="Record induction"
      maxWidth="md"
    >
      {staff.data && staffOptions.length === 0 && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          Inductions are done by Unpaid Work staff, and none is in post. Add them under “Courts and
          staff” first.
        </Alert>
      )}
      <Grid container spacing={2}>
        <FormSection title="The interview" first>
          <Grid size={half}>
            <DateInput
              control={control}
              name="inductedOn"
              label="Date of induction"
              required
              disableFuture
            />
          </Grid>
          <Grid size={half}>
            <SelectInput
              control={control}
              name="inductedBy"
              label="Interviewed by"
              required
              options={staffOptions}
            />
          </Grid>
        </FormSection>

        <FormSection title="Availability">
          <Grid size={12}>
            <SlotGridInput
              control={control}
              name="availability"
              label="When the person can work"
              required
              helperText="Tick every day and time they can work, around employment, caring and faith"
            />
          </Grid>
        </FormSection>

        <FormSection title="Health and circumstances">
          <Grid size={12}>
            <TextInput
              control={control}
              name="health"
              label="Health and disability"
              multiline
              minRows={2}
            />
          </Grid>
          <Grid size={half}>
            <CheckboxInput control={control} name="wheelchairUser" label="Wheelchair user" />
          </Grid>
          <Grid size={half}>
            <TextInput control={control} name="caringDuties" label="Caring duties" />
          </Grid>
          <Grid size={half}>
            <SelectInput
              control={control}
              name="transport"
              label="Travel"
              required
              options={transportModes}
            />
          </Grid>
          <Grid size={half}>
            <TextInput control={control} name="homeArea" label="Home area" />
          </Grid>
        </FormSection>

        <FormSection title="Basic skills, work and employability">
          <Grid size={third}>
            <SelectInput
              control={control}
              name="reading"
              label="Reading"
              required
              options={basicSkillLevels}
            />
          </Grid>
          <Grid size={third}>
            <SelectInput
              control={control}
              name="writing"
              label="Writing"
              required
              options={basicSkillLevels}
            />
          </Grid>
          <Grid size={third}>
            <SelectInput
              control={control}
              name="numeracy"
              label="Numeracy"
              required
              options={basicSkillLevels}
            />
          </Grid>
          <Grid size={12}>
            <MultiCodeInput control={control} name="skills" label="Skills" options={skills} />
          </Grid>
          <Grid size={12}>
            <TextInput
              control={control}
              name="workHistory"
              label="Work history"
              multiline
              minRows={2}
            />
          </Grid>
          <Grid size={half}>
            <CheckboxInput
              control={control}
              name="employabilityNeed"
              label="Needs help towards employment"
            />
          </Grid>
          <Grid size={half}>
            <TextInput control={control} name="employabilityNotes" label="Employability notes" />
          </Grid>
        </FormSection>

        <FormSection title="Diversity needs">
          <Grid size={half}>
            <TextInput control={control} name="religiousObservance" label="Religious observance" />
          </Grid>
          <Grid size={half}>
            <TextInput control={control} name="languageNeeds" label="Language needs" />
          </Grid>
          <Grid size={half}>
            <SelectInput
              control={control}
              name="preference"
              label="Placement preference"
              required
              options={placementPreferences}
            />
          </Grid>
        </FormSection>

        <FormSection title="Protective kit">
          <Grid size={third}>
            <TextInput control={control} name="clothingSize" label="Clothing size" required />
          </Grid>
          <Grid size={third}>
            <TextInput control={control} name="footwearSize" label="Footwear size" required />
          </Grid>
          <Grid size={third}>
            <TextInput control={control} name="gloveSize" label="Glove size" />
          </Grid>
        </FormSection>

        <FormSection title="Health and safety">
          <Grid size={12}>
            <CheckboxInput
              control={control}
              name="healthAndSafetyBriefed"
              label="Health and safety briefing given"
            />
          </Grid>
        </FormSection>
      </Grid>
    </FormDialog>
  );
}
