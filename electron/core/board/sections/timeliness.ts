import type { BoardSection } from '../../../../shared/contract/board';
import { addDays } from '../../../../shared/dates';
import { isWorkingDay, workingDaysBetween } from '../../../../shared/working-days';
import type { Sqlite } from '../../db/open';
import type { Period, Periods } from '../period';
import { percent } from '../table';
import { counted, policyAt, shareText } from '../breakdowns';
import { comparisonOf, dates, workedOutcomesSql } from './measures';

/**
 * From sentence to induction and to the first session worked, in working days (weekends and the
 * bank holidays of England and Wales skipped, shared/working-days.ts), for the orders sentenced
 * in the period, counted up to the day the report is made.
 */

export interface WaitRow {
  sentenced: string;
  endedOn: string | null;
  /** The date the wait ended (the induction or the first session); null while still waiting. */
  reached: string | null;
}

export interface WaitFigures {
  orders: number;
  reached: number;
  median: number | null;
  within: number;
  waiting: number;
  waitingPastTarget: number;
  endedWithout: number;
  share: number | null;
}

/**
 * `workingDaysBetween` for many pairs of dates at once: working days are numbered once over the
 * span, and the days between two dates are the difference of their numbers (the same count, the
 * working days after the first date up to and including the second). Outside the span it falls
 * back to `workingDaysBetween` itself.
 */
export function workingDayCounter(from: string, to: string): (a: string, b: string) => number {
  const numbers = new Map<string, number>();
  let n = 0;
  for (let d = from; d <= to; d = addDays(d, 1)) {
    if (isWorkingDay(d)) n += 1;
    numbers.set(d, n);
  }
  return (a, b) => {
    const na = numbers.get(a);
    const nb = numbers.get(b);
    return na === undefined || nb === undefined ? workingDaysBetween(a, b) : nb - na;
  };
}

/** The middle value (the mean of the two middle values for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The wait figures of a set of orders against a target in working days. Within the target: the
 * wait ended within `target` working days after sentence. Still waiting: no date yet and the
 * order not ended; past the target once more than `target` working days have gone by today.
 * The share within the target is of the orders whose result is known: those that got there, and
 * those still waiting past the target (an order ended before getting there is left out).
 */
export function waitFigures(
  rows: readonly WaitRow[],
  target: number,
  today: string,
  workingDays: (from: string, to: string) => number = workingDaysBetween,
): WaitFigures {
  const days = rows.flatMap((r) => (r.reached ? [workingDays(r.sentenced, r.reached)] : []));
  const within = days.filter((d) => d <= target).length;
  const waitingRows = rows.filter((r) => !r.reached && !r.endedOn);
  const waitingPastTarget = waitingRows.filter(
    (r) => workingDays(r.sentenced, today) > target,
  ).length;
  return {
    orders: rows.length,
    reached: days.length,
    median: median(days),
    within,
    waiting: waitingRows.length,
    waitingPastTarget,
    endedWithout: rows.filter((r) => !r.reached && r.endedOn).length,
    share: percent(within, days.length + waitingPastTarget),
  };
}

interface Timeliness {
  induction: WaitFigures;
  firstSession: WaitFigures;
  inductionTarget: number;
  firstSessionTarget: number;
}

function timelinessOf(sqlite: Sqlite, p: Period, today: string): Timeliness {
  // One row per order sentenced in the period, with its first induction and the date of the
  // first session it worked (any placement, the Pre Placement Work Session included; outcomes
  // ATTC, AFTC or ATSH, not a stand-down on the day), both on or before today.
  const rows = sqlite
    .prepare(
      `SELECT o.sentence_date AS sentenced, o.ended_on AS endedOn,
         (SELECT MIN(i.inducted_on) FROM inductions i
           WHERE i.order_id = o.id AND i.inducted_on <= @today) AS inducted,
         (SELECT MIN(s.date) FROM bookings b JOIN sessions s ON s.id = b.session_id
           WHERE b.order_id = o.id AND b.outcome IN (${workedOutcomesSql}) AND s.date <= @today) AS firstSession
       FROM orders o WHERE o.sentence_date BETWEEN @from AND @to`,
    )
    .all({ from: p.from, to: p.to, today }) as {
    sentenced: string;
    endedOn: string | null;
    inducted: string | null;
    firstSession: string | null;
  }[];
  const policy = policyAt(sqlite, dates(p, today).end);
  // Every date in play lies between the period's first day and today (or its last day).
  const counter =
    rows.length > 0 ? workingDayCounter(p.from, today > p.to ? today : p.to) : workingDaysBetween;
  return {
    induction: waitFigures(
      rows.map((r) => ({ ...r, reached: r.inducted })),
      policy.workingDaysToInduction,
      today,
      counter,
    ),
    firstSession: waitFigures(
      rows.map((r) => ({ ...r, reached: r.firstSession })),
      policy.workingDaysToFirstSession,
      today,
      counter,
    ),
    inductionTarget: policy.workingDaysToInduction,
    firstSessionTarget: policy.workingDaysToFirstSession,
  };
}

