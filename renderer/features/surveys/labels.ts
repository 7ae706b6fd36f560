import type { SurveyScheduleRow, SurveyState } from '../../../shared/contract/surveys';
import { daysBetween } from '../../../shared/dates';

export const stateColour: Record<SurveyState, 'error' | 'warning' | 'default'> = {
  OVERDUE: 'error',
  DUE: 'warning',
  NOT_DUE: 'default',
};

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

/** Where a placement's survey stands, in words: "Overdue by 47 days", "Due in 5 days", "Not due". */
export function stateWords(
  row: Pick<SurveyScheduleRow, 'state' | 'daysOverdue' | 'nextDue'>,
  today: string | undefined,
): string {
  if (row.state === 'OVERDUE') return `Overdue by ${days(row.daysOverdue)}`;
  if (row.state === 'NOT_DUE') return 'Not due yet';
  const until = today ? daysBetween(today, row.nextDue) : null;
  if (until === null) return 'Due soon';
  return until === 0 ? 'Due today' : `Due in ${days(until)}`;
}
