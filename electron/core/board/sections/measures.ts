import type { BoardTable, ColumnKind } from '../../../../shared/contract/board';
import { addDays, addMonths } from '../../../../shared/dates';
import { outcomes } from '../../../../shared/placement-codes';
import { endOf, type Period, type Periods } from '../period';
import { comparison } from '../table';

/**
 * Pieces the orders, stand-downs, hours offered, timeliness, risk and employability sections
 * share: a session's length in SQL, the months of a period, and
 * the comparison table that says so plainly when neither period has anything to count.
 */

/** SQL: the scheduled length in minutes of the session aliased `s` (end time less start time). */
export const sessionMinutesSql = `((CAST(substr(s.end_time, 1, 2) AS INTEGER) * 60 + CAST(substr(s.end_time, 4, 2) AS INTEGER)) - (CAST(substr(s.start_time, 1, 2) AS INTEGER) * 60 + CAST(substr(s.start_time, 4, 2) AS INTEGER)))`;

const quoted = (codes: readonly string[]) => codes.map((c) => `'${c}'`).join(', ');

/** SQL list of the stand-down outcomes (ATSS on the day, AASD in advance), from the outcome flags. */
export const standDownOutcomesSql = quoted(outcomes.filter((o) => o.standDown).map((o) => o.code));

/**
 * SQL list of the outcomes that count as turning up to work: attended, less the stand-down on the
 * day (ATSS), when the person came but the service had no work for them.
 */
export const workedOutcomesSql = quoted(
  outcomes.filter((o) => o.attended && !o.standDown).map((o) => o.code),
);

/** The period's dates as named SQL parameters: first day, last day, and the day counted as its end. */
export function dates(p: Period, today: string) {
  return { from: p.from, to: p.to, end: endOf(p, today) };
}

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Every calendar month the period touches, first to last: key `2026-07`, label `July 2026`. */
export function monthsOf(p: Period): { key: string; label: string }[] {
  const months: { key: string; label: string }[] = [];
  for (let d = `${p.from.slice(0, 7)}-01`; d <= p.to; d = addMonths(d, 1)) {
    months.push({
      key: d.slice(0, 7),
      label: `${monthNames[Number(d.slice(5, 7)) - 1]} ${d.slice(0, 4)}`,
    });
  }
  return months;
}

/** The first Monday on or after a date. */
export function mondayOnOrAfter(date: string): string {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, (8 - day) % 7);
}

export interface Measure {
  measure: string;
  kind: ColumnKind;
  current: number | null;
  previous: number | null;
}

/**
 * The usual "measure | this period | previous period" table, or no rows (so the report shows the
 * empty message instead) when neither period has anything to count in it.
 */
export function comparisonOf(
  periods: Periods,
  spec: { id: string; title: string; definition: string; emptyMessage: string },
  anything: boolean,
  rows: readonly Measure[],
): BoardTable {
  return comparison(periods, spec, anything ? rows : []);
}
