import PersonRemoveIcon from '@mui/icons-material/PersonRemove';
import SaveIcon from '@mui/icons-material/Save';
import {
  Alert,
  Box,
  Button,
  IconButton,
  Link,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Tooltip,
} from '@mui/material';
import { Fragment, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Link as RouterLink } from 'react-router';
import { registerInput, type SessionDetail } from '../../../shared/contract/sessions';
import { AppError } from '../../../shared/errors';
import { formatMinutes } from '../../../shared/dates';
import { ratings } from '../../../shared/placement-codes';
import { useWrite } from '../../api/hooks';
import { useNotify } from '../../components/Notify';
import { RecordedRow } from './RecordedRow';
import { AlertCell, NotesCell, PenaltyCell, SelectCell, TimeCell } from './RegisterCells';
import {
  attended,
  causeOptions,
  outcomeOptions,
  standDown,
  payload,
  rowOf,
  type Booking,
  type Values,
} from './register-rows';

/** A row's messages, without the "Row 2 (Walker, Jordan): " the backend puts before each. */
function messagesOf(errors: object | undefined): string[] {
  return Object.values(errors ?? {})
    .map((e: { message?: unknown } | undefined) =>
      String(e?.message ?? '').replace(/^Row \d+ \([^)]*\): /, ''),
    )
    .filter((m): m is string => !!m);
}

/**
 * The session's register as the supervisor's paper has it: one row per person booked. Saving sends
 * every row given an outcome together (one row alone is a single outcome); the backend credits
 * each outcome or refuses the lot, naming the row. Rows left blank wait for later.
 */
