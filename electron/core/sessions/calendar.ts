import { addDays } from '../../../shared/dates';
import { slotAt, type Slot } from '../../../shared/placement-codes';
import { bankHolidays } from '../../../shared/working-days';

/**
 * The dates from `from` to `to` (inclusive) on which a placement with this pattern runs a
 * session starting at `startTime`: every day whose slot is in the pattern, except the bank
 * holidays of England and Wales (weekend placements run at weekends; nobody works a bank holiday).
 */
export function sessionDates(
  pattern: readonly Slot[],
  startTime: string,
  from: string,
  to: string,
): { date: string; slot: Slot }[] {
  const wanted = new Set(pattern);
  const holidays = new Map<number, Set<string>>();
  const dates: { date: string; slot: Slot }[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    const year = Number(date.slice(0, 4));
    if (!holidays.has(year)) holidays.set(year, bankHolidays(year));
    if (holidays.get(year)!.has(date)) continue;
    const slot = slotAt(date, startTime);
    if (wanted.has(slot)) dates.push({ date, slot });
  }
  return dates;
}
