import type { BoardTable, ColumnKind } from '../../../shared/contract/board';
import type { Periods } from './period';

/** Helpers every section uses to build its tables the same way. */

/** A share as a percentage to one decimal place; null (shown as "—") when there is nothing to divide by. */
export function percent(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;
}

/** The usual comparison table: one row per measure, this period against the previous one. */
export function comparison(
  periods: Periods,
  spec: { id: string; title: string; definition: string; emptyMessage: string },
  rows: readonly {
    measure: string;
    kind: ColumnKind;
    current: number | null;
    previous: number | null;
  }[],
): BoardTable {
  return {
    ...spec,
    columns: [
      { key: 'measure', label: 'Measure', kind: 'text' },
      { key: 'current', label: periods.current.label, kind: 'mixed' },
      { key: 'previous', label: periods.previous.label, kind: 'mixed' },
    ],
    rows: rows.map((r) => ({
      measure: r.measure,
      kind: r.kind,
      current: r.current,
      previous: r.previous,
    })),
  };
}
