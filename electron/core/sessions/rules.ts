import { labelOf } from '../../../shared/codes';
import type { FieldErrors } from '../../../shared/errors';
import { outcomes, type Outcome } from '../../../shared/placement-codes';
import type { Policy } from '../../../shared/policy';
import type { StandDownCause } from '../../../shared/session-codes';

export interface RegisterEntry {
  outcome: Outcome;
  arrivedAt: string | null;
  leftAt: string | null;
  penaltyMinutes: number;
  workQuality: string | null;
  behaviour: string | null;
  /** Why the service stood the person down: required for ATSS and AASD, nothing else has one. */
  standDownCause?: StandDownCause | null;
}

const flagsOf = (code: Outcome) => outcomes.find((o) => o.code === code)!;

/** Outcomes that can be known before a session happens: a stand-down or a rescheduling in advance. */
const recordableAhead: readonly Outcome[] = ['AASD', 'RSSR', 'RSOF'];

export function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h! * 60 + m!;
}

/** The employability, training and education minutes an order may count: its policy share. */
export function employabilityAllowance(orderedMinutes: number, sharePercent: number): number {
  return Math.floor((orderedMinutes * sharePercent) / 100);
}

/**
 * The credit an outcome earns. Attended: finish − start − penalty. Stood down by the service:
 * the policy's stand-down credit (ATSS: or the time actually worked, if that was longer). Never
 * more than the hours still outstanding, nor, at an employability session, more than what is
 * left of the order's employability share; nothing for absences and reschedulings.
 */
export function creditFor(
  entry: RegisterEntry,
  outstandingMinutes: number,
  policy: Pick<Policy, 'standDownCreditMinutes'>,
  /** Employability minutes the order may still count; null when the session is not employability. */
  employabilityLeftMinutes: number | null = null,
): number {
  const flags = flagsOf(entry.outcome);
  const worked =
    flags.attended && entry.arrivedAt && entry.leftAt
      ? Math.max(0, minutesOf(entry.leftAt) - minutesOf(entry.arrivedAt) - entry.penaltyMinutes)
      : 0;
  const earned = flags.standDown
    ? Math.max(worked, policy.standDownCreditMinutes)
    : flags.attended
      ? worked
      : 0;
  const cap = Math.min(outstandingMinutes, employabilityLeftMinutes ?? outstandingMinutes);
  return Math.max(0, Math.min(earned, cap));
}

/** The checks on one row of a register; messages name the field, the caller names the row. */
export function checkEntry(
  entry: RegisterEntry,
  session: { date: string },
  today: string,
): FieldErrors {
  const errors: FieldErrors = {};
  const flags = flagsOf(entry.outcome);
  const name = labelOf(outcomes, entry.outcome);
  if (session.date > today && !recordableAhead.includes(entry.outcome)) {
    errors.outcome = `${name} can only be recorded once the session has happened`;
    return errors;
  }
  if (flags.standDown && !entry.standDownCause)
    errors.standDownCause = `Say why the service stood the person down (${name.toLowerCase()})`;
  if (!flags.standDown && entry.standDownCause)
    errors.standDownCause = `A stand-down reason is only for a stand-down, not ${name.toLowerCase()}`;
  if (flags.attended) {
    if (!entry.arrivedAt) errors.arrivedAt = 'Start time is required for someone who attended';
    if (!entry.leftAt) errors.leftAt = 'Finish time is required for someone who attended';
    if (entry.arrivedAt && entry.leftAt) {
      const span = minutesOf(entry.leftAt) - minutesOf(entry.arrivedAt);
      if (span <= 0) errors.leftAt = 'Finish must be after the start';
      else if (entry.penaltyMinutes >= span && entry.outcome !== 'ATSS') {
        errors.penaltyMinutes =
          'Penalty minutes must be less than the time between start and finish';
      }
    }
  } else {
    if (entry.arrivedAt || entry.leftAt)
      errors.arrivedAt = `No start or finish for ${name.toLowerCase()}`;
    if (entry.penaltyMinutes) errors.penaltyMinutes = `No penalty for ${name.toLowerCase()}`;
    if (entry.workQuality || entry.behaviour)
      errors.workQuality = 'Work quality and behaviour are rated only for someone who attended';
  }
  return errors;
}
