import { zodResolver } from '@hookform/resolvers/zod';
import { Grid, Typography } from '@mui/material';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { disabilityAnswers, ethnicities, genders, religions } from '../../../shared/codes';
import { personInput, type Person } from '../../../shared/contract/people';
import { useRead, useWrite } from '../../api/hooks';
import { CheckboxInput, DateInput, SelectInput, TextInput } from '../../components/form/fields';
import { showRefusal } from '../../components/form/server-errors';
import { FormDialog } from '../../components/FormDialog';
import { useNotify } from '../../components/Notify';

type Values = z.input<typeof personInput>;
const fieldNames = Object.keys(personInput.shape);

const blank: Partial<Values> = {
  firstLanguage: 'English',
  interpreterNeeded: false,
  disability: 'NO',
};

/** Register a person, or change one's details (same form, same rules as the backend). */
export function PersonDialog({
  person,
  onClose,
  onSaved,
}: {
  person?: Person;
  onClose: () => void;
  onSaved?: (p: Person) => void;
}) {
  const notify = useNotify();
  const caseManagers = useRead('staff.list', { role: 'CASE_MANAGER' });
  const create = useWrite('people.create');
  const update = useWrite('people.update');
  const [problem, setProblem] = useState<string | null>(null);
  const { control, handleSubmit, setError } = useForm<Values>({
    resolver: zodResolver(personInput),
    defaultValues: person ?? blank,
  });
  const disability = useWatch({ control, name: 'disability' });

  const submit = handleSubmit((values) => {
    setProblem(null);
    const handlers = {
      onSuccess: (saved: Person) => {
        notify(person ? 'Details saved' : `${saved.givenNames} ${saved.familyName} registered`);
        onSaved?.(saved);
        onClose();
      },
      onError: (e: unknown) => setProblem(showRefusal(e, setError, fieldNames)),
    };
    if (person) update.mutate({ ...values, id: person.id }, handlers);
    else create.mutate(values, handlers);
  });

  const managerOptions = (caseManagers.data ?? [])
    .filter((s) => s.active || s.id === person?.caseManagerId)
    .map((s) => ({ code: s.id, label: s.name }));

  return (
    <FormDialog
      title={person ? 'Change details' : 'Register a person'}
      onClose={onClose}
      onSubmit={submit}
      busy={create.isPending || update.isPending}
      problem={problem}
      action={person ? 'Save' : 'Register'}
      maxWidth="md"
    >
      <Grid container spacing={2}>
        <Grid size={12}>
          <Typography variant="subtitle2">Identity</Typography>
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <TextInput control={control} name="familyName" label="Family name" required autoFocus />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <TextInput control={control} name="givenNames" label="Given names" required />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <DateInput
            control={control}
            name="dateOfBirth"
            label="Date of birth"
            required
            disableFuture
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <TextInput
            control={control}
            name="caseReference"
            label="Case reference"
            required
            helperText="Letters and digits, e.g. NV123456"
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 8 }}>
          <SelectInput
            control={control}
            name="caseManagerId"
            label="Case manager"
            required
            options={managerOptions}
          />
        </Grid>

        <Grid size={12}>
          <Typography variant="subtitle2" sx={{ mt: 1 }}>
            Diversity
          </Typography>
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <SelectInput control={control} name="gender" label="Gender" required options={genders} />
        </Grid>
        <Grid size={{ xs: 12, sm: 8 }}>
          <SelectInput
            control={control}
            name="ethnicity"
            label="Ethnicity (2021 census)"
            required
            options={ethnicities}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <SelectInput
            control={control}
            name="religion"
            label="Religion"
            required
            options={religions}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <SelectInput
            control={control}
            name="disability"
            label="Disability"
            required
            options={disabilityAnswers}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          {disability === 'YES' && (
            <TextInput control={control} name="disabilityDetails" label="Disability details" />
          )}
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <TextInput control={control} name="firstLanguage" label="First language" required />
        </Grid>
        <Grid size={{ xs: 12, sm: 8 }}>
          <CheckboxInput control={control} name="interpreterNeeded" label="Needs an interpreter" />
        </Grid>

        <Grid size={12}>
          <Typography variant="subtitle2" sx={{ mt: 1 }}>
            Contact
          </Typography>
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <TextInput control={control} name="phone" label="Phone" />
        </Grid>
        <Grid size={{ xs: 12, sm: 8 }}>
          <TextInput control={control} name="email" label="Email" />
        </Grid>
        <Grid size={{ xs: 12, sm: 8 }}>
          <TextInput control={control} name="address" label="Address" />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <TextInput control={control} name="postcode" label="Postcode" />
        </Grid>
      </Grid>
    </FormDialog>
  );
}
