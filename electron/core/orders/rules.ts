import { addDays, daysBetween, formatDate, formatMinutes } from '../../../shared/dates';

export interface LedgerLine {
  date: string;
  kind: 'ADJUSTMENT' | 'SESSION';
  description: string;
  creditedMinutes: number;
}

/** Orders the ledger by date and carries the hours outstanding after each line. */
export function runningLedger(orderedMinutes: number, lines: readonly LedgerLine[]) {
  let balance = orderedMinutes;
  return (
    [...lines]
      // Stable: lines of the same date keep the order they were given in.
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      .map((line) => {
        balance -= line.creditedMinutes;
        return { ...line, balanceMinutes: balance };
      })
  );
}

/** Days from today to the end date; negative once it has passed. Ended orders show none left. */
export function timeLeft(order: { endDate: string; status: string }, today: string): number {
  return order.status === 'LIVE' ? daysBetween(today, order.endDate) : 0;
}

/** The weeks ahead over which the sessions booked for an order count as the hours offered. */
export const offeredWeeks = 4;

export interface Progress {
  /** Minutes of sessions booked in the next four weeks, per week. */
  offeredPerWeekMinutes: number;
  minimumPerWeekMinutes: number;
  belowMinimum: boolean;
  /** When the hours would be done at the rate offered; null when nothing is booked. */
  projectedFinish: string | null;
  atRisk: boolean;
  reasons: string[];
}

/**
 * How a live order is going: the hours offered a week against the policy minimum, and whether,
 * at that rate, the hours outstanding are done by the end date. With nothing booked, the order is
 * at risk only if even the policy minimum from today would not finish it in time.
 */
export function progressOf(
  order: { status: string; outstandingMinutes: number; endDate: string },
  bookedAheadMinutes: number,
  minimumHoursPerWeek: number,
  today: string,
): Progress {
  const offered = Math.round(bookedAheadMinutes / offeredWeeks);
  const minimum = minimumHoursPerWeek * 60;
  const done = order.status !== 'LIVE' || order.outstandingMinutes <= 0;
  const base = { offeredPerWeekMinutes: offered, minimumPerWeekMinutes: minimum };
  if (done)
    return { ...base, belowMinimum: false, projectedFinish: null, atRisk: false, reasons: [] };
  const reasons: string[] = [];
  const belowMinimum = offered < minimum;
  if (belowMinimum) {
    reasons.push(
      `${formatMinutes(offered)} a week booked, below the minimum of ${formatMinutes(minimum)}`,
    );
  }
  const weeks = (minutes: number) => Math.ceil((order.outstandingMinutes / minutes) * 7);
  const projectedFinish = offered > 0 ? addDays(today, weeks(offered)) : null;
  let atRisk: boolean;
  if (order.endDate < today) {
    atRisk = true;
    reasons.push(`The end date ${formatDate(order.endDate)} has passed`);
  } else if (projectedFinish) {
    atRisk = projectedFinish > order.endDate;
    if (atRisk)
      reasons.push(
        `At this rate the hours are done on ${formatDate(projectedFinish)}, after the end date ${formatDate(order.endDate)}`,
      );
  } else {
    atRisk = addDays(today, weeks(minimum)) > order.endDate;
    if (atRisk)
      reasons.push(
        `Nothing booked, and even ${formatMinutes(minimum)} a week from today would not finish by ${formatDate(order.endDate)}`,
      );
  }
  return { ...base, belowMinimum, projectedFinish, atRisk, reasons };
}
