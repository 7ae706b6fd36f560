import { zodResolver } from '@hookform/resolvers/zod';
import { Grid, Typography } from '@mui/material';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { exitInterviewInput, type ExitInterviewInput } from '../../../shared/contract/endings';
import { formatDate } from '../../../shared/dates';
import { skills } from '../../../shared/placement-codes';
import { useWrite } from '../../api/hooks';
import { AnswerInput } from '../../components/form/AnswerInput';
import { CheckboxInput, DateInput, TextInput } from '../../components/form/fields';
import { MultiCodeInput } from '../../components/form/MultiCodeInput';
import { RatingInput } from '../../components/form/RatingInput';
import { showRefusal } from '../../components/form/server-errors';
import { FormDialog } from '../../components/FormDialog';
import { useNotify } from '../../components/Notify';

const fieldNames = Object.keys(exitInterviewInput.shape);

/** How they were treated, 1 to 5, in words as well as stars. */
export const treatmentLabels: Record<number, string> = {
  1: 'Very poorly',
  2: 'Poorly',
  3: 'Fairly',
  4: 'Well',
  5: 'Very well',
};

/** The interview at completion: what they did and learned, how it went, and what comes next. */
export function ExitInterviewDialog({
  orderId,
  personName,
  completedOn,
  onClose,
}: {
  orderId: number;
  personName: string;
  completedOn: string;
  onClose: () => void;
}) {
  const notify = useNotify();
  const record = useWrite('endings.recordExitInterview');
  const [problem, setProblem] = useState<string | null>(null);
  const { control, handleSubmit, setError } = useForm<ExitInterviewInput>({
    resolver: zodResolver(exitInterviewInput),
    defaultValues: { orderId, skillsGained: [], offeredPaidWork: false },
  });
  const submit = handleSubmit((values) => {
    setProblem(null);
    record.mutate(values, {
      onSuccess: () => {
        notify(`Exit interview of ${personName} recorded`);
        onClose();
      },
      onError: (e) => setProblem(showRefusal(e, setError, fieldNames)),
    });
  });
  return (
    <FormDialog
      title={`Exit interview of ${personName}`}
      onClose={onClose}
      onSubmit={submit}
      busy={record.isPending}
      problem={problem}
      action="Record interview"
      maxWidth="md"
    >
      <Grid container spacing={2}>
        <Grid size={12}>
          <Typography variant="body2" color="text.secondary">
            Completed on {formatDate(completedOn)}. The interview may be held at the last sessions,
            up to 14 days before.
          </Typography>
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <DateInput
            control={control}
            name="interviewedOn"
            label="Date of interview"
            required
            disableFuture
          />
        </Grid>
        <Grid size={12}>
          <TextInput
            control={control}
            name="whatTheyDid"
            label="What they did"
            required
            multiline
            minRows={2}
          />
        </Grid>
        <Grid size={12}>
          <TextInput
            control={control}
            name="whatTheyLearned"
            label="What they learned"
            required
            multiline
            minRows={2}
          />
        </Grid>
        <Grid size={12}>
          <MultiCodeInput
            control={control}
            name="skillsGained"
            label="Skills gained"
            options={skills}
            helperText="Leave empty if none"
          />
        </Grid>
        <Grid size={12}>
          <RatingInput
            control={control}
            name="treatmentRating"
            label="How they were treated by supervisors and staff"
            required
            words={treatmentLabels}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <AnswerInput
            control={control}
            name="workWorthwhile"
            label="Did the work feel worthwhile?"
            required
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <AnswerInput
            control={control}
            name="willVolunteer"
            label="Will they carry on as a volunteer?"
            required
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <AnswerInput
            control={control}
            name="furtherOffence"
            label="Any further offence known since the order began?"
            required
          />
        </Grid>
        <Grid size={12}>
          <CheckboxInput
            control={control}
            name="offeredPaidWork"
            label="A beneficiary offered them paid work"
          />
        </Grid>
        <Grid size={12}>
          <TextInput control={control} name="comments" label="Comments" multiline minRows={2} />
        </Grid>
      </Grid>
    </FormDialog>
  );
}
