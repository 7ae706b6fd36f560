import { labelOf, requirementTypes } from '../../../../shared/codes';
import type { BoardSection, BoardTable } from '../../../../shared/contract/board';
import { formatMinutes } from '../../../../shared/dates';
import { endingKinds } from '../../../../shared/session-codes';
import type { Sqlite } from '../../db/open';
import type { Period, Periods } from '../period';
import { percent } from '../table';
import { counted, policyAt, shareText } from '../breakdowns';
import { comparisonOf, dates } from './measures';

/**
 * Orders: how many came, how many are live, how they ended, whether completions came in time,
 * and the hours ordered, credited and still to do. "Live at the end" means sentenced on or before
 * the period's last day (today, for a period still running) and not ended on or before it.
 */

interface OrderFigures {
  newOrders: number;
  orderedMinutes: number;
  live: number;
  creditedMinutes: number;
  outstandingMinutes: number;
  endings: Map<string, { orders: number; inTime: number }>;
  targetPercent: number;
}

function figuresOf(sqlite: Sqlite, p: Period, today: string): OrderFigures {
  const params = dates(p, today);
  // New and hours ordered: sentenced from the first to the last day. Live: sentenced by the end
  // and not ended by it. Credited: bookings on sessions dated in the period, plus ledger
  // adjustments dated in it. Outstanding: for each order live at the end, hours ordered less
  // everything credited on sessions and adjustments dated up to the end (never below nothing).
  const row = sqlite
    .prepare(
      `SELECT
         (SELECT COUNT(*) FROM orders WHERE sentence_date BETWEEN @from AND @to) AS newOrders,
         (SELECT COALESCE(SUM(hours_ordered_minutes), 0) FROM orders
           WHERE sentence_date BETWEEN @from AND @to) AS orderedMinutes,
         (SELECT COUNT(*) FROM orders
           WHERE sentence_date <= @end AND (ended_on IS NULL OR ended_on > @end)) AS live,
         (SELECT COALESCE(SUM(b.credited_minutes), 0) FROM bookings b
           JOIN sessions s ON s.id = b.session_id WHERE s.date BETWEEN @from AND @to)
         + (SELECT COALESCE(SUM(minutes), 0) FROM ledger_adjustments
           WHERE date BETWEEN @from AND @to) AS creditedMinutes,
         (SELECT COALESCE(SUM(MAX(o.hours_ordered_minutes
             - COALESCE((SELECT SUM(b.credited_minutes) FROM bookings b
                 JOIN sessions s ON s.id = b.session_id
                 WHERE b.order_id = o.id AND s.date <= @end), 0)
             - COALESCE((SELECT SUM(a.minutes) FROM ledger_adjustments a
                 WHERE a.order_id = o.id AND a.date <= @end), 0), 0)), 0)
           FROM orders o
           WHERE o.sentence_date <= @end AND (o.ended_on IS NULL OR o.ended_on > @end)) AS outstandingMinutes`,
    )
    .get(params) as Omit<OrderFigures, 'endings' | 'targetPercent'>;
  // Endings: orders whose status is an ending and whose ending date is in the period; "in time"
  // when the ending date is on or before the order's end date (12 months or as extended).
  const endings = sqlite
    .prepare(
      `SELECT status, COUNT(*) AS orders, COALESCE(SUM(ended_on <= end_date), 0) AS inTime
       FROM orders WHERE status <> 'LIVE' AND ended_on BETWEEN @from AND @to GROUP BY status`,
    )
    .all(params) as { status: string; orders: number; inTime: number }[];
  return {
    ...row,
    endings: new Map(endings.map((e) => [e.status, e])),
    targetPercent: policyAt(sqlite, params.end).completionTargetPercent,
  };
}

const otherEndings = endingKinds.filter((k) => k.code !== 'COMPLETED');

/**
 * New orders (sentenced in the period) and their hours ordered, counted by the SQL `keyOf`; rows
 * in the order `rank` gives, for groups with a new order in either period.
 */
function breakdown(
  sqlite: Sqlite,
  periods: Periods,
  spec: { id: string; title: string; label: string; what: string },
  sql: { keyOf: string; join: string },
  group: (key: string) => { label: string; rank: number | string },
): BoardTable {
  const { current, previous } = periods;
  const rows = sqlite
    .prepare(
      `SELECT ${sql.keyOf} AS key,
         COALESCE(SUM(o.sentence_date BETWEEN @from AND @to), 0) AS current,
         COALESCE(SUM(o.sentence_date BETWEEN @pfrom AND @pto), 0) AS previous,
         COALESCE(SUM(CASE WHEN o.sentence_date BETWEEN @from AND @to THEN o.hours_ordered_minutes END), 0) AS currentMinutes,
         COALESCE(SUM(CASE WHEN o.sentence_date BETWEEN @pfrom AND @pto THEN o.hours_ordered_minutes END), 0) AS previousMinutes
       FROM orders o ${sql.join}
       WHERE o.sentence_date BETWEEN @from AND @to OR o.sentence_date BETWEEN @pfrom AND @pto
       GROUP BY ${sql.keyOf}`,
    )
    .all({ from: current.from, to: current.to, pfrom: previous.from, pto: previous.to }) as {
    key: string;
    current: number;
    previous: number;
    currentMinutes: number;
    previousMinutes: number;
  }[];
  const ranked = rows
    .map((r) => ({ ...r, ...group(r.key) }))
    .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0));
  return {
    id: spec.id,
    title: spec.title,
    columns: [
      { key: 'group', label: spec.label, kind: 'text' },
      { key: 'current', label: 'New orders, this period', kind: 'count' },
      { key: 'previous', label: 'New orders, previous period', kind: 'count' },
      { key: 'currentMinutes', label: 'Hours ordered, this period', kind: 'minutes' },
      { key: 'previousMinutes', label: 'Hours ordered, previous period', kind: 'minutes' },
    ],
    rows: ranked.map((r) => ({
      group: r.label,
      current: r.current,
      previous: r.previous,
      currentMinutes: r.currentMinutes,
      previousMinutes: r.previousMinutes,
    })),
    definition: `Orders whose sentence date falls in the period, and in the previous period, counted by ${spec.what}, with the hours those orders ordered. Only those with a new order in either period are listed.`,
    emptyMessage: 'No orders were sentenced in this period or the previous one.',
  };
}

