import type { BoardTable, ColumnKind } from './contract/board';
import { formatDate, formatMinutes } from './dates';

/** A cell's unit: its column's kind, or for a `mixed` column the row's own `kind`. */
export function kindOf(
  column: { kind: ColumnKind },
  row: Record<string, string | number | null>,
): Exclude<ColumnKind, 'mixed'> {
  if (column.kind !== 'mixed') return column.kind;
  const own = row.kind;
  return own === 'count' || own === 'minutes' || own === 'percent' || own === 'date'
    ? own
    : 'number';
}

/** A cell as the screen and the printed report show it: "—" where there is nothing to show. */
export function displayValue(kind: Exclude<ColumnKind, 'mixed'>, value: string | number | null) {
  if (value === null || value === '') return '—';
  if (typeof value === 'string') return kind === 'date' ? formatDate(value) : value;
  switch (kind) {
    case 'minutes':
      return formatMinutes(value);
    case 'percent':
      return `${value.toFixed(1)}%`;
    case 'count':
      return value.toLocaleString('en-GB');
    default:
      return value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
  }
}

/** The name of a unit, for the headings of exported tables. */
export const unitNames: Record<Exclude<ColumnKind, 'mixed'>, string> = {
  text: '',
  count: 'number',
  minutes: 'hours',
  percent: '%',
  number: 'number',
  date: 'date',
};

/**
 * A cell as a spreadsheet should hold it: hours (minutes ÷ 60, to two places) for minutes, a
 * number for counts and percentages, an ISO date string for dates, text as text, null as empty.
 */
export function exportValue(
  kind: Exclude<ColumnKind, 'mixed'>,
  value: string | number | null,
): string | number | null {
  if (value === null || value === '') return null;
  if (typeof value === 'number' && kind === 'minutes') return Math.round((value / 60) * 100) / 100;
  return value;
}

/**
 * The columns an export writes: a table with a `mixed` column gains a Unit column after the
 * first, so each row says what its figures count.
 */
export function exportColumns(table: BoardTable) {
  const mixed = table.columns.some((c) => c.kind === 'mixed');
  const heading = (c: BoardTable['columns'][number]) =>
    c.kind === 'mixed' || c.kind === 'text' || c.kind === 'count' || c.kind === 'date'
      ? c.label
      : `${c.label} (${unitNames[c.kind]})`;
  const columns = table.columns.map((c) => ({
    label: heading(c),
    value: (row: Record<string, string | number | null>) =>
      exportValue(kindOf(c, row), row[c.key] ?? null),
    kind: (row: Record<string, string | number | null>) => kindOf(c, row),
  }));
  if (!mixed) return columns;
  const unit = {
    label: 'Unit',
    value: (row: Record<string, string | number | null>) =>
      unitNames[kindOf({ kind: 'mixed' }, row)],
    kind: () => 'text' as const,
  };
  return [columns[0]!, unit, ...columns.slice(1)];
}
