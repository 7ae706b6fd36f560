import { zodResolver } from '@hookform/resolvers/zod';
import {
  Box,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  Grid,
  Radio,
  RadioGroup,
  Rating,
  Typography,
} from '@mui/material';
import { useId, useState } from 'react';
import { Controller, useForm, type Control, type FieldPath } from 'react-hook-form';
import { exitInterviewInput, type ExitInterviewInput } from '../../../shared/contract/endings';
import { formatDate } from '../../../shared/dates';
import { skills } from '../../../shared/placement-codes';
import { answers } from '../../../shared/session-codes';
import { useWrite } from '../../api/hooks';
import { CheckboxInput, DateInput, TextInput } from '../../components/form/fields';
import { MultiCodeInput } from '../../components/form/MultiCodeInput';
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

/** Yes / No / Not sure, as a row of radio buttons. */
function AnswerInput({
  control,
  name,
  label,
}: {
  control: Control<ExitInterviewInput>;
  name: FieldPath<ExitInterviewInput>;
  label: string;
}) {
  const id = useId();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <FormControl error={!!fieldState.error} required>
          <FormLabel id={id}>{label}</FormLabel>
          <RadioGroup
            row
            aria-labelledby={id}
            name={field.name}
            value={field.value ?? ''}
            onChange={(e) => field.onChange(e.target.value)}
          >
            {answers.map((a) => (
              <FormControlLabel
                key={a.code}
                value={a.code}
                label={a.label}
                control={
                  <Radio slotProps={{ input: { ref: a.code === 'YES' ? field.ref : undefined } }} />
                }
              />
            ))}
          </RadioGroup>
          {fieldState.error && <FormHelperText>{fieldState.error.message}</FormHelperText>}
        </FormControl>
      )}
    />
  );
}

/** 1 to 5 stars with the rating in words beside them; the arrow keys move it. */
function TreatmentInput({ control }: { control: Control<ExitInterviewInput> }) {
  const id = useId();
  const [hover, setHover] = useState(-1);
  return (
    <Controller
      control={control}
      name="treatmentRating"
      render={({ field, fieldState }) => {
        const shown = hover > 0 ? hover : (field.value as number | undefined);
        return (
          <FormControl error={!!fieldState.error} required component="fieldset">
            <FormLabel id={id} component="legend">
              How they were treated by supervisors and staff
            </FormLabel>
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5 }}>
              <Rating
                name={field.name}
                value={(field.value as number | undefined) ?? null}
                onChange={(_, v) => {
                  // A keyboard change while the pointer rests on a star: show the choice, not the hover.
                  setHover(-1);
                  field.onChange(v ?? undefined);
                }}
                onChangeActive={(_, v) => setHover(v)}
                getLabelText={(v) => `${v} of 5: ${treatmentLabels[v]}`}
                size="large"
              />
              <Typography variant="body2" color="text.secondary">
                {shown ? `${shown} of 5: ${treatmentLabels[shown]}` : 'Not rated'}
              </Typography>
            </Box>
            {fieldState.error && <FormHelperText>{fieldState.error.message}</FormHelperText>}
          </FormControl>
        );
      }}
    />
  );
}

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
          <TreatmentInput control={control} />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <AnswerInput
            control={control}
            name="workWorthwhile"
            label="Did the work feel worthwhile?"
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <AnswerInput
            control={control}
            name="willVolunteer"
            label="Will they carry on as a volunteer?"
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <AnswerInput
            control={control}
            name="furtherOffence"
            label="Any further offence known since the order began?"
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
