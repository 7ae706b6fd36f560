import type { Sqlite } from '../db/open';
import type { Period } from './period';

/**
 * Whether anything happened in the period: an order sentenced or live in it, a session held in
 * it, or an enforcement decision made in it. With none, the report says so instead of charts.
 */
export function periodHasData(sqlite: Sqlite, p: Period): boolean {
  const row = sqlite
    .prepare(
      `SELECT
         EXISTS (SELECT 1 FROM orders WHERE sentence_date <= @to AND (ended_on IS NULL OR ended_on >= @from)) AS orders,
         EXISTS (SELECT 1 FROM sessions WHERE date BETWEEN @from AND @to) AS sessions,
         EXISTS (SELECT 1 FROM enforcement_decisions WHERE decided_on BETWEEN @from AND @to) AS decisions`,
    )
    .get({ from: p.from, to: p.to }) as { orders: number; sessions: number; decisions: number };
  return !!(row.orders || row.sessions || row.decisions);
}
