import type { BoardSection } from '../../../../shared/contract/board';
import { formatMinutes } from '../../../../shared/dates';
import type { Sqlite } from '../../db/open';
import type { Period, Periods } from '../period';
import { percent } from '../table';
import { counted, policyAt, shareText } from '../breakdowns';
import { comparisonOf, dates } from './measures';

/**
 * Employability: the hours worked at employability, training and education placements against
 * the share of the orders' hours the policy lets them count for (the bulletin's "patchy use of
 * the 20% of hours available for employability linked activity").
 */

interface Employability {
  live: number;
  orderedMinutes: number;
  sharePercent: number;
  availableMinutes: number;
  creditedMinutes: number;
  used: number;
}

function employabilityIn(sqlite: Sqlite, p: Period, today: string): Employability {
  // Live in the period: sentenced on or before its last day and not ended before its first.
  // Credited: credit on bookings at sessions dated in the period at employability placements.
  // Used: the different orders credited more than nothing there.
  const row = sqlite
    .prepare(
      `SELECT
         (SELECT COUNT(*) FROM orders
           WHERE sentence_date <= @to AND (ended_on IS NULL OR ended_on >= @from)) AS live,
         (SELECT COALESCE(SUM(hours_ordered_minutes), 0) FROM orders
           WHERE sentence_date <= @to AND (ended_on IS NULL OR ended_on >= @from)) AS orderedMinutes,
         (SELECT COALESCE(SUM(b.credited_minutes), 0) FROM bookings b
           JOIN sessions s ON s.id = b.session_id JOIN placements p ON p.id = s.placement_id
           WHERE p.type = 'EMPLOYABILITY' AND s.date BETWEEN @from AND @to) AS creditedMinutes,
         (SELECT COUNT(DISTINCT b.order_id) FROM bookings b
           JOIN sessions s ON s.id = b.session_id JOIN placements p ON p.id = s.placement_id
           WHERE p.type = 'EMPLOYABILITY' AND s.date BETWEEN @from AND @to
             AND b.credited_minutes > 0) AS used`,
    )
    .get({ from: p.from, to: p.to }) as Omit<Employability, 'sharePercent' | 'availableMinutes'>;
  const sharePercent = policyAt(sqlite, dates(p, today).end).employabilitySharePercent;
  return {
    ...row,
    sharePercent,
    availableMinutes: Math.round((row.orderedMinutes * sharePercent) / 100),
  };
}

export function employabilitySection(sqlite: Sqlite, periods: Periods): BoardSection {
  const now = employabilityIn(sqlite, periods.current, periods.today);
  const before = employabilityIn(sqlite, periods.previous, periods.today);
  const both = (of: (e: Employability) => number | null) => ({
    current: of(now),
    previous: of(before),
  });
  const usedShare = (e: Employability) => percent(e.creditedMinutes, e.availableMinutes);
  const table = comparisonOf(
    periods,
    {
      id: 'employability',
      title: 'Employability hours used against the share available',
      definition:
        'Orders live in the period: sentenced on or before its last day and not ended before its first. Hours available: the employability share of the policy in force on the last day of the period (today, for a period still running), applied to the hours ordered on those orders (to the minute). Hours credited: the credit recorded on bookings at sessions dated in the period at employability, training and education placements. Share used: hours credited as a share of hours available. Orders that used any: the different orders credited more than nothing at such a session in the period, also as a share of the orders live in the period.',
      emptyMessage: 'No orders were live in this period or the previous one.',
    },
    now.live + before.live > 0,
    [
      { measure: 'Orders live in the period', kind: 'count', ...both((e) => e.live) },
      { measure: 'Hours ordered on them', kind: 'minutes', ...both((e) => e.orderedMinutes) },
      { measure: 'Employability share (policy)', kind: 'percent', ...both((e) => e.sharePercent) },
      {
        measure: 'Hours available for employability',
        kind: 'minutes',
        ...both((e) => e.availableMinutes),
      },
      {
        measure: 'Hours credited at employability placements',
        kind: 'minutes',
        ...both((e) => e.creditedMinutes),
      },
      { measure: 'Share of the available hours used', kind: 'percent', ...both(usedShare) },
      { measure: 'Orders that used any', kind: 'count', ...both((e) => e.used) },
      {
        measure: 'Share of live orders that used any',
        kind: 'percent',
        ...both((e) => percent(e.used, e.live)),
      },
    ],
  );
  const summary =
    now.live > 0
      ? `${formatMinutes(now.creditedMinutes)} credited at employability placements against ${formatMinutes(now.availableMinutes)} available (${now.sharePercent}% of the hours ordered on ${counted(now.live, 'live order')}): ${shareText(usedShare(now))} used, by ${counted(now.used, 'order')} (${shareText(usedShare(before))} in the previous period).`
      : 'No orders were live in this period.';
  return { id: 'employability', title: 'Employability', summary, tables: [table] };
}
