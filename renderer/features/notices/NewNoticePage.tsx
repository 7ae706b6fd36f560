import { zodResolver } from '@hookform/resolvers/zod';
import PreviewIcon from '@mui/icons-material/Preview';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Grid,
  LinearProgress,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { format, isValid, parseISO } from 'date-fns';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { issueInput } from '../../../shared/contract/notices';
import { addDays, addMonths, formatDate } from '../../../shared/dates';
import type { FieldErrors } from '../../../shared/errors';
import { useRead, useWrite } from '../../api/hooks';
import { useAccount, useCan } from '../../app/account';
import { TextInput } from '../../components/form/fields';
import { showRefusal } from '../../components/form/server-errors';
import { PageHeader } from '../../components/PageHeader';
import { useNotify } from '../../components/Notify';
import { FiguresTable } from './FiguresTable';
import { periodText } from './format';

type Period = { courtId: number | ''; from: string; to: string };

const signOff = issueInput.pick({ actions: true, signedOffBy: true, signedOffRole: true });
type SignOff = { actions: string; signedOffBy: string; signedOffRole: string };
const signOffFields = Object.keys(signOff.shape);

function DateBox(props: {
  label: string;
  value: string;
  error?: string;
  onChange: (iso: string) => void;
}) {
  return (
    <DatePicker
      label={props.label}
      value={props.value ? parseISO(props.value) : null}
      format="dd/MM/yyyy"
      disableFuture
      onChange={(d) => props.onChange(d && isValid(d) ? format(d, 'yyyy-MM-dd') : '')}
      slotProps={{
        textField: {
          size: 'small',
          required: true,
          fullWidth: true,
          error: !!props.error,
          helperText: props.error,
        },
      }}
    />
  );
}

/** Step 1: the court and the period. */
function CourtAndPeriod({
  value,
  onChange,
  onPreview,
  errors,
}: {
  value: Period;
  onChange: (p: Period) => void;
  onPreview: () => void;
  errors: FieldErrors;
}) {
  const courts = useRead('courts.list', {});
  return (
    <Card variant="outlined" component="section" aria-label="Court and period">
      <CardHeader
        title="1. Court and period"
        slotProps={{ title: { component: 'h2', variant: 'h6' } }}
      />
      <CardContent sx={{ pt: 0 }}>
        <Grid container spacing={2} sx={{ alignItems: 'flex-start' }}>
          <Grid size={{ xs: 12, md: 5 }}>
            <TextField
              select
              size="small"
              fullWidth
              required
              label="Court"
              value={value.courtId}
              onChange={(e) => onChange({ ...value, courtId: Number(e.target.value) })}
              error={!!errors.courtId}
              helperText={errors.courtId ?? 'The court the notice is addressed to'}
            >
              {(courts.data ?? [])
                .filter((c) => c.active)
                .map((c) => (
                  <MenuItem key={c.id} value={c.id}>
                    {c.name}
                  </MenuItem>
                ))}
            </TextField>
          </Grid>
          <Grid size={{ xs: 6, md: 2.5 }}>
            <DateBox
              label="From"
              value={value.from}
              error={errors.from}
              onChange={(from) => onChange({ ...value, from })}
            />
          </Grid>
          <Grid size={{ xs: 6, md: 2.5 }}>
            <DateBox
              label="To"
              value={value.to}
              error={errors.to}
              onChange={(to) => onChange({ ...value, to })}
            />
          </Grid>
          <Grid size={{ xs: 12, md: 2 }}>
            <Button
              variant="contained"
              startIcon={<PreviewIcon />}
              onClick={onPreview}
              fullWidth
              sx={{ height: 40 }}
            >
              Preview
            </Button>
          </Grid>
        </Grid>
      </CardContent>
    </Card>
  );
}

