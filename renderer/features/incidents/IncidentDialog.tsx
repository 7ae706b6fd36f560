import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Grid } from '@mui/material';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { incidentInput } from '../../../shared/contract/incidents';
import type { SessionDetail } from '../../../shared/contract/sessions';
import { formatDate } from '../../../shared/dates';
import { incidentKinds } from '../../../shared/session-codes';
import { useWrite } from '../../api/hooks';
import { CheckboxInput, DateInput, SelectInput, TextInput } from '../../components/form/fields';
import { TimeInput } from '../../components/form/TimeInput';
import { showRefusal } from '../../components/form/server-errors';
import { FormDialog } from '../../components/FormDialog';
import { useNotify } from '../../components/Notify';

type Values = z.input<typeof incidentInput>;
const fieldNames = [
  'sessionId',
  'kind',
  'occurredAt',
  'whatHappened',
  'peopleInvolved',
  'injuries',
  'firstAidGiven',
  'actionTaken',
  'reportedTo',
  'reportedOn',
];

/** Report a health and safety incident, accident or near miss at a session. */
export function IncidentDialog({
  session,
  today,
  onClose,
}: {
  session: Pick<SessionDetail, 'id' | 'date' | 'startTime' | 'endTime' | 'placementName'>;
  today: string | undefined;
  onClose: () => void;
}) {
  const notify = useNotify();
  const report = useWrite('incidents.report');
  const [problem, setProblem] = useState<string | null>(null);
  const { control, handleSubmit, setError } = useForm<Values>({
    resolver: zodResolver(incidentInput),
    defaultValues: { sessionId: session.id, firstAidGiven: false, reportedOn: today },
  });
  const kind = useWatch({ control, name: 'kind' });
  const submit = handleSubmit((values) => {
    setProblem(null);
    report.mutate(values, {
      onSuccess: () => {
        notify('Incident recorded');
        onClose();
      },
      onError: (e) => setProblem(showRefusal(e, setError, fieldNames)),
    });
  });
  return (
    <FormDialog
      title="Report an incident"
      onClose={onClose}
      onSubmit={submit}
      busy={report.isPending}
      problem={problem}
      action="Record incident"
      maxWidth="md"
    >
      <Alert severity="info" sx={{ mb: 2 }}>
        {session.placementName}, {formatDate(session.date)}, {session.startTime} to{' '}
        {session.endTime}. Write what happened in plain words, as the supervisor reported it.
      </Alert>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 8 }}>
          <SelectInput
            control={control}
            name="kind"
            label="Kind"
            required
            options={incidentKinds}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <TimeInput control={control} name="occurredAt" label="Time it happened" required />
        </Grid>
        <Grid size={12}>
          <TextInput
            control={control}
            name="whatHappened"
            label="What happened"
            required
            multiline
            minRows={3}
          />
        </Grid>
        <Grid size={12}>
          <TextInput
            control={control}
            name="peopleInvolved"
            label="People involved"
            required
            multiline
            minRows={2}
            helperText="Names and who they are: people on orders, supervisors, the public"
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 8 }}>
          <TextInput
            control={control}
            name="injuries"
            label="Injuries"
            required={kind === 'ACCIDENT'}
            multiline
            minRows={2}
            helperText={kind === 'ACCIDENT' ? 'Required for an accident' : 'If anyone was hurt'}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }} sx={{ display: 'flex', alignItems: 'center' }}>
          <CheckboxInput control={control} name="firstAidGiven" label="First aid given" />
        </Grid>
        <Grid size={12}>
          <TextInput
            control={control}
            name="actionTaken"
            label="Action taken"
            required
            multiline
            minRows={2}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 8 }}>
          <TextInput
            control={control}
            name="reportedTo"
            label="Reported to"
            required
            helperText="Who was told: the beneficiary, the manager, the Health and Safety Executive"
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <DateInput
            control={control}
            name="reportedOn"
            label="Date reported"
            required
            disableFuture
          />
        </Grid>
      </Grid>
    </FormDialog>
  );
}
