/**
 * Dates cross every boundary as ISO text (`2026-11-26`). Arithmetic is done in UTC so that a
 * clock change in March or October never shifts a day.
 */
const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const dayMs = 86_400_000;

export function isIsoDate(value: string): boolean {
  const m = isoPattern.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function toUtc(iso: string): Date {
  if (!isIsoDate(iso)) throw new RangeError(`Not a date: ${iso}`);
  return new Date(`${iso}T00:00:00Z`);
}

function fromUtc(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromUtc(new Date(toUtc(iso).getTime() + days * dayMs));
}

/** Calendar months forward; a day that does not exist in the target month becomes its last day (29/02 → 28/02). */
export function addMonths(iso: string, months: number): string {
  const d = toUtc(iso);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return fromUtc(new Date(Date.UTC(y, m, Math.min(d.getUTCDate(), lastDay))));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / dayMs);
}

/** Age in completed years on a date; a person born on 29 February has a birthday on 1 March in other years. */
export function ageOn(dateOfBirth: string, on: string): number {
  const b = toUtc(dateOfBirth);
  const d = toUtc(on);
  let age = d.getUTCFullYear() - b.getUTCFullYear();
  const beforeBirthday =
    d.getUTCMonth() < b.getUTCMonth() ||
    (d.getUTCMonth() === b.getUTCMonth() && d.getUTCDate() < b.getUTCDate());
  if (beforeBirthday) age -= 1;
  return age;
}

/** en-GB: 26/11/2026. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = isoPattern.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** Reads 26/11/2026 (or 26-11-2026, 26.11.2026) as ISO; null when it is not a real date. */
export function parseUkDate(text: string): string | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** Hours as a UPW office writes them: `12 h 30 m`, `40 h`, `45 m`. Stored values are minutes. */
export function formatMinutes(minutes: number): string {
  const sign = minutes < 0 ? '−' : '';
  const abs = Math.abs(Math.round(minutes));
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  if (h === 0) return `${sign}${m} m`;
  const hours = h.toLocaleString('en-GB');
  return m === 0 ? `${sign}${hours} h` : `${sign}${hours} h ${m} m`;
}

/** `12 weeks 3 days`-style wording for the time left on an order. */
export function describeDays(days: number): string {
  if (days < 0) return `${-days} ${-days === 1 ? 'day' : 'days'} overdue`;
  const weeks = Math.floor(days / 7);
  const rest = days % 7;
  if (weeks === 0) return `${days} ${days === 1 ? 'day' : 'days'}`;
  const w = `${weeks} ${weeks === 1 ? 'week' : 'weeks'}`;
  return rest === 0 ? w : `${w} ${rest} ${rest === 1 ? 'day' : 'days'}`;
}
