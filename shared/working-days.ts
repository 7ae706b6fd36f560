import { addDays } from './dates';

/**
 * Working days of England and Wales: Monday to Friday, less the bank holidays. The regular
 * holidays are computed (with substitute days); the one-off changes are listed.
 */
const oneOffs: Record<number, { add?: string[]; remove?: string[] }> = {
  2020: { add: ['2020-05-08'], remove: ['2020-05-04'] },
  2022: { add: ['2022-06-02', '2022-06-03', '2022-09-19'], remove: ['2022-05-30'] },
  2023: { add: ['2023-05-08'] },
};

function weekday(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

function iso(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/** Easter Sunday (the anonymous Gregorian algorithm). */
function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}

function firstMonday(year: number, month: number): string {
  const first = iso(year, month, 1);
  return addDays(first, (8 - weekday(first)) % 7);
}

function lastMonday(year: number, month: number): string {
  const last = iso(year, month + 1, 0);
  return addDays(last, -((weekday(last) + 6) % 7));
}

/** A holiday on a weekend moves to the next weekday not already taken. */
function substitute(date: string, taken: Set<string>): string {
  let d = date;
  while (weekday(d) === 0 || weekday(d) === 6 || taken.has(d)) d = addDays(d, 1);
  return d;
}

const cache = new Map<number, Set<string>>();

export function bankHolidays(year: number): Set<string> {
  const known = cache.get(year);
  if (known) return known;
  const easter = easterSunday(year);
  const days = new Set<string>();
  days.add(substitute(iso(year, 1, 1), days));
  days.add(addDays(easter, -2));
  days.add(addDays(easter, 1));
  days.add(firstMonday(year, 5));
  days.add(lastMonday(year, 5));
  days.add(lastMonday(year, 8));
  days.add(substitute(iso(year, 12, 25), days));
  days.add(substitute(iso(year, 12, 26), days));
  for (const d of oneOffs[year]?.remove ?? []) days.delete(d);
  for (const d of oneOffs[year]?.add ?? []) days.add(d);
  cache.set(year, days);
  return days;
}

export function isWorkingDay(date: string): boolean {
  const day = weekday(date);
  return day !== 0 && day !== 6 && !bankHolidays(Number(date.slice(0, 4))).has(date);
}

/** The date `n` working days after `date` (n ≥ 0; day 0 is the date itself). */
export function addWorkingDays(date: string, n: number): string {
  let d = date;
  for (let left = n; left > 0;) {
    d = addDays(d, 1);
    if (isWorkingDay(d)) left -= 1;
  }
  return d;
}

/** Working days after `from` up to and including `to`; negative when `to` is earlier. */
export function workingDaysBetween(from: string, to: string): number {
  // `|| 0`: no working days backwards is 0, not −0.
  if (to < from) return -workingDaysBetween(to, from) || 0;
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d)) count += 1;
  return count;
}