export function ordersSection(sqlite: Sqlite, periods: Periods): BoardSection {
  const now = figuresOf(sqlite, periods.current, periods.today);
  const before = figuresOf(sqlite, periods.previous, periods.today);
  const completed = (f: OrderFigures) => f.endings.get('COMPLETED')?.orders ?? 0;
  const inTime = (f: OrderFigures) => f.endings.get('COMPLETED')?.inTime ?? 0;
  const ended = (f: OrderFigures) => [...f.endings.values()].reduce((n, e) => n + e.orders, 0);
  const anything = [now, before].some(
    (f) => f.newOrders + f.live + ended(f) + f.creditedMinutes > 0,
  );
  const both = (of: (f: OrderFigures) => number | null) => ({
    current: of(now),
    previous: of(before),
  });

  const ordersTable = comparisonOf(
    periods,
    {
      id: 'orders',
      title: 'Orders and hours',
      definition:
        'New orders: orders whose sentence date falls in the period. Live at the end: orders sentenced on or before the last day of the period (or today, for a period still running) and not ended on or before that day. Completed: orders ended as completed with an ending date in the period; completed within their completion period when the ending date is on or before the order’s end date (12 months from sentence, or as a court extended it). Share within the completion period: those completed within it as a share of all completed in the period, against the target in the policy in force on the last day of the period (today, for a period still running). Hours ordered: the hours of the new orders. Hours credited: the credit recorded on bookings at sessions dated in the period, plus ledger adjustments dated in it, on any order. Hours outstanding at the end: for each order live at the end, its hours less everything credited to it on sessions and adjustments dated up to that day (none for an order credited with all its hours or more), added up.',
      emptyMessage: 'No orders were sentenced, live or ended in this period or the previous one.',
    },
    anything,
    [
      { measure: 'New orders', kind: 'count', ...both((f) => f.newOrders) },
      { measure: 'Live at the end of the period', kind: 'count', ...both((f) => f.live) },
      { measure: 'Completed', kind: 'count', ...both(completed) },
      { measure: 'Completed within their completion period', kind: 'count', ...both(inTime) },
      {
        measure: 'Share completed within their completion period',
        kind: 'percent',
        ...both((f) => percent(inTime(f), completed(f))),
      },
      {
        measure: 'Target share completed within their completion period',
        kind: 'percent',
        ...both((f) => f.targetPercent),
      },
      { measure: 'Hours ordered on new orders', kind: 'minutes', ...both((f) => f.orderedMinutes) },
      { measure: 'Hours credited', kind: 'minutes', ...both((f) => f.creditedMinutes) },
      {
        measure: 'Hours outstanding at the end of the period',
        kind: 'minutes',
        ...both((f) => f.outstandingMinutes),
      },
    ],
  );

  const endingsTable = comparisonOf(
    periods,
    {
      id: 'orders-ended',
      title: 'Orders ended other than by completion',
      definition:
        'Orders whose status is revoked, breached and re-sentenced, transferred out or expired, with the ending date in the period, counted by how they ended.',
      emptyMessage:
        'No order was revoked, breached, transferred or expired in this period or the previous one.',
    },
    [now, before].some((f) => ended(f) - completed(f) > 0),
    otherEndings.map((k) => ({
      measure: k.label,
      kind: 'count' as const,
      ...both((f) => f.endings.get(k.code)?.orders ?? 0),
    })),
  );

  const byRequirement = breakdown(
    sqlite,
    periods,
    {
      id: 'orders-by-requirement',
      title: 'New orders by requirement',
      label: 'Requirement',
      what: 'the sentence carrying the requirement',
    },
    { keyOf: 'o.requirement_type', join: '' },
    (key) => ({
      label: labelOf(requirementTypes, key),
      rank: requirementTypes.findIndex((t) => t.code === key),
    }),
  );
  const byCourt = breakdown(
    sqlite,
    periods,
    {
      id: 'orders-by-court',
      title: 'New orders by court',
      label: 'Court',
      what: 'the court that made them',
    },
    { keyOf: 'c.name', join: 'JOIN courts c ON c.id = o.court_id' },
    (key) => ({ label: key, rank: key }),
  );

  const share = percent(inTime(now), completed(now));
  const summary = anything
    ? `${counted(now.newOrders, 'new order')} in the period (${before.newOrders} in the previous one) and ${now.live} live at its end, with ${formatMinutes(now.outstandingMinutes)} outstanding. ${counted(completed(now), 'order')} completed, ${shareText(share)} within their completion period against a target of ${now.targetPercent}%.`
    : 'No orders were sentenced, live or ended in this period or the previous one.';

  return {
    id: 'orders',
    title: 'Orders',
    summary,
    tables: [ordersTable, endingsTable, byRequirement, byCourt],
  };
}
