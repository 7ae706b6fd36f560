import type { BoardSection, BoardTable } from '../../../../shared/contract/board';
import { addDays, daysBetween, formatDate, formatMinutes } from '../../../../shared/dates';
import type { Sqlite } from '../../db/open';
import type { Period, Periods } from '../period';
import { percent } from '../table';
import { counted, policyAt, shareText } from '../breakdowns';
import { comparisonOf, dates, mondayOnOrAfter, sessionMinutesSql } from './measures';

/**
 * Hours offered a week, as the order page means it (electron/core/orders/rules.ts `progressOf`
 * over sessions/store.ts `bookedMinutes`): the scheduled minutes of the sessions a person is
 * booked on, leaving out bookings stood down in advance or rescheduled (AASD, RSSR, RSOF). For a
 * period the Board sees it week by week, over the complete Monday-to-Sunday weeks inside it.
 */

/** Outcomes that take a booked session off what is offered: as `notOffered` in sessions/store.ts. */
const notOfferedSql = `'AASD', 'RSSR', 'RSOF'`;

/** The complete Monday-to-Sunday weeks of a period, up to its end (today, for a period still running). */
export function weeksOf(p: Period, today: string): { firstMonday: string; weeks: number } {
  const firstMonday = mondayOnOrAfter(p.from);
  const end = dates(p, today).end;
  const lastSunday = addDays(end, -new Date(`${end}T00:00:00Z`).getUTCDay());
  return {
    firstMonday,
    weeks: Math.max(0, Math.floor((daysBetween(firstMonday, lastSunday) + 1) / 7)),
  };
}

interface Offered {
  weeks: number;
  firstMonday: string;
  minimumMinutes: number;
  orders: number;
  orderWeeks: number;
  minutes: number;
  offeredNone: number;
  underHalf: number;
  underMinimum: number;
  meeting: number;
}

function offeredIn(sqlite: Sqlite, p: Period, today: string): Offered {
  const { firstMonday, weeks } = weeksOf(p, today);
  const minimumMinutes = policyAt(sqlite, dates(p, today).end).minimumHoursPerWeek * 60;
  const none = {
    orders: 0,
    orderWeeks: 0,
    minutes: 0,
    offeredNone: 0,
    underHalf: 0,
    underMinimum: 0,
    meeting: 0,
  };
  if (weeks === 0) return { weeks, firstMonday, minimumMinutes, ...none };
  // Order-weeks: an order counts in a week when it was sentenced on or before the Monday and had
  // not ended before the Sunday, so its weeks run without a gap from `first` to `last` (weeks
  // numbered from 0, the first Monday). Booked: the scheduled minutes of the sessions it was
  // booked on in those weeks, less those stood down in advance or rescheduled. Each order's
  // average is its minutes over its weeks; it meets the minimum when that average is at least
  // the minimum (compared in whole minutes: minutes >= minimum × weeks).
  const row = sqlite
    .prepare(
      `WITH spans AS (
         SELECT o.id,
           CAST(julianday(o.sentence_date) - julianday(@firstMonday) AS INTEGER) AS fromDay,
           CAST(julianday(o.ended_on) - julianday(@firstMonday) AS INTEGER) AS toDay
         FROM orders o
         WHERE o.sentence_date <= date(@firstMonday, '+' || ((@weeks - 1) * 7) || ' days')
           AND (o.ended_on IS NULL OR o.ended_on >= date(@firstMonday, '+6 days'))
       ),
       ranges AS (
         SELECT id,
           CASE WHEN fromDay <= 0 THEN 0 ELSE (fromDay + 6) / 7 END AS first,
           CASE WHEN toDay IS NULL THEN @weeks - 1 ELSE MIN(@weeks - 1, (toDay - 6) / 7) END AS last
         FROM spans
       ),
       bounds AS MATERIALIZED (
         SELECT id, last - first + 1 AS weeks,
           date(@firstMonday, '+' || (first * 7) || ' days') AS fromDate,
           date(@firstMonday, '+' || (last * 7 + 6) || ' days') AS toDate
         FROM ranges WHERE last >= first
       ),
       per_order AS MATERIALIZED (
         SELECT k.weeks,
           COALESCE((SELECT SUM(${sessionMinutesSql}) FROM bookings b
             JOIN sessions s ON s.id = b.session_id
             WHERE b.order_id = k.id AND s.date BETWEEN k.fromDate AND k.toDate
               AND (b.outcome IS NULL OR b.outcome NOT IN (${notOfferedSql}))), 0) AS minutes
         FROM bounds k
       )
       SELECT COUNT(*) AS orders, COALESCE(SUM(weeks), 0) AS orderWeeks,
         COALESCE(SUM(minutes), 0) AS minutes,
         COALESCE(SUM(minutes = 0), 0) AS offeredNone,
         COALESCE(SUM(minutes > 0 AND minutes * 2 < @minimum * weeks), 0) AS underHalf,
         COALESCE(SUM(minutes * 2 >= @minimum * weeks AND minutes < @minimum * weeks), 0) AS underMinimum,
         COALESCE(SUM(minutes >= @minimum * weeks), 0) AS meeting
       FROM per_order`,
    )
    .get({ firstMonday, weeks, minimum: minimumMinutes }) as typeof none;
  return { weeks, firstMonday, minimumMinutes, ...row };
}

