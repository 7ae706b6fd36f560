import { addDays, addMonths, daysBetween, formatDate } from '../../../shared/dates';
import type { FieldErrors } from '../../../shared/errors';
import type { PlacementType, Slot } from '../../../shared/placement-codes';

/**
 * The rules of court shortfall notices, pure: the running number, the checks on a court and a
 * period, what an order needs a week, and what the placements can offer a week.
 */

/** "CSN-2026-004": the office's running number within the year of issue, three digits at least. */
export function noticeNumber(year: number, n: number): string {
  return `CSN-${year}-${String(n).padStart(3, '0')}`;
}

/**
 * The next number in the year of issue: one more than the highest already given that year (so a
 * gap, were there one, is never filled in behind a later notice), 001 for the year's first.
 * Numbers of other years, and anything not shaped like a notice number, are ignored.
 */
export function nextNoticeNumber(year: number, taken: readonly string[]): string {
  const prefix = `CSN-${year}-`;
  let highest = 0;
  for (const number of taken) {
    if (!number.startsWith(prefix)) continue;
    const rest = number.slice(prefix.length);
    if (/^\d+$/.test(rest)) highest = Math.max(highest, Number(rest));
  }
  return noticeNumber(year, highest + 1);
}

/** The longest period a notice covers. */
export const longestPeriodMonths = 12;

/** Refusals of a notice's period against today; empty when it may be used. */
export function checkPeriod(from: string, to: string, today: string): FieldErrors {
  if (to < from) return { to: 'To cannot be before From' };
  if (to > today) return { to: `To cannot be after today (${formatDate(today)})` };
  const limit = addDays(addMonths(from, longestPeriodMonths), -1);
  if (to > limit) {
    return {
      to: `The period can be at most ${longestPeriodMonths} months: from ${formatDate(from)}, To can be ${formatDate(limit)} at the latest`,
    };
  }
  return {};
}

/** Refusals of the court a notice is addressed to: it must exist and be in use. */
export function checkCourt(court: { name: string; active: boolean } | null): FieldErrors {
  if (!court) return { courtId: 'Court was not found: choose a court from the list' };
  if (!court.active) {
    return { courtId: `${court.name} is no longer in use: choose a court in use` };
  }
  return {};
}

/** The most anyone works in a week: intensive working for the unemployed, up to 28 hours. */
export const mostMinutesInAWeek = 28 * 60;

/**
 * The minutes a week a live order needs to finish by its end date: its minutes outstanding over
 * the weeks left (the days from today to the end date, both counted, over 7), never less than
 * the policy minimum a week nor more than what is outstanding. With less than a week left, or
 * the end date passed, all of it is needed now, which is capped at the most anyone works in a
 * week. Nothing outstanding needs nothing.
 */
export function weeklyNeedMinutes(
  order: { outstandingMinutes: number; endDate: string },
  today: string,
  minimumHoursPerWeek: number,
): number {
  const outstanding = order.outstandingMinutes;
  if (outstanding <= 0) return 0;
  const weeksLeft = (daysBetween(today, order.endDate) + 1) / 7;
  const rate = weeksLeft >= 1 ? Math.ceil(outstanding / weeksLeft) : outstanding;
  return Math.min(outstanding, mostMinutesInAWeek, Math.max(minimumHoursPerWeek * 60, rate));
}

export interface OfferablePlacement {
  id: number;
  type: PlacementType;
  /** Its weekly pattern: each day and time of day is one session a week. */
  sessions: readonly Slot[];
  startTime: string;
  endTime: string;
  /** Places at each session. */
  capacity: number;
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** A placement's session length, start to finish, in minutes. */
export function sessionLength(p: { startTime: string; endTime: string }): number {
  return Math.max(0, minutesOf(p.endTime) - minutesOf(p.startTime));
}

/**
 * The minutes of unpaid work the placements can offer in a usual week: for each session of a
 * placement's weekly pattern, its places × its length. Group places need UPW supervisors: in
 * each session of the week (day and time of day) the group places of every group placement
 * running then are at most the supervisors working that session × the people per supervisor;
 * where that cuts them, the supervisors go to the longest sessions first (then the placement
 * entered first). Individual and employability placements are supervised by others and count
 * in full; induction and PPWS placements offer no work and are left to the caller to leave out.
 */
export function offerableMinutes(
  placements: readonly OfferablePlacement[],
  supervisorsBySlot: ReadonlyMap<Slot, number>,
  peoplePerSupervisor: number,
): { minutes: number; groupPlacesCut: number } {
  let minutes = 0;
  let groupPlacesCut = 0;
  const groupsBySlot = new Map<Slot, OfferablePlacement[]>();
  for (const p of placements) {
    for (const slot of new Set(p.sessions)) {
      if (p.type === 'GROUP') groupsBySlot.set(slot, [...(groupsBySlot.get(slot) ?? []), p]);
      else minutes += p.capacity * sessionLength(p);
    }
  }
  for (const [slot, groups] of groupsBySlot) {
    let cover = (supervisorsBySlot.get(slot) ?? 0) * peoplePerSupervisor;
    const longestFirst = [...groups].sort(
      (a, b) => sessionLength(b) - sessionLength(a) || a.id - b.id,
    );
    for (const p of longestFirst) {
      const places = Math.min(p.capacity, cover);
      cover -= places;
      minutes += places * sessionLength(p);
      groupPlacesCut += p.capacity - places;
    }
  }
  return { minutes, groupPlacesCut };
}
