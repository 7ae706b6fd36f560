import type { OrderStatus } from '../../../shared/codes';
import { daysBetween } from '../../../shared/dates';
import { completionMonths } from '../../../shared/rules/orders';
import { plusDays, plusMonths } from './days';
import type { Random } from './random';
import { endingWeights } from './weights';

function roundTo30(minutes: number): number {
  return Math.round(minutes / 30) * 30;
}

/**
 * How an order went (or is going): worked at a pace of 2–7 hours a week; finished, ended early,
 * run out of time, or still live with the hours it has earned so far.
 */
export function orderCourse(
  random: Random,
  sentenceDate: string,
  orderedMinutes: number,
  today: string,
) {
  const plannedDays = Math.round((orderedMinutes / 60 / random.int(2, 7)) * 7);
  const finish = plusDays(sentenceDate, plannedDays + random.int(10, 30));
  // Orders that would run past their end date: half are extended by the court before it passes.
  const baseEnd = plusMonths(sentenceDate, completionMonths); // endDateFor, without extensions
  const grantedOn = plusDays(baseEnd, -random.int(14, 40));
  const extended = finish > baseEnd && grantedOn <= today && random.chance(0.5);
  const endDate = extended ? plusMonths(baseEnd, random.int(3, 6)) : baseEnd;
  let status: OrderStatus = 'LIVE';
  let endedOn: string | null = null;
  let credited: number;
  if (finish <= endDate && finish <= today) {
    status = random.weighted(endingWeights);
    endedOn = finish;
    credited =
      status === 'COMPLETED' ? orderedMinutes : roundTo30(orderedMinutes * random.next() * 0.8);
  } else if (finish > endDate && endDate < plusDays(today, -28)) {
    // Ran out of time: returned to court, or simply expired, in the weeks after the end date.
    status = random.chance(0.6) ? 'BREACHED_RESENTENCED' : 'EXPIRED';
    endedOn = plusDays(endDate, random.int(1, 28));
    credited = roundTo30(orderedMinutes * (0.4 + random.next() * 0.5));
  } else {
    const pace = (orderedMinutes * daysBetween(sentenceDate, today)) / (plannedDays + 20);
    credited = roundTo30(Math.max(0, Math.min(orderedMinutes - 60, pace - random.int(0, 600))));
  }
  return {
    status,
    endedOn,
    endDate,
    credited,
    plannedDays,
    baseEnd,
    extension: extended ? { grantedOn, endDate } : null,
  };
}
