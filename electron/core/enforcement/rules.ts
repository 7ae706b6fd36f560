import { addMonths, formatDate } from '../../../shared/dates';

/** A decision already made on the order, as far as the next step depends on it. */
export interface PastDecision {
  decision: 'WARNING' | 'BREACH' | 'ACCEPTABLE';
  failureDate: string;
  /** The day the decision was made: a warning counts from the day it was given. */
  decidedOn: string;
}

export type Step = 'WARNING' | 'BREACH';

/** The step a failure calls for, the warning it rests on (if any) and why, in words. */
export interface StepDue {
  step: Step;
  /** For a breach: the warning it follows. For a warning: the last warning given before, if any. */
  warning: PastDecision | null;
  why: string;
}

const months = (n: number) => `${n} ${n === 1 ? 'month' : 'months'}`;

/**
 * The step an enforceable failure calls for: a breach referral when a warning had been given
 * before the failure (on an earlier day) and the failure came within the warning window of it;
 * otherwise a warning. A warning given on or after the day of the failure does not count (the
 * person had not been warned), nor do accepted evidence and earlier breach referrals. Because
 * only warnings given before the failure count, the order in which the office decides pending
 * failures never changes the step any of them calls for.
 */
export function stepFor(
  history: readonly PastDecision[],
  failureDate: string,
  warningWindowMonths: number,
): StepDue {
  const before = history
    .filter((d) => d.decision === 'WARNING' && d.decidedOn < failureDate)
    .toSorted((a, b) => b.decidedOn.localeCompare(a.decidedOn));
  const last = before[0] ?? null;
  const window = months(warningWindowMonths);
  if (last && failureDate <= addMonths(last.decidedOn, warningWindowMonths)) {
    return {
      step: 'BREACH',
      warning: last,
      why:
        `warning on ${formatDate(last.decidedOn)} for a failure on ` +
        `${formatDate(last.failureDate)}, within ${window}`,
    };
  }
  return {
    step: 'WARNING',
    warning: last,
    why: last
      ? `the last warning, on ${formatDate(last.decidedOn)}, was more than ${window} before ` +
        `this failure on ${formatDate(failureDate)}`
      : `no warning given on this order before this failure on ${formatDate(failureDate)}`,
  };
}

/** Just the step: a warning, or a breach referral. */
export function nextStep(
  history: readonly PastDecision[],
  failureDate: string,
  warningWindowMonths: number,
): Step {
  return stepFor(history, failureDate, warningWindowMonths).step;
}

/** Days a warning gives the person to get in touch (one figure for the letter and the screens). */
export { respondWithinDays } from '../../../shared/contract/enforcement';
