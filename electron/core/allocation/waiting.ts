import { daysBetween } from '../../../shared/dates';
import type { Policy } from '../../../shared/policy';
import { addWorkingDays, workingDaysBetween } from '../../../shared/working-days';

export type Stage = 'ASSESSMENT' | 'INDUCTION' | 'PPWS' | 'ALLOCATION';

/**
 * Where a waiting order stands and how late it is against the policy targets: induction within
 * 5 working days of sentence, the first session (the PPWS counts) within 10.
 */
export function waitingStatus(
  order: {
    sentenceDate: string;
    assessed: boolean;
    inductedOn: string | null;
    attendedPpws: boolean;
  },
  today: string,
  policy: Pick<Policy, 'workingDaysToInduction' | 'workingDaysToFirstSession'>,
) {
  const stage: Stage = !order.assessed
    ? 'ASSESSMENT'
    : !order.inductedOn
      ? 'INDUCTION'
      : !order.attendedPpws
        ? 'PPWS'
        : 'ALLOCATION';
  const inductionDue = addWorkingDays(order.sentenceDate, policy.workingDaysToInduction);
  const firstSessionDue = addWorkingDays(order.sentenceDate, policy.workingDaysToFirstSession);
  const lateFor = (due: string) => Math.max(0, workingDaysBetween(due, today));
  const overdue = Math.max(
    order.inductedOn ? 0 : lateFor(inductionDue),
    order.attendedPpws ? 0 : lateFor(firstSessionDue),
  );
  return {
    stage,
    inductionDue,
    firstSessionDue,
    daysSinceSentence: daysBetween(order.sentenceDate, today),
    daysSinceInduction: order.inductedOn ? daysBetween(order.inductedOn, today) : null,
    workingDaysOverdue: overdue,
  };
}
