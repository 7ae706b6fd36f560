import { zodResolver } from '@hookform/resolvers/zod';
import PrintIcon from '@mui/icons-material/Print';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  Radio,
  RadioGroup,
  Stack,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { Link as RouterLink } from 'react-router';
import {
  decideInput,
  evidenceMinLength,
  respondWithinDays,
  type DecideInput,
  type EnforcementDecisionRow,
  type PendingFailure,
} from '../../../shared/contract/enforcement';
import { labelOf } from '../../../shared/codes';
import { addDays, formatDate } from '../../../shared/dates';
import { outcomes } from '../../../shared/placement-codes';
import { useRead, useWrite } from '../../api/hooks';
import { TextInput } from '../../components/form/fields';
import { showRefusal } from '../../components/form/server-errors';
import { FormDialog } from '../../components/FormDialog';
import { useNotify } from '../../components/Notify';
import { decisionLabel, dayAndDate } from './labels';

/** What was decided, with the letter to print when there is one. */
function Decided({ decision, onClose }: { decision: EnforcementDecisionRow; onClose: () => void }) {
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{decisionLabel(decision.decision)} recorded</DialogTitle>
      <DialogContent dividers>
        <Typography>
          {decision.personName}: the failure on {formatDate(decision.failureDate)}.
          {decision.respondBy &&
            ` They are asked to get in touch by ${formatDate(decision.respondBy)}.`}
          {decision.decision === 'BREACH' && ' The case manager has been alerted.'}
        </Typography>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
        {decision.letterAvailable && (
          <Button
            variant="contained"
            startIcon={<PrintIcon />}
            component={RouterLink}
            to={`/letters/${decision.id}`}
          >
            Print letter
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}

/** Decide on one failure: the step the rules call for, or evidence that made it acceptable. */
export function DecideDialog({
  failure,
  onClose,
}: {
  failure: PendingFailure;
  onClose: () => void;
}) {
  const notify = useNotify();
  const office = useRead('office.get', {});
  const decide = useWrite('enforcement.decide');
  const [problem, setProblem] = useState<string | null>(null);
  const [decided, setDecided] = useState<EnforcementDecisionRow | null>(null);
  const { control, handleSubmit, setError } = useForm<DecideInput>({
    resolver: zodResolver(decideInput),
    defaultValues: { bookingId: failure.bookingId, decision: failure.step, reason: '' },
  });
  const choice = useWatch({ control, name: 'decision' });
  const submit = handleSubmit((values) =>
    decide.mutate(values, {
      onSuccess: (d) => {
        notify(`${decisionLabel(d.decision)} recorded for ${d.personName}`);
        setDecided(d);
      },
      onError: (e) => setProblem(showRefusal(e, setError, ['decision', 'reason'])),
    }),
  );
  if (decided) return <Decided decision={decided} onClose={onClose} />;
  const today = office.data?.today;
  return (
    <FormDialog
      title={`Decide: ${failure.personName}`}
      onClose={onClose}
      onSubmit={submit}
      busy={decide.isPending}
      problem={problem}
      action="Record decision"
    >
      <Stack spacing={2}>
        <Typography>
          <strong>{labelOf(outcomes, failure.outcome)}</strong> ({failure.outcome}) at{' '}
          {failure.placementName} on {dayAndDate(failure.sessionDate)}. Case reference{' '}
          {failure.caseReference}.
        </Typography>
        <Alert severity={failure.step === 'BREACH' ? 'error' : 'warning'}>
          <strong>{decisionLabel(failure.step)} due:</strong> {failure.why}.
        </Alert>
        <Controller
          control={control}
          name="decision"
          render={({ field, fieldState }) => (
            <FormControl error={!!fieldState.error}>
              <FormLabel id="decision-label">Decision</FormLabel>
              <RadioGroup
                aria-labelledby="decision-label"
                name={field.name}
                value={field.value ?? ''}
                onChange={(e) => field.onChange(e.target.value)}
              >
                <FormControlLabel
                  value={failure.step}
                  control={<Radio />}
                  label={decisionLabel(failure.step)}
                />
                <FormControlLabel
                  value="ACCEPTABLE"
                  control={<Radio />}
                  label={decisionLabel('ACCEPTABLE')}
                />
              </RadioGroup>
              {fieldState.error && <FormHelperText>{fieldState.error.message}</FormHelperText>}
            </FormControl>
          )}
        />
        {choice === 'WARNING' && today && (
          <Typography variant="body2" color="text.secondary">
            The letter asks them to get in touch by {formatDate(addDays(today, respondWithinDays))},{' '}
            {respondWithinDays} days from today.
          </Typography>
        )}
        {choice === 'BREACH' && (
          <Typography variant="body2" color="text.secondary">
            The case manager is alerted, and a breach referral letter is ready to print.
          </Typography>
        )}
        <TextInput
          control={control}
          name="reason"
          label={choice === 'ACCEPTABLE' ? 'The evidence seen' : 'Reason'}
          required
          multiline
          minRows={3}
          helperText={
            choice === 'ACCEPTABLE'
              ? `What it is, its date and who gave it (at least ${evidenceMinLength} characters)`
              : 'Why: what happened, and anything the person said'
          }
        />
      </Stack>
    </FormDialog>
  );
}
