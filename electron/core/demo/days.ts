import { bankHolidays } from '../../../shared/working-days';

/**
 * Date arithmetic for the generator's hot loops: the same answers as shared/dates and
 * shared/working-days, from a cache of day numbers, since a region's year asks a million times.
 */
const dayOfIso = new Map<string, number>();
const isoOfDay = new Map<number, string>();
const dayMs = 86_400_000;

export function dayOf(iso: string): number {
  let day = dayOfIso.get(iso);
  if (day === undefined) {
    day =
      Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) /
      dayMs;
    dayOfIso.set(iso, day);
    isoOfDay.set(day, iso);
  }
  return day;
}

export function isoOf(day: number): string {
  let iso = isoOfDay.get(day);
  if (iso === undefined) {
    iso = new Date(day * dayMs).toISOString().slice(0, 10);
    isoOfDay.set(day, iso);
    dayOfIso.set(iso, day);
  }
  return iso;
}

export function plusDays(iso: string, days: number): string {
  return isoOf(dayOf(iso) + days);
}

/** 0 for Sunday to 6 for Saturday (1 January 1970, day 0, was a Thursday). */
export function weekdayOf(iso: string): number {
  return (dayOf(iso) + 4) % 7;
}

function workingDay(iso: string): boolean {
  const weekday = weekdayOf(iso);
  return weekday !== 0 && weekday !== 6 && !bankHolidays(Number(iso.slice(0, 4))).has(iso);
}

/** `n` working days after the date (day 0 is the date itself), as addWorkingDays. */
export function plusWorkingDays(iso: string, n: number): string {
  let day = dayOf(iso);
  for (let left = n; left > 0;) {
    day += 1;
    if (workingDay(isoOf(day))) left -= 1;
  }
  return isoOf(day);
}

/** Calendar months forward, a missing day becoming the month's last (as addMonths). */
export function plusMonths(iso: string, months: number): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7)) - 1 + months;
  const d = Number(iso.slice(8, 10));
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return isoOf(Date.UTC(y, m, Math.min(d, lastDay)) / dayMs);
}
