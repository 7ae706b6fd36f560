import { addDays, addMonths, daysBetween, formatDate } from '../../../shared/dates';

export interface Period {
  from: string;
  to: string;
  label: string;
}

/** The period a report covers and the one it is compared with: the same length, just before. */
export interface Periods {
  current: Period;
  previous: Period;
  /** The day the report is made; figures "at the end" of a period still running use it. */
  today: string;
}

const quarterNames = [
  'January to March',
  'April to June',
  'July to September',
  'October to December',
];

function quarterOf(date: string): Period {
  const year = Number(date.slice(0, 4));
  const q = Math.floor((Number(date.slice(5, 7)) - 1) / 3);
  const from = `${year}-${String(q * 3 + 1).padStart(2, '0')}-01`;
  return { from, to: addDays(addMonths(from, 3), -1), label: `${quarterNames[q]} ${year}` };
}

function yearOf(date: string): Period {
  const year = date.slice(0, 4);
  return { from: `${year}-01-01`, to: `${year}-12-31`, label: `The year ${year}` };
}

const dates = (from: string, to: string): Period => ({
  from,
  to,
  label: `${formatDate(from)} to ${formatDate(to)}`,
});

/**
 * A quarter (the calendar quarter holding `from`), a calendar year, or any dates; compared with
 * the quarter or year before, or the same number of days just before.
 */
export function periodsFor(
  input: { kind: 'QUARTER' | 'YEAR' | 'DATES'; from: string; to?: string },
  today: string,
): Periods {
  if (input.kind === 'QUARTER') {
    const current = quarterOf(input.from);
    return { current, previous: quarterOf(addDays(current.from, -1)), today };
  }
  if (input.kind === 'YEAR') {
    const current = yearOf(input.from);
    return { current, previous: yearOf(addDays(current.from, -1)), today };
  }
  const to = input.to ?? input.from;
  const days = daysBetween(input.from, to);
  const previousTo = addDays(input.from, -1);
  return {
    current: dates(input.from, to),
    previous: dates(addDays(previousTo, -days), previousTo),
    today,
  };
}

/** The last day of a period that has happened: a period still running is counted to today. */
export const endOf = (p: Period, today: string) => (p.to < today ? p.to : today);