/** Step 3: what the office is doing, who signs it off, and the issue with its confirmation. */
function SignOffForm({ period, courtName }: { period: Required<Period>; courtName: string }) {
  const account = useAccount();
  const notify = useNotify();
  const navigate = useNavigate();
  const issue = useWrite('notices.issue');
  const [confirming, setConfirming] = useState<SignOff | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const { control, handleSubmit, setError } = useForm<SignOff>({
    resolver: zodResolver(signOff),
    defaultValues: { actions: '', signedOffBy: account?.name ?? '', signedOffRole: 'UPW manager' },
  });
  const send = () => {
    if (!confirming || period.courtId === '') return;
    setProblem(null);
    // The promise, not mutate's callbacks: those are dropped if the page re-renders without this form.
    issue
      .mutateAsync({ courtId: period.courtId, from: period.from, to: period.to, ...confirming })
      .then(
        (notice) => {
          notify(`Notice ${notice.number} issued to ${courtName}`);
          navigate(`/notices/${notice.id}`);
        },
        (e: unknown) => {
          setConfirming(null);
          setProblem(showRefusal(e, setError, signOffFields));
        },
      );
  };
  return (
    <Card variant="outlined" component="section" aria-label="Action and sign-off" sx={{ mt: 2 }}>
      <CardHeader
        title="3. What the office is doing, and sign-off"
        slotProps={{ title: { component: 'h2', variant: 'h6' } }}
      />
      <CardContent sx={{ pt: 0 }}>
        {problem && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {problem}
          </Alert>
        )}
        <Box component="form" noValidate onSubmit={handleSubmit((values) => setConfirming(values))}>
          <Grid container spacing={2}>
            <Grid size={12}>
              <TextInput
                control={control}
                name="actions"
                label="What the office is doing about it"
                required
                multiline
                minRows={4}
                helperText="Printed on the notice as written: recruitment, new placements, sessions added, dates"
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 6 }}>
              <TextInput
                control={control}
                name="signedOffBy"
                label="Signed off by"
                required
                size="small"
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 6 }}>
              <TextInput
                control={control}
                name="signedOffRole"
                label="Role of the person signing"
                required
                size="small"
              />
            </Grid>
          </Grid>
          <Stack direction="row" sx={{ mt: 2, justifyContent: 'flex-end' }}>
            <Button type="submit" variant="contained" color="warning">
              Issue notice…
            </Button>
          </Stack>
        </Box>
      </CardContent>
      <Dialog open={!!confirming} onClose={issue.isPending ? undefined : () => setConfirming(null)}>
        <DialogTitle>Issue this notice to {courtName}?</DialogTitle>
        {issue.isPending && <LinearProgress />}
        <DialogContent>
          <DialogContentText>
            The notice for {periodText(period.from, period.to)} will be numbered, dated today and
            signed off by {confirming?.signedOffBy}, with the figures worked out again as they stand
            now. Once issued it cannot be changed: a correction is a new notice with a new number.
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirming(null)} disabled={issue.isPending}>
            Cancel
          </Button>
          <Button variant="contained" color="warning" onClick={send} disabled={issue.isPending}>
            Issue notice
          </Button>
        </DialogActions>
      </Dialog>
    </Card>
  );
}

/** A new court shortfall notice: choose a court and a period, see the figures, say what is being done, issue. */
export function NewNoticePage() {
  const office = useRead('office.get', {});
  const today = office.data?.today;
  const manager = useCan('MANAGER');
  const [period, setPeriod] = useState<Period | null>(null);
  const [shown, setShown] = useState<Period | null>(null);
  const value: Period =
    period ??
    (today
      ? { courtId: '', from: addDays(addMonths(today, -3), 1), to: today }
      : { courtId: '', from: '', to: '' });
  const ready = shown !== null && shown.courtId !== '';
  const preview = useRead(
    'notices.preview',
    { courtId: Number(shown?.courtId || 0), from: shown?.from ?? '', to: shown?.to ?? '' },
    { enabled: ready },
  );
  // A preview answers only the court and period it was asked for: a change asks again.
  const stale = JSON.stringify(shown) !== JSON.stringify(value);
  const courtMissing = shown !== null && !stale && shown.courtId === '';
  const errors: FieldErrors = courtMissing
    ? { courtId: 'Choose the court' }
    : stale
      ? {}
      : (preview.error?.fields ?? {});
  // Kept on screen while refreshed (after the issue, say), but never another court's or period's.
  const data = preview.data;
  const figures =
    !stale &&
    data &&
    data.court.id === shown?.courtId &&
    data.period.from === shown.from &&
    data.period.to === shown.to
      ? data
      : undefined;
  return (
    <>
      <PageHeader
        title="New court notice"
        subtitle="A notice to one court of the office’s shortfall in capacity, with the figures from the data"
        trail={[{ label: 'Court notices', to: '/notices' }]}
      />
      <CourtAndPeriod
        value={value}
        onChange={setPeriod}
        onPreview={() => setShown(value)}
        errors={errors}
      />
      {ready && !stale && preview.isFetching && !figures && (
        <LinearProgress sx={{ mt: 2 }} aria-label="Working out the figures" />
      )}
      {ready && !stale && preview.error && !preview.error.fields && !preview.isFetching && (
        <Alert severity="error" sx={{ mt: 2 }}>
          {preview.error.message}
        </Alert>
      )}
      {figures && (
        <>
          <Card variant="outlined" component="section" aria-label="The figures" sx={{ mt: 2 }}>
            <CardHeader
              title="2. The figures"
              subheader={`For ${figures.court.name}, ${periodText(figures.period.from, figures.period.to)}, worked out on ${formatDate(figures.asOf)}`}
              slotProps={{ title: { component: 'h2', variant: 'h6' } }}
            />
            <CardContent sx={{ pt: 0 }}>
              <Alert
                severity={figures.hoursShort || figures.supervisorsShort ? 'warning' : 'info'}
                sx={{ mb: 2 }}
              >
                {figures.summary}
              </Alert>
              <FiguresTable figures={figures} definitions />
              <Box
                component="ul"
                sx={{ mt: 2, mb: 0, pl: 3, color: 'text.secondary', fontSize: '0.85rem' }}
              >
                {figures.notes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </Box>
            </CardContent>
          </Card>
          {manager ? (
            <SignOffForm
              period={{
                courtId: figures.court.id,
                from: figures.period.from,
                to: figures.period.to,
              }}
              courtName={figures.court.name}
            />
          ) : (
            <Alert severity="info" sx={{ mt: 2 }}>
              Only a manager can issue a court notice.
            </Alert>
          )}
        </>
      )}
    </>
  );
}