const averageOf = (o: Offered) => (o.orderWeeks > 0 ? Math.round(o.minutes / o.orderWeeks) : null);

const weeksWords =
  'Weeks: the complete Monday-to-Sunday weeks inside the period, up to its last day (or today, for a period still running). An order counts in a week when it was sentenced on or before the Monday and had not ended before the Sunday. Offered: the scheduled length, start to finish, of every session the order was booked on that week, leaving out bookings stood down in advance (AASD) or rescheduled (RSSR, RSOF), whatever the outcome otherwise (a session not yet recorded, missed or stood down on the day still counts as offered), as on the order page. Each order’s average is its minutes offered in its weeks divided by the number of its weeks; the minimum is the policy’s hours a week in force on the last day of the period (today, for a period still running).';

function spreadTable(periods: Periods, now: Offered, before: Offered): BoardTable {
  const bands = [
    { band: 'Nothing offered', of: (o: Offered) => o.offeredNone },
    { band: 'Under half the minimum', of: (o: Offered) => o.underHalf },
    { band: 'Half the minimum or more, but under it', of: (o: Offered) => o.underMinimum },
    { band: 'At or above the minimum', of: (o: Offered) => o.meeting },
  ];
  return {
    id: 'hours-offered-spread',
    title: 'Orders by average hours offered a week',
    columns: [
      { key: 'band', label: 'Average offered a week', kind: 'text' },
      { key: 'current', label: 'Orders, this period', kind: 'count' },
      { key: 'currentShare', label: 'Share, this period', kind: 'percent' },
      { key: 'previous', label: 'Orders, previous period', kind: 'count' },
      { key: 'previousShare', label: 'Share, previous period', kind: 'percent' },
    ],
    rows:
      now.orders + before.orders > 0
        ? bands.map((b) => ({
            band: b.band,
            current: b.of(now),
            currentShare: percent(b.of(now), now.orders),
            previous: b.of(before),
            previousShare: percent(b.of(before), before.orders),
          }))
        : [],
    definition: `${weeksWords} Orders counted in at least one week, by their average: nothing booked at all; more than nothing but under half the minimum; at least half the minimum but under it; at or above it. Shares are of the orders counted in the period.`,
    emptyMessage: 'No order was live for a whole week in this period or the previous one.',
  };
}

export function hoursOfferedSection(sqlite: Sqlite, periods: Periods): BoardSection {
  const now = offeredIn(sqlite, periods.current, periods.today);
  const before = offeredIn(sqlite, periods.previous, periods.today);
  const both = (of: (o: Offered) => number | null) => ({ current: of(now), previous: of(before) });
  const share = (o: Offered) => percent(o.meeting, o.orders);
  const totals = comparisonOf(
    periods,
    {
      id: 'hours-offered',
      title: 'Hours offered a week against the minimum',
      definition: `${weeksWords} Orders counted: orders counted in at least one week. Order-weeks: those weeks added up over the orders. Average offered a week: all the minutes offered in the order-weeks divided by the number of order-weeks, to the minute. Meeting the minimum: orders whose own average is at least the minimum.`,
      emptyMessage: 'No order was live for a whole week in this period or the previous one.',
    },
    now.orders + before.orders > 0,
    [
      { measure: 'Complete weeks in the period', kind: 'count', ...both((o) => o.weeks) },
      { measure: 'Orders counted', kind: 'count', ...both((o) => o.orders) },
      { measure: 'Order-weeks counted', kind: 'count', ...both((o) => o.orderWeeks) },
      { measure: 'Average offered a week', kind: 'minutes', ...both(averageOf) },
      { measure: 'Minimum a week (policy)', kind: 'minutes', ...both((o) => o.minimumMinutes) },
      { measure: 'Orders meeting the minimum', kind: 'count', ...both((o) => o.meeting) },
      { measure: 'Share of orders meeting the minimum', kind: 'percent', ...both(share) },
    ],
  );
  const average = averageOf(now);
  const summary =
    now.orders > 0
      ? `${shareText(share(now))} of the ${counted(now.orders, 'order')} live in the period's ${counted(now.weeks, 'complete week')} (from ${formatDate(now.firstMonday)}) were offered at least ${formatMinutes(now.minimumMinutes)} a week on average (${shareText(share(before))} in the previous period); on average ${formatMinutes(average ?? 0)} a week was offered.`
      : now.weeks === 0
        ? 'The period holds no complete Monday-to-Sunday week, so hours offered a week are not measured.'
        : 'No order was live for a whole week in this period.';
  return {
    id: 'hoursOffered',
    title: 'Hours offered a week',
    summary,
    tables: [totals, spreadTable(periods, now, before)],
  };
}