export function RegisterEditor({ session }: { session: SessionDetail }) {
  const notify = useNotify();
  const record = useWrite('sessions.recordRegister');
  const unbook = useWrite('sessions.unbook');
  const [problem, setProblem] = useState<string | null>(null);
  const { control, handleSubmit, setError, clearErrors, formState } = useForm<Values>({
    defaultValues: { rows: session.bookings.map(rowOf) },
  });
  const rows = useWatch({ control, name: 'rows' });
  const nameOf = (index: number) => session.bookings[index]?.personName ?? `row ${index + 1}`;

  // Only rows given an outcome now are sent: a recorded outcome and its credit stand.
  const open = session.bookings.flatMap((b, i) => (b.outcome ? [] : [i]));
  const pending = open.filter((i) => rows[i]?.outcome);
  /** `rows.0.leftAt` of what was sent is the row on screen that was sent first. */
  const onScreen = (field: string) =>
    field.replace(/^rows\.(\d+)\./, (_, k: string) => `rows.${pending[Number(k)] ?? k}.`);

  const submit = handleSubmit((values) => {
    setProblem(null);
    clearErrors();
    if (!pending.length) return setProblem('Choose an outcome for at least one person.');
    const input = payload(
      session.id,
      pending.map((i) => values.rows[i]!),
    );
    const checked = registerInput.safeParse(input);
    if (!checked.success) {
      const lines = checked.error.issues.map((issue) => {
        const [, sent, field] = issue.path;
        if (typeof sent !== 'number') return issue.message;
        const index = pending[sent]!;
        if (typeof field === 'string')
          setError(`rows.${index}.${field}` as never, { type: 'form', message: issue.message });
        return `Row ${index + 1} (${nameOf(index)}): ${issue.message}`;
      });
      return setProblem(lines.join('\n'));
    }
    record.mutate(input, {
      onSuccess: (s) => {
        const credited = s.bookings.reduce((sum, b) => sum + b.creditedMinutes, 0);
        const left = s.booked - s.recorded;
        notify(
          `Register saved: ${formatMinutes(credited)} credited in all${left ? `; ${left} still to record` : ''}`,
        );
      },
      onError: (e) => {
        for (const [field, message] of Object.entries(
          e instanceof AppError ? (e.fields ?? {}) : {},
        ))
          if (field.startsWith('rows.'))
            setError(onScreen(field) as never, { type: 'server', message });
        setProblem(e.message);
      },
    });
  });

  const takeOff = (b: Booking) =>
    unbook.mutate(
      { sessionId: session.id, orderId: b.orderId },
      {
        onSuccess: () => notify(`${b.personName} taken off the session`),
        onError: (e) => notify(e.message, 'error'),
      },
    );

  return (
    <Box component="form" noValidate onSubmit={submit} aria-label="Register">
      {problem && (
        <Alert severity="error" sx={{ mb: 2, whiteSpace: 'pre-line' }}>
          {problem}
        </Alert>
      )}
      <TableContainer>
        <Table
          size="small"
          aria-label="Register"
          sx={{
            '& td, & th': { verticalAlign: 'top', px: 0.5 },
            '& thead th': { lineHeight: 1.2 },
          }}
        >
          <TableHead>
            <TableRow>
              <TableCell>Person</TableCell>
              <TableCell>Outcome</TableCell>
              <TableCell>Start</TableCell>
              <TableCell>Finish</TableCell>
              <TableCell sx={{ width: 72 }}>Penalty (minutes)</TableCell>
              <TableCell>Work quality</TableCell>
              <TableCell>Behaviour</TableCell>
              <TableCell>Notes</TableCell>
              <TableCell sx={{ width: 70 }}>Alert case manager</TableCell>
              <TableCell align="right">Credited</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {session.bookings.map((b, i) => {
              if (b.outcome) return <RecordedRow key={b.orderId} booking={b} />;
              const absent = !attended(rows[i]?.outcome ?? '');
              const stoodDown = standDown(rows[i]?.outcome ?? '');
              const who = b.personName;
              const problems = messagesOf(formState.errors.rows?.[i]);
              return (
                <Fragment key={b.orderId}>
                  <TableRow
                    sx={problems.length ? { '& > *': { borderBottom: 'none' } } : undefined}
                  >
                    <TableCell component="th" scope="row" sx={{ pt: 1, minWidth: 130 }}>
                      <Link component={RouterLink} to={`/orders/${b.orderId}`}>
                        {who}
                      </Link>
                      <Box sx={{ color: 'text.secondary', fontSize: 12 }}>{b.caseReference}</Box>
                    </TableCell>
                    <TableCell>
                      <SelectCell
                        control={control}
                        name={`rows.${i}.outcome`}
                        label={`Outcome for ${who}`}
                        options={outcomeOptions}
                        width={175}
                      />
                      {stoodDown && (
                        <Box sx={{ mt: 1 }}>
                          <SelectCell
                            control={control}
                            name={`rows.${i}.standDownCause`}
                            label={`Why ${who} was stood down`}
                            options={causeOptions}
                            width={175}
                          />
                        </Box>
                      )}
                    </TableCell>
                    <TableCell>
                      <TimeCell
                        control={control}
                        name={`rows.${i}.arrivedAt`}
                        absent={absent}
                        label={`Start for ${who}`}
                      />
                    </TableCell>
                    <TableCell>
                      <TimeCell
                        control={control}
                        name={`rows.${i}.leftAt`}
                        absent={absent}
                        label={`Finish for ${who}`}
                      />
                    </TableCell>
                    <TableCell>
                      <PenaltyCell
                        control={control}
                        index={i}
                        label={`Penalty minutes for ${who}`}
                        disabled={absent}
                      />
                    </TableCell>
                    <TableCell>
                      <SelectCell
                        control={control}
                        name={`rows.${i}.workQuality`}
                        label={`Work quality of ${who}`}
                        options={ratings}
                        disabled={absent}
                        width={115}
                      />
                    </TableCell>
                    <TableCell>
                      <SelectCell
                        control={control}
                        name={`rows.${i}.behaviour`}
                        label={`Behaviour of ${who}`}
                        options={ratings}
                        disabled={absent}
                        width={115}
                      />
                    </TableCell>
                    <TableCell>
                      <NotesCell control={control} index={i} label={`Notes on ${who}`} />
                    </TableCell>
                    <TableCell align="center">
                      <AlertCell
                        control={control}
                        index={i}
                        label={`Alert the case manager of ${who}`}
                      />
                    </TableCell>
                    <TableCell align="right" sx={{ pt: 1.5, whiteSpace: 'nowrap' }}>
                      {b.outcome ? formatMinutes(b.creditedMinutes) : '—'}
                    </TableCell>
                    <TableCell>
                      {!b.outcome && (
                        <Tooltip title={`Take ${who} off the session`}>
                          <IconButton
                            aria-label={`Take ${who} off the session`}
                            onClick={() => takeOff(b)}
                            disabled={unbook.isPending}
                          >
                            <PersonRemoveIcon />
                          </IconButton>
                        </Tooltip>
                      )}
                    </TableCell>
                  </TableRow>
                  {problems.length > 0 && (
                    <TableRow>
                      <TableCell colSpan={11} sx={{ pt: 0, color: 'error.main' }}>
                        {who}: {problems.join('; ')}
                      </TableCell>
                    </TableRow>
                  )}
                </Fragment>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
      {open.length > 0 && (
        <Box sx={{ mt: 2, display: 'flex', justifyContent: 'flex-end' }}>
          <Button
            type="submit"
            variant="contained"
            startIcon={<SaveIcon />}
            disabled={record.isPending}
          >
            {pending.length === open.length
              ? 'Save register'
              : `Save ${pending.length} of ${open.length} outcome${open.length === 1 ? '' : 's'}`}
          </Button>
        </Box>
      )}
    </Box>
  );
}
