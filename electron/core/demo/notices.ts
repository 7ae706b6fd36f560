import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { CourtKind } from '../../../shared/codes';
import type { NoticeFigures } from '../../../shared/contract/notices';
import { daysBetween } from '../../../shared/dates';
import { endDateFor } from '../../../shared/rules/orders';
import type { Sqlite } from '../db/open';
import * as schema from '../db/schema';
import { figuresFor } from '../notices/figures';
import { nextNoticeNumber } from '../notices/rules';
import { plusDays, plusMonths, weekdayOf } from './days';
import type { Random } from './random';
import { noticeActions } from './report-texts';
import type { DemoStatements } from './store';

/**
 * The court shortfall notices the office issued since Amends went live: one a quarter, the
 * latest round to two courts, each to a different court, signed off by the UPW manager. Their
 * figures are the notices domain's own (`figuresFor`), worked out on the day of issue from the
 * data as they stood that day, and frozen as the notices domain stores them.
 */

/** Months before today of each notice's issue; the last round went to two courts. */
const rounds = [10, 7, 4, 1, 1];

/** A notice covers the three whole months before it; shorter than four weeks (just after go-live) and it is not sent. */
const shortestPeriodDays = 27;

/**
 * Runs `read` on the data as they stood at the end of `day`: orders not yet sentenced are not
 * live, orders ended since are, credit is what was earned by then, end dates are before any
 * later extension. Done in a savepoint that is always rolled back, so nothing is changed.
 */
function asOf<T>(sqlite: Sqlite, day: string, read: () => T): T {
  const undo = new Error('rolled back');
  let result: { value: T } | null = null;
  try {
    sqlite.transaction(() => {
      // Not yet sentenced: out of sight; ended since: live again.
      sqlite
        .prepare(
          `UPDATE orders SET status = CASE WHEN sentence_date > @day THEN 'TRANSFERRED' ELSE 'LIVE' END
           WHERE sentence_date > @day OR ended_on > @day`,
        )
        .run({ day });
      // Less the credit of sessions after the day and of adjustments dated after it.
      sqlite
        .prepare(
          `UPDATE orders SET credited_minutes = orders.credited_minutes - later.minutes
           FROM (SELECT order_id, SUM(minutes) AS minutes FROM (
                   SELECT b.order_id, b.credited_minutes AS minutes
                   FROM sessions s JOIN bookings b ON b.session_id = s.id WHERE s.date > @day
                   UNION ALL
                   SELECT order_id, minutes FROM ledger_adjustments WHERE date > @day)
                 GROUP BY order_id) AS later
           WHERE orders.id = later.order_id AND later.minutes <> 0`,
        )
        .run({ day });
      const extended = sqlite
        .prepare(
          `SELECT o.id, o.sentence_date AS sentenceDate,
             (SELECT json_group_array(e.new_end_date) FROM order_extensions e
              WHERE e.order_id = o.id AND e.granted_on <= @day) AS granted
           FROM orders o
           WHERE o.id IN (SELECT e.order_id FROM order_extensions e WHERE e.granted_on > @day)`,
        )
        .all({ day }) as { id: number; sentenceDate: string; granted: string }[];
      const setEnd = sqlite.prepare('UPDATE orders SET end_date = ? WHERE id = ?');
      for (const o of extended) {
        const granted = (JSON.parse(o.granted) as string[]).map((newEndDate) => ({ newEndDate }));
        setEnd.run(endDateFor(o.sentenceDate, granted), o.id);
      }
      result = { value: read() };
      throw undo;
    })();
  } catch (error) {
    if (error !== undo) throw error;
  }
  return result!.value;
}

/** A weekday on or after the date. */
function weekdayFrom(date: string): string {
  const day = weekdayOf(date);
  return day === 6 ? plusDays(date, 2) : day === 0 ? plusDays(date, 1) : date;
}

/** Issues the notices; returns how many. */
export function issueNotices(
  random: Random,
  sqlite: Sqlite,
  put: DemoStatements,
  options: {
    today: string;
    goLive: string;
    managerName: string;
    placements: readonly string[];
  },
): number {
  const { today, goLive, managerName } = options;
  const db = drizzle(sqlite, { schema });
  const courts = sqlite.prepare('SELECT id, name, kind FROM courts ORDER BY id').all() as {
    id: number;
    name: string;
    kind: CourtKind;
  }[];
  // Each notice to a different court, in an order of the seed's choosing.
  const order = courts.map((c) => ({ c, key: random.next() })).sort((a, b) => a.key - b.key);
  const planned: { court: (typeof courts)[number]; issuedOn: string; from: string; to: string }[] =
    [];
  rounds.forEach((monthsAgo, i) => {
    const month = `${plusMonths(today, -monthsAgo).slice(0, 7)}-01`;
    const previous = planned[planned.length - 1];
    // A second court in the same round hears a day or two after the first.
    const issuedOn =
      previous && monthsAgo === rounds[i - 1]
        ? weekdayFrom(plusDays(previous.issuedOn, random.int(1, 2)))
        : weekdayFrom(plusDays(month, random.int(5, 12)));
    const from = plusMonths(month, -3) < goLive ? goLive : plusMonths(month, -3);
    const to = plusDays(month, -1);
    if (issuedOn > today || daysBetween(from, to) < shortestPeriodDays) return;
    planned.push({ court: order[i % order.length]!.c, issuedOn, from, to });
  });
  const numbers: string[] = [];
  for (const { court, issuedOn, from, to } of planned) {
    const figures: NoticeFigures = asOf(sqlite, issuedOn, () =>
      figuresFor({ db, sqlite, today: issuedOn }, court, { from, to }),
    );
    const office = (key: string) => figures.figures.find((f) => f.key === key)?.office ?? 0;
    const number = nextNoticeNumber(Number(issuedOn.slice(0, 4)), numbers);
    numbers.push(number);
    put.notice.run({
      number,
      courtId: court.id,
      periodFrom: from,
      periodTo: to,
      issuedOn,
      signedOffBy: managerName,
      signedOffRole: 'Unpaid Work Manager',
      actions: noticeActions(random, {
        issuedOn,
        courtName: court.name,
        shortfall: Math.max(0, office('hoursNeeded') - office('hoursOfferable')),
        supervisorsInPost: office('supervisorsInPost'),
        placement: random.pick(options.placements),
      }),
      figures: JSON.stringify(figures),
      issuedByAccount: managerName,
      createdAt: `${issuedOn}T15:${random.int(10, 59)}:00.000Z`,
    });
  }
  return planned.length;
}