const workingDayWords =
  'Working days are counted after the sentence date up to and including the day itself, skipping Saturdays, Sundays and the bank holidays of England and Wales (a wait ending the day after a Friday sentence, on Monday, is one working day).';

export function timelinessSection(sqlite: Sqlite, periods: Periods): BoardSection {
  const now = timelinessOf(sqlite, periods.current, periods.today);
  const before = timelinessOf(sqlite, periods.previous, periods.today);
  const anything = now.induction.orders + before.induction.orders > 0;
  const table = (
    kind: 'induction' | 'firstSession',
    spec: { id: string; title: string; reached: string; event: string; target: string },
  ) => {
    const both = (of: (w: WaitFigures) => number | null) => ({
      current: of(now[kind]),
      previous: of(before[kind]),
    });
    const target = kind === 'induction' ? 'inductionTarget' : 'firstSessionTarget';
    return comparisonOf(
      periods,
      {
        id: spec.id,
        title: spec.title,
        definition: `Orders whose sentence date falls in the period, followed up to the day the report is made. ${spec.event} ${workingDayWords} Median: the middle wait of the orders that got there (the mean of the two middle waits for an even number). Within the target: a wait of no more than the target in the policy in force on the last day of the period (today, for a period still running). Still waiting: orders not yet there and not ended; past the target when more working days than the target have gone by since sentence. Share within the target: orders within it as a share of those that got there plus those still waiting past the target (orders ended before getting there are left out).`,
        emptyMessage: 'No orders were sentenced in this period or the previous one.',
      },
      anything,
      [
        { measure: 'Orders sentenced', kind: 'count', ...both((w) => w.orders) },
        { measure: spec.reached, kind: 'count', ...both((w) => w.reached) },
        { measure: 'Median working days from sentence', kind: 'number', ...both((w) => w.median) },
        { measure: spec.target, kind: 'number', current: now[target], previous: before[target] },
        { measure: 'Within the target', kind: 'count', ...both((w) => w.within) },
        { measure: 'Share within the target', kind: 'percent', ...both((w) => w.share) },
        { measure: 'Still waiting', kind: 'count', ...both((w) => w.waiting) },
        {
          measure: 'Still waiting, past the target',
          kind: 'count',
          ...both((w) => w.waitingPastTarget),
        },
        { measure: 'Ended before getting there', kind: 'count', ...both((w) => w.endedWithout) },
      ],
    );
  };
  const summary =
    now.induction.orders > 0
      ? `Of ${counted(now.induction.orders, 'order')} sentenced in the period, ${shareText(now.induction.share)} were inducted within ${now.inductionTarget} working days and ${shareText(now.firstSession.share)} started work within ${now.firstSessionTarget}. Still waiting: ${now.induction.waiting} for an induction, ${now.firstSession.waiting} for a first session.`
      : 'No orders were sentenced in this period.';
  return {
    id: 'timeliness',
    title: 'From sentence to induction and first session',
    summary,
    tables: [
      table('induction', {
        id: 'timeliness-induction',
        title: 'Sentence to induction',
        reached: 'Inducted',
        event: 'Induction: the date of the order’s first induction interview.',
        target: 'Target, working days to induction',
      }),
      table('firstSession', {
        id: 'timeliness-first-session',
        title: 'Sentence to first session worked',
        reached: 'Started work',
        event:
          'First session: the earliest session the person attended and was not stood down (outcome attended and complied, attended and failed to comply, or sent home for behaviour), at any placement, the Pre Placement Work Session included, since it is credited work time.',
        target: 'Target, working days to first session',
      }),
    ],
  };
}
