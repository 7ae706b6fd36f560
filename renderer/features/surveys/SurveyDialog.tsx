import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Grid } from '@mui/material';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import {
  satisfactionLabels,
  surveyInput,
  type SurveyInput,
} from '../../../shared/contract/surveys';
import { formatDate } from '../../../shared/dates';
import { useWrite } from '../../api/hooks';
import { AnswerInput } from '../../components/form/AnswerInput';
import { DateInput, TextInput } from '../../components/form/fields';
import { RatingInput } from '../../components/form/RatingInput';
import { showRefusal } from '../../components/form/server-errors';
import { FormDialog } from '../../components/FormDialog';
import { useNotify } from '../../components/Notify';

const fieldNames = Object.keys(surveyInput.shape);

export interface SurveyedPlacement {
  placementId: number;
  placementName: string;
  beneficiary: string;
  contactName: string;
  lastSurveyedOn: string | null;
}

/** The beneficiary's answers about the work done for them: two satisfactions, again or not, and its worth. */
export function SurveyDialog({
  placement,
  today,
  onClose,
}: {
  placement: SurveyedPlacement;
  today: string | undefined;
  onClose: () => void;
}) {
  const notify = useNotify();
  const record = useWrite('surveys.record');
  const [problem, setProblem] = useState<string | null>(null);
  const { control, handleSubmit, setError } = useForm<SurveyInput>({
    resolver: zodResolver(surveyInput),
    defaultValues: {
      placementId: placement.placementId,
      surveyedOn: today,
      respondent: placement.contactName,
    },
  });
  const submit = handleSubmit((values) => {
    setProblem(null);
    record.mutate(values, {
      onSuccess: () => {
        notify(`Survey of ${placement.placementName} recorded`);
        onClose();
      },
      onError: (e) => setProblem(showRefusal(e, setError, fieldNames)),
    });
  });
  return (
    <FormDialog
      title={`Survey of ${placement.placementName}`}
      onClose={onClose}
      onSubmit={submit}
      busy={record.isPending}
      problem={problem}
      action="Record survey"
      maxWidth="md"
    >
      <Alert severity="info" sx={{ mb: 2 }}>
        {placement.beneficiary}.{' '}
        {placement.lastSurveyedOn
          ? `Last surveyed on ${formatDate(placement.lastSurveyedOn)}.`
          : 'Not surveyed before.'}{' '}
        Write their answers in their own words where you can.
      </Alert>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 4 }}>
          <DateInput
            control={control}
            name="surveyedOn"
            label="Date of survey"
            required
            disableFuture
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 8 }}>
          <TextInput
            control={control}
            name="respondent"
            label="Respondent"
            required
            size="small"
            helperText="Who answered, and their role at the beneficiary"
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <RatingInput
            control={control}
            name="qualityRating"
            label="Satisfaction with the quality of the work"
            required
            words={satisfactionLabels}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <RatingInput
            control={control}
            name="communicationRating"
            label="Satisfaction with communication"
            required
            words={satisfactionLabels}
          />
        </Grid>
        <Grid size={12}>
          <AnswerInput
            control={control}
            name="wouldTakeAgain"
            label="Would they take people on placement again?"
            required
          />
        </Grid>
        <Grid size={12}>
          <TextInput
            control={control}
            name="valueToThem"
            label="What the work was worth to them"
            required
            multiline
            minRows={2}
            helperText="What difference it made: to the place, to the people it serves, to money or time saved"
          />
        </Grid>
        <Grid size={12}>
          <TextInput control={control} name="comments" label="Comments" multiline minRows={2} />
        </Grid>
      </Grid>
    </FormDialog>
  );
}
