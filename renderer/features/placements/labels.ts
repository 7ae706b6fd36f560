import { daysBetween } from '../../../shared/dates';
import { days, type PlacementType } from '../../../shared/placement-codes';

/** Short names of the placement types for lists, where the full labels are too long. */
export const shortTypeLabels: Record<PlacementType, string> = {
  GROUP: 'Group',
  INDIVIDUAL: 'Individual',
  EMPLOYABILITY: 'Employability',
  INDUCTION_PPWS: 'PPWS',
};

/** "Mon, Wed, Sat": the days a placement runs on, from its session slots. */
export function daysOf(slots: readonly string[]): string {
  return days
    .filter((d) => slots.some((s) => s.startsWith(`${d.code}_`)))
    .map((d) => d.label.slice(0, 3))
    .join(', ');
}

/** How a health and safety review date stands today: overdue, due within 30 days, or fine. */
export function reviewState(
  reviewDue: string,
  today: string | undefined,
): 'overdue' | 'soon' | 'ok' {
  if (!today) return 'ok';
  const left = daysBetween(today, reviewDue);
  if (left < 0) return 'overdue';
  return left <= 30 ? 'soon' : 'ok';
}

/** Places a week, as allocation counts them: the capacity of each session times the sessions. */
export function placesOf(p: { capacity: number; sessions: readonly string[] }): number {
  return p.capacity * p.sessions.length;
}
