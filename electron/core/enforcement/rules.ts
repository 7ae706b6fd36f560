import { addMonths } from '../../../shared/dates';

/** A decision already made on the order, as far as the next step depends on it. */
export interface PastDecision {
  decision: 'WARNING' | 'BREACH' | 'ACCEPTABLE';
  failureDate: string;
}

/**
 * The step an enforceable failure calls for: a breach referral when a warning was given for a
 * failure within the warning window before this one, otherwise a warning. Accepted evidence and
 * earlier breach referrals do not count as warnings.
 */
export function nextStep(
  history: readonly PastDecision[],
  failureDate: string,
  warningWindowMonths: number,
): 'WARNING' | 'BREACH' {
  const warned = history.some(
    (d) =>
      d.decision === 'WARNING' &&
      d.failureDate <= failureDate &&
      addMonths(d.failureDate, warningWindowMonths) >= failureDate,
  );
  return warned ? 'BREACH' : 'WARNING';
}
