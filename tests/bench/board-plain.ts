/**
 * The Board report's figures worked out again by the plainest hand-written SQL, for the Board
 * benchmark (tests/bench/board.ts): what the report's queries would cost with nothing around
 * them, and a check that the report counts what its definitions say.
 *
 * Each section below is written from the `definition` text of the report's tables, not from the
 * section's code: straightforward queries (one per figure, or one per table where that is the
 * natural way to write it), and plain loops where SQL has no word for the rule (weeks of an
 * order, working days, the policy in force on a session's date). Code lists, the census groups,
 * the bank holidays and `percent` (shares to one decimal, null over nothing) are shared with the
 * report: they are data and rounding, not figures.
 */
import { labelOf, requirementTypes } from '../../shared/codes';
import type { SectionId } from '../../shared/contract/board';
import { addDays, addMonths, daysBetween } from '../../shared/dates';
import { defaultPolicy, type Policy } from '../../shared/policy';
import {
  endingKinds,
  incidentKinds,
  standDownCauses,
  targetDimensions,
  type TargetDimension,
} from '../../shared/session-codes';
import { ageBandOf, ethnicGroupOf, groupLabel } from '../../shared/target-groups';
import { isWorkingDay, workingDaysBetween } from '../../shared/working-days';
import type { Sqlite } from '../../electron/core/db/open';
import type { Periods } from '../../electron/core/board/period';
import { percent } from '../../electron/core/board/table';
import { dayOf } from '../../electron/core/surveys/rules';

export type Cell = string | number | null;

/**
 * A table of the report worked out by hand: the report's column keys it fills, its rows with
 * those columns' values, and whether the order of the rows is part of what is checked (it is for
 * a list of measures, where the order says which measure a row is; it is not for a list of groups).
 */
export interface PlainTable {
  columns: readonly string[];
  rows: Cell[][];
  ordered: boolean;
}

export type PlainTables = Record<string, PlainTable>;

/** A period's dates as SQL parameters: its first and last day, and the day counted as its end. */
interface Span {
  from: string;
  to: string;
  end: string;
}

const spanOf = (p: { from: string; to: string }, today: string): Span => ({
  from: p.from,
  to: p.to,
  end: p.to < today ? p.to : today,
});

/** A "measure | this period | previous period" table: each row's two figures, in order. */
const measures = (anything: boolean, rows: [Cell, Cell][]): PlainTable => ({
  columns: ['current', 'previous'],
  rows: anything ? rows : [],
  ordered: true,
});

/**
 * The usual measures table from one function of a period: each of its figures this period beside
 * the previous one; empty, as the report's, when the first figure is nothing in both.
 */
function sideBySide(
  periods: Periods,
  of: (p: Span) => Cell[],
  anything = (a: Cell[], b: Cell[]) => Number(a[0]) + Number(b[0]) > 0,
): PlainTable {
  const a = of(spanOf(periods.current, periods.today));
  const b = of(spanOf(periods.previous, periods.today));
  return measures(
    anything(a, b),
    a.map((x, i) => [x, b[i] ?? null]),
  );
}

const list = (columns: readonly string[], rows: Cell[][], ordered = false): PlainTable => ({
  columns,
  rows,
  ordered,
});

/** The number a one-value query gives (0 for SQL's NULL, as an empty SUM gives). */
function number(db: Sqlite, sql: string, params: object): number {
  return (db.prepare(sql).pluck().get(params) as number | null) ?? 0;
}

/** A mean to one decimal place; null with nothing to average. */
function mean(db: Sqlite, sql: string, params: object): number | null {
  const value = db.prepare(sql).pluck().get(params) as number | null;
  return value === null ? null : Math.round(value * 10) / 10;
}

/** The policy in force on a date: the latest version from that date or before, else the defaults. */
function policyOn(db: Sqlite, date: string): Policy {
  const values = db
    .prepare(
      'SELECT "values" FROM policy_versions WHERE effective_from <= ? ORDER BY effective_from DESC LIMIT 1',
    )
    .pluck()
    .get(date) as string | undefined;
  return values ? { ...defaultPolicy, ...(JSON.parse(values) as Partial<Policy>) } : defaultPolicy;
}

/** A session's scheduled length in minutes, from its times of day (written afresh, not shared). */
const sessionMinutes = `(strftime('%s', '2000-01-01 ' || s.end_time) - strftime('%s', '2000-01-01 ' || s.start_time)) / 60`;

/** Adds a row's numbers into a map's row for a key, creating it at zeros. */
function addInto(map: Map<string, number[]>, key: string, width: number, at: number, n: number) {
  const row = map.get(key) ?? map.set(key, new Array<number>(width).fill(0)).get(key)!;
  row[at]! += n;
}

// ---------------------------------------------------------------------------------------------
// Orders
// ---------------------------------------------------------------------------------------------

function orders(db: Sqlite, periods: Periods): PlainTables {
  const figures = (p: Span) => {
    const count = (where: string) => number(db, `SELECT COUNT(*) FROM orders WHERE ${where}`, p);
    const completed = count(`status = 'COMPLETED' AND ended_on BETWEEN @from AND @to`);
    const inTime = count(
      `status = 'COMPLETED' AND ended_on BETWEEN @from AND @to AND ended_on <= end_date`,
    );
    const credited =
      number(
        db,
        `SELECT SUM(b.credited_minutes) FROM bookings b JOIN sessions s ON s.id = b.session_id
         WHERE s.date BETWEEN @from AND @to`,
        p,
      ) +
      number(db, `SELECT SUM(minutes) FROM ledger_adjustments WHERE date BETWEEN @from AND @to`, p);
    // Each order live at the end, less its credit on sessions and adjustments up to the end.
    const outstanding = number(
      db,
      `SELECT SUM(MAX(o.hours_ordered_minutes - COALESCE(c.minutes, 0) - COALESCE(a.minutes, 0), 0))
       FROM orders o
       LEFT JOIN (SELECT b.order_id, SUM(b.credited_minutes) AS minutes
                  FROM bookings b JOIN sessions s ON s.id = b.session_id
                  WHERE s.date <= @end GROUP BY b.order_id) c ON c.order_id = o.id
       LEFT JOIN (SELECT order_id, SUM(minutes) AS minutes FROM ledger_adjustments
                  WHERE date <= @end GROUP BY order_id) a ON a.order_id = o.id
       WHERE o.sentence_date <= @end AND (o.ended_on IS NULL OR o.ended_on > @end)`,
      p,
    );
    const endedBy = new Map(
      endingKinds.map((k) => [
        k.code,
        count(`status = '${k.code}' AND ended_on BETWEEN @from AND @to`),
      ]),
    );
    return {
      newOrders: count('sentence_date BETWEEN @from AND @to'),
      live: count('sentence_date <= @end AND (ended_on IS NULL OR ended_on > @end)'),
      completed,
      inTime,
      target: policyOn(db, p.end).completionTargetPercent,
      ordered: number(
        db,
        'SELECT SUM(hours_ordered_minutes) FROM orders WHERE sentence_date BETWEEN @from AND @to',
        p,
      ),
      credited,
      outstanding,
      endedBy,
      ended: [...endedBy.values()].reduce((a, b) => a + b, 0),
    };
  };
  const now = figures(spanOf(periods.current, periods.today));
  const before = figures(spanOf(periods.previous, periods.today));
  type F = typeof now;
  const both = (of: (f: F) => Cell): [Cell, Cell] => [of(now), of(before)];
  const anything = [now, before].some((f) => f.newOrders + f.live + f.ended + f.credited > 0);
  const others = endingKinds.filter((k) => k.code !== 'COMPLETED');

  // New orders and their hours, by a grouping column, in each period.
  const byGroup = (keySql: string, join: string, label: (key: string) => string) => {
    const rows = new Map<string, number[]>();
    [periods.current, periods.previous].forEach((p, i) => {
      for (const r of db
        .prepare(
          `SELECT ${keySql} AS key, COUNT(*) AS n, SUM(o.hours_ordered_minutes) AS minutes
           FROM orders o ${join} WHERE o.sentence_date BETWEEN @from AND @to GROUP BY ${keySql}`,
        )
        .all(p) as { key: string; n: number; minutes: number }[]) {
        addInto(rows, r.key, 4, i, r.n);
        addInto(rows, r.key, 4, i + 2, r.minutes);
      }
    });
    return list(
      ['group', 'current', 'previous', 'currentMinutes', 'previousMinutes'],
      [...rows].map(([key, n]) => [label(key), ...n]),
    );
  };

  return {
    orders: measures(anything, [
      both((f) => f.newOrders),
      both((f) => f.live),
      both((f) => f.completed),
      both((f) => f.inTime),
      both((f) => percent(f.inTime, f.completed)),
      both((f) => f.target),
      both((f) => f.ordered),
      both((f) => f.credited),
      both((f) => f.outstanding),
    ]),
    'orders-ended': measures(
      [now, before].some((f) => f.ended > f.completed),
      others.map((k) => both((f) => f.endedBy.get(k.code) ?? 0)),
    ),
    'orders-by-requirement': byGroup('o.requirement_type', '', (key) =>
      labelOf(requirementTypes, key),
    ),
    'orders-by-court': byGroup('c.name', 'JOIN courts c ON c.id = o.court_id', (key) => key),
  };
}

// ---------------------------------------------------------------------------------------------
// Stand-downs: bookings recorded ATSS or AASD on sessions dated in the period
// ---------------------------------------------------------------------------------------------

const standDownFrom = `FROM bookings b JOIN sessions s ON s.id = b.session_id`;
const standDownWhere = `s.date BETWEEN @from AND @to AND b.outcome IN ('ATSS', 'AASD')`;
const causeList = [...standDownCauses, { code: 'NONE', label: 'Reason not recorded' }];

function standDowns(db: Sqlite, periods: Periods): PlainTables {
  const totals = (p: Span) => {
    const row = db
      .prepare(
        `SELECT COUNT(DISTINCT s.id) AS events, COUNT(DISTINCT b.order_id) AS people,
           COUNT(*) AS stoodDown, SUM(b.outcome = 'ATSS') AS onTheDay,
           SUM(b.outcome = 'AASD') AS inAdvance, SUM(${sessionMinutes}) AS lost,
           SUM(b.credited_minutes) AS credited
         ${standDownFrom} WHERE ${standDownWhere}`,
      )
      .get(p) as Record<string, number | null>;
    const recorded = number(
      db,
      `SELECT COUNT(*) ${standDownFrom} WHERE s.date BETWEEN @from AND @to AND b.outcome IS NOT NULL`,
      p,
    );
    const n = (key: string) => row[key] ?? 0;
    return { n, recorded };
  };
  const now = totals(spanOf(periods.current, periods.today));
  const before = totals(spanOf(periods.previous, periods.today));
  const both = (key: string): [Cell, Cell] => [now.n(key), before.n(key)];

  // Events (this period), stood down, hours lost (both) and credit (this period), by a key.
  const byGroup = (
    keySql: string,
    labelSql: string,
    join: string,
    label: (k: string) => string,
  ) => {
    const rows = new Map<string, number[]>();
    const labels = new Map<string, string>();
    [periods.current, periods.previous].forEach((p, i) => {
      for (const r of db
        .prepare(
          `SELECT ${keySql} AS key, ${labelSql} AS label, COUNT(DISTINCT s.id) AS events,
             COUNT(*) AS n, SUM(${sessionMinutes}) AS lost, SUM(b.credited_minutes) AS credited
           ${standDownFrom} ${join} WHERE ${standDownWhere} GROUP BY ${keySql}`,
        )
        .all(p) as {
        key: string;
        label: string;
        events: number;
        n: number;
        lost: number;
        credited: number;
      }[]) {
        labels.set(r.key, r.label);
        if (i === 0) addInto(rows, r.key, 6, 0, r.events);
        addInto(rows, r.key, 6, 1 + i, r.n);
        addInto(rows, r.key, 6, 3 + i, r.lost);
        if (i === 0) addInto(rows, r.key, 6, 5, r.credited);
      }
    });
    return [...rows].map(([key, n]): Cell[] => [label(labels.get(key)!), ...n]);
  };
  const groupColumns = [
    'events',
    'current',
    'previous',
    'lostCurrent',
    'lostPrevious',
    'creditedCurrent',
  ];

  // Month by month in this period: stand-downs by reason, their total and the hours lost.
  const current = spanOf(periods.current, periods.today);
  const monthly = db
    .prepare(
      `SELECT substr(s.date, 1, 7) AS month, COALESCE(b.stand_down_cause, 'NONE') AS cause,
         COUNT(*) AS n, SUM(${sessionMinutes}) AS lost
       ${standDownFrom} WHERE ${standDownWhere} GROUP BY 1, 2`,
    )
    .all(current) as { month: string; cause: string; n: number; lost: number }[];
  const causes = causeList.map((c) => c.code).filter((c) => monthly.some((r) => r.cause === c));
  const months: Cell[][] = [];
  for (let d = `${current.from.slice(0, 7)}-01`; d <= current.to; d = addMonths(d, 1)) {
    const of = monthly.filter((r) => r.month === d.slice(0, 7));
    const name = new Date(`${d}T00:00:00Z`).toLocaleString('en-GB', {
      month: 'long',
      timeZone: 'UTC',
    });
    months.push([
      `${name} ${d.slice(0, 4)}`,
      ...causes.map((c) => of.find((r) => r.cause === c)?.n ?? 0),
      of.reduce((t, r) => t + r.n, 0),
      of.reduce((t, r) => t + r.lost, 0),
    ]);
  }

  return {
    'stand-downs': measures(now.n('stoodDown') + before.n('stoodDown') > 0, [
      both('events'),
      both('people'),
      both('stoodDown'),
      both('onTheDay'),
      both('inAdvance'),
      both('lost'),
      both('credited'),
      [percent(now.n('stoodDown'), now.recorded), percent(before.n('stoodDown'), before.recorded)],
    ]),
    'stand-downs-by-cause': list(
      ['cause', ...groupColumns],
      byGroup(
        `COALESCE(b.stand_down_cause, 'NONE')`,
        `COALESCE(b.stand_down_cause, 'NONE')`,
        '',
        (k) => labelOf(causeList, k),
      ),
    ),
    'stand-downs-by-placement': list(
      ['placement', ...groupColumns],
      byGroup(
        's.placement_id',
        'MIN(p.name)',
        'JOIN placements p ON p.id = s.placement_id',
        (k) => k,
      ),
    ),
    'stand-downs-by-month': list(
      ['month', ...causes, 'total', 'lostMinutes'],
      now.n('stoodDown') > 0 ? months : [],
      true,
    ),
  };
}

// ---------------------------------------------------------------------------------------------
// Hours offered a week, over the complete Monday-to-Sunday weeks of the period
// ---------------------------------------------------------------------------------------------

const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

function hoursOffered(db: Sqlite, periods: Periods): PlainTables {
  const offered = (p: Span) => {
    let firstMonday = p.from;
    while (weekday(firstMonday) !== 1) firstMonday = addDays(firstMonday, 1);
    let lastSunday = p.end;
    while (weekday(lastSunday) !== 0) lastSunday = addDays(lastSunday, -1);
    const weeks = Math.max(0, Math.floor((daysBetween(firstMonday, lastSunday) + 1) / 7));
    const minimum = policyOn(db, p.end).minimumHoursPerWeek * 60;
    const counts = {
      orders: 0,
      orderWeeks: 0,
      minutes: 0,
      none: 0,
      underHalf: 0,
      under: 0,
      meeting: 0,
    };
    if (weeks === 0) return { weeks, minimum, ...counts };
    const mondays = Array.from({ length: weeks }, (_, i) => addDays(firstMonday, 7 * i));
    const sundays = mondays.map((monday) => addDays(monday, 6));

    // Minutes booked per order per week (week 0 starts on the first Monday), leaving out
    // bookings stood down in advance or rescheduled.
    const booked = new Map<string, number>();
    for (const r of db
      .prepare(
        `SELECT b.order_id AS id,
           CAST((julianday(s.date) - julianday(@firstMonday)) / 7 AS INTEGER) AS week,
           SUM(${sessionMinutes}) AS minutes
         FROM bookings b JOIN sessions s ON s.id = b.session_id
         WHERE s.date BETWEEN @firstMonday AND @lastSunday
           AND (b.outcome IS NULL OR b.outcome NOT IN ('AASD', 'RSSR', 'RSOF'))
         GROUP BY 1, 2`,
      )
      .all({ firstMonday, lastSunday }) as { id: number; week: number; minutes: number }[]) {
      booked.set(`${r.id}:${r.week}`, r.minutes);
    }
    // An order counts in a week when sentenced by the Monday and not ended before the Sunday.
    const live = db
      .prepare(
        `SELECT id, sentence_date AS sentenced, ended_on AS ended FROM orders
         WHERE sentence_date <= @to AND (ended_on IS NULL OR ended_on >= @from)`,
      )
      .all(p) as { id: number; sentenced: string; ended: string | null }[];
    for (const o of live) {
      let weeksIn = 0;
      let minutes = 0;
      mondays.forEach((monday, week) => {
        if (o.sentenced > monday || (o.ended !== null && o.ended < sundays[week]!)) return;
        weeksIn += 1;
        minutes += booked.get(`${o.id}:${week}`) ?? 0;
      });
      if (weeksIn === 0) continue;
      counts.orders += 1;
      counts.orderWeeks += weeksIn;
      counts.minutes += minutes;
      const needed = minimum * weeksIn;
      if (minutes === 0) counts.none += 1;
      else if (minutes * 2 < needed) counts.underHalf += 1;
      if (minutes * 2 >= needed && minutes < needed) counts.under += 1;
      if (minutes >= needed) counts.meeting += 1;
    }
    return { weeks, minimum, ...counts };
  };
  const now = offered(spanOf(periods.current, periods.today));
  const before = offered(spanOf(periods.previous, periods.today));
  type O = typeof now;
  const both = (of: (o: O) => Cell): [Cell, Cell] => [of(now), of(before)];
  const anything = now.orders + before.orders > 0;
  const band = (of: (o: O) => number): Cell[] => [
    of(now),
    percent(of(now), now.orders),
    of(before),
    percent(of(before), before.orders),
  ];
  return {
    'hours-offered': measures(anything, [
      both((o) => o.weeks),
      both((o) => o.orders),
      both((o) => o.orderWeeks),
      both((o) => (o.orderWeeks > 0 ? Math.round(o.minutes / o.orderWeeks) : null)),
      both((o) => o.minimum),
      both((o) => o.meeting),
      both((o) => percent(o.meeting, o.orders)),
    ]),
    'hours-offered-spread': list(
      ['current', 'currentShare', 'previous', 'previousShare'],
      anything
        ? [
            band((o) => o.none),
            band((o) => o.underHalf),
            band((o) => o.under),
            band((o) => o.meeting),
          ]
        : [],
      true,
    ),
  };
}

// ---------------------------------------------------------------------------------------------
// Timeliness: sentence to induction and to the first session worked, in working days
// ---------------------------------------------------------------------------------------------

function timeliness(db: Sqlite, periods: Periods): PlainTables {
  const today = periods.today;
  // Working days after a date up to and including another: each day numbered once over the span
  // (counting day by day for every order would cost more than all the queries).
  const numbered = new Map<string, number>();
  const last = today > periods.current.to ? today : periods.current.to;
  for (let d = periods.previous.from, n = 0; d <= last; d = addDays(d, 1)) {
    if (isWorkingDay(d)) n += 1;
    numbered.set(d, n);
  }
  const workingDays = (a: string, b: string) => {
    const [na, nb] = [numbered.get(a), numbered.get(b)];
    return na === undefined || nb === undefined ? workingDaysBetween(a, b) : nb - na;
  };

  /** The wait figures of the orders sentenced, given the day each got there (none while waiting). */
  const figures = (
    sentenced: { id: number; sentenced: string; ended: string | null }[],
    reachedOn: Map<number, string>,
    target: number,
  ) => {
    const days = sentenced
      .filter((o) => reachedOn.has(o.id))
      .map((o) => workingDays(o.sentenced, reachedOn.get(o.id)!))
      .sort((a, b) => a - b);
    const waiting = sentenced.filter((o) => !reachedOn.has(o.id) && o.ended === null);
    const pastTarget = waiting.filter((o) => workingDays(o.sentenced, today) > target).length;
    const within = days.filter((d) => d <= target).length;
    const middle = Math.floor(days.length / 2);
    return {
      orders: sentenced.length,
      reached: days.length,
      median:
        days.length === 0
          ? null
          : days.length % 2
            ? days[middle]!
            : (days[middle - 1]! + days[middle]!) / 2,
      target,
      within,
      share: percent(within, days.length + pastTarget),
      waiting: waiting.length,
      pastTarget,
      endedWithout: sentenced.filter((o) => !reachedOn.has(o.id) && o.ended !== null).length,
    };
  };

  const waits = (p: Span) => {
    const sentenced = db
      .prepare(
        `SELECT id, sentence_date AS sentenced, ended_on AS ended FROM orders
         WHERE sentence_date BETWEEN @from AND @to`,
      )
      .all(p) as { id: number; sentenced: string; ended: string | null }[];
    const firsts = (sql: string) =>
      new Map(
        (db.prepare(sql).all({ ...p, today }) as { id: number; date: string }[]).map((r) => [
          r.id,
          r.date,
        ]),
      );
    const inducted = firsts(
      `SELECT i.order_id AS id, MIN(i.inducted_on) AS date FROM inductions i
       JOIN orders o ON o.id = i.order_id
       WHERE o.sentence_date BETWEEN @from AND @to AND i.inducted_on <= @today
       GROUP BY i.order_id`,
    );
    // Worked: attended and complied, attended and failed to comply, sent home for behaviour.
    const worked = firsts(
      `SELECT b.order_id AS id, MIN(s.date) AS date FROM bookings b
       JOIN sessions s ON s.id = b.session_id JOIN orders o ON o.id = b.order_id
       WHERE o.sentence_date BETWEEN @from AND @to AND s.date <= @today
         AND b.outcome IN ('ATTC', 'AFTC', 'ATSH')
       GROUP BY b.order_id`,
    );
    const policy = policyOn(db, p.end);
    return {
      induction: figures(sentenced, inducted, policy.workingDaysToInduction),
      firstSession: figures(sentenced, worked, policy.workingDaysToFirstSession),
    };
  };

  const now = waits(spanOf(periods.current, periods.today));
  const before = waits(spanOf(periods.previous, periods.today));
  const table = (kind: 'induction' | 'firstSession') => {
    const [a, b] = [now[kind], before[kind]];
    return measures(
      now.induction.orders + before.induction.orders > 0,
      (
        [
          'orders',
          'reached',
          'median',
          'target',
          'within',
          'share',
          'waiting',
          'pastTarget',
          'endedWithout',
        ] as const
      ).map((key): [Cell, Cell] => [a[key], b[key]]),
    );
  };
  return {
    'timeliness-induction': table('induction'),
    'timeliness-first-session': table('firstSession'),
  };
}

// ---------------------------------------------------------------------------------------------
// Risk of harm
// ---------------------------------------------------------------------------------------------

function risk(db: Sqlite, periods: Periods): PlainTables {
  const allocations = (p: Span) => {
    const valid = `FROM allocations a JOIN risk_assessments ra ON ra.id = a.risk_assessment_id
      WHERE a.allocated_on BETWEEN @from AND @to
        AND ra.order_id = a.order_id AND ra.assessed_on <= a.allocated_on`;
    const made = number(
      db,
      'SELECT COUNT(*) FROM allocations WHERE allocated_on BETWEEN @from AND @to',
      p,
    );
    const assessed = number(db, `SELECT COUNT(*) ${valid}`, p);
    const full = number(db, `SELECT COUNT(*) ${valid} AND ra.kind = 'FULL'`, p);
    return [made, assessed, percent(assessed, made), full, made - assessed];
  };
  const completion = (p: Span) => {
    const params = { ...p, today: periods.today };
    const has = (kind: string) =>
      `EXISTS (SELECT 1 FROM risk_assessments r WHERE r.order_id = o.id AND r.kind = '${kind}' AND r.assessed_on <= @today)`;
    const sentenced = number(
      db,
      'SELECT COUNT(*) FROM orders WHERE sentence_date BETWEEN @from AND @to',
      p,
    );
    const full = number(
      db,
      `SELECT COUNT(*) FROM orders o WHERE o.sentence_date BETWEEN @from AND @to AND ${has('FULL')}`,
      params,
    );
    const planOnly = number(
      db,
      `SELECT COUNT(*) FROM orders o WHERE o.sentence_date BETWEEN @from AND @to
         AND NOT ${has('FULL')} AND ${has('SENTENCE_PLAN')}`,
      params,
    );
    const without = sentenced - full;
    return [
      sentenced,
      full,
      percent(full, sentenced),
      without,
      planOnly,
      percent(planOnly, without),
      without - planOnly,
    ];
  };

  // The allocations of this period whose kept assessment is missing, of another order, or later.
  const exceptions = (
    db
      .prepare(
        `SELECT pe.case_reference AS caseReference, pl.name AS placement, a.allocated_on AS allocatedOn,
           a.order_id AS orderId, ra.order_id AS assessedOrder, ra.assessed_on AS assessedOn
         FROM allocations a
         JOIN orders o ON o.id = a.order_id
         JOIN people pe ON pe.id = o.person_id
         JOIN placements pl ON pl.id = a.placement_id
         LEFT JOIN risk_assessments ra ON ra.id = a.risk_assessment_id
         WHERE a.allocated_on BETWEEN @from AND @to`,
      )
      .all(periods.current) as {
      caseReference: string;
      placement: string;
      allocatedOn: string;
      orderId: number;
      assessedOrder: number | null;
      assessedOn: string | null;
    }[]
  )
    .filter((r) => r.assessedOrder !== r.orderId || r.assessedOn! > r.allocatedOn)
    .map((r): Cell[] => [
      r.caseReference,
      r.placement,
      r.allocatedOn,
      r.assessedOrder === r.orderId ? r.assessedOn : null,
    ]);

  return {
    'risk-allocations': sideBySide(periods, allocations),
    'risk-exceptions': list(
      ['caseReference', 'placement', 'allocatedOn', 'assessedOn'],
      exceptions,
    ),
    'risk-completion': sideBySide(periods, completion),
  };
}

// ---------------------------------------------------------------------------------------------
// Employability
// ---------------------------------------------------------------------------------------------

function employability(db: Sqlite, periods: Periods): PlainTables {
  const figures = (p: Span) => {
    const live = `FROM orders WHERE sentence_date <= @to AND (ended_on IS NULL OR ended_on >= @from)`;
    const atEmployability = `FROM bookings b JOIN sessions s ON s.id = b.session_id
      JOIN placements p ON p.id = s.placement_id
      WHERE p.type = 'EMPLOYABILITY' AND s.date BETWEEN @from AND @to`;
    const orders = number(db, `SELECT COUNT(*) ${live}`, p);
    const ordered = number(db, `SELECT SUM(hours_ordered_minutes) ${live}`, p);
    const share = policyOn(db, p.end).employabilitySharePercent;
    const available = Math.round((ordered * share) / 100);
    const credited = number(db, `SELECT SUM(b.credited_minutes) ${atEmployability}`, p);
    const used = number(
      db,
      `SELECT COUNT(DISTINCT b.order_id) ${atEmployability} AND b.credited_minutes > 0`,
      p,
    );
    return [
      orders,
      ordered,
      share,
      available,
      credited,
      percent(credited, available),
      used,
      percent(used, orders),
    ];
  };
  return { employability: sideBySide(periods, figures) };
}

// ---------------------------------------------------------------------------------------------
// Diversity: people who started a placement (each order's first allocation) in the period
// ---------------------------------------------------------------------------------------------

interface Starter {
  ethnicity: string;
  gender: string;
  disability: string;
  age: number;
  features: string;
  suits: string;
}

function diversity(db: Sqlite, periods: Periods): PlainTables {
  const starters = (p: { from: string; to: string }) =>
    (
      db
        .prepare(
          `WITH firsts AS (
             SELECT order_id, placement_id, allocated_on,
               ROW_NUMBER() OVER (PARTITION BY order_id ORDER BY allocated_on, id) AS n
             FROM allocations)
           SELECT pe.ethnicity, pe.gender, pe.disability, o.age_at_sentence AS age,
             pl.features, pl.suits
           FROM firsts f
           JOIN orders o ON o.id = f.order_id
           JOIN people pe ON pe.id = o.person_id
           JOIN placements pl ON pl.id = f.placement_id
           WHERE f.n = 1 AND f.allocated_on BETWEEN @from AND @to`,
        )
        .all(p) as Starter[]
    ).map((s) => {
      const features = JSON.parse(s.features) as string[];
      return {
        ...s,
        skills: features.includes('SKILLS_LEARNING') || features.includes('GUIDED_SKILLS_LEARNING'),
        contact: features.includes('BENEFICIARY_CONTACT'),
        suitable: (JSON.parse(s.suits) as string[]).includes('SUITABLE_16_17'),
      };
    });
  type S = ReturnType<typeof starters>[number];
  const groupOf: Record<TargetDimension, (s: S) => string> = {
    ETHNICITY: (s) => ethnicGroupOf(s.ethnicity),
    GENDER: (s) => s.gender,
    AGE_BAND: (s) => ageBandOf(s.age),
    DISABILITY: (s) => s.disability,
  };
  const targetsOf = (year: number) =>
    new Map(
      (
        db
          .prepare(
            'SELECT dimension, group_code, feature, target_percent FROM local_targets WHERE year = ?',
          )
          .all(year) as {
          dimension: string;
          group_code: string;
          feature: string;
          target_percent: number;
        }[]
      ).map((t) => [`${t.dimension}|${t.group_code}|${t.feature}`, t.target_percent]),
    );
  const met = (part: number, people: number, target: number | undefined) =>
    target === undefined || people === 0 ? null : part * 100 >= target * people ? 'Met' : 'Not met';

  /** Each dimension's groups: those with somebody who started, and those with a target. */
  const groups = (all: S[], year: number) => {
    const targets = targetsOf(year);
    return targetDimensions.map(({ code: dimension }) => {
      if (all.length === 0) return [];
      const codes = new Set(all.map(groupOf[dimension]));
      for (const key of targets.keys()) {
        const [d, group] = key.split('|');
        if (d === dimension) codes.add(group!);
      }
      return [...codes].map((group) => {
        const of = all.filter((s) => groupOf[dimension](s) === group);
        const skills = of.filter((s) => s.skills).length;
        const contact = of.filter((s) => s.contact).length;
        const skillsTarget = targets.get(`${dimension}|${group}|SKILLS_LEARNING`);
        const contactTarget = targets.get(`${dimension}|${group}|BENEFICIARY_CONTACT`);
        return [
          groupLabel(dimension, group),
          of.length,
          percent(skills, of.length),
          percent(contact, of.length),
          skillsTarget ?? null,
          contactTarget ?? null,
          met(skills, of.length, skillsTarget),
          met(contact, of.length, contactTarget),
        ] as Cell[];
      });
    });
  };
  const targetsResult = (tables: Cell[][][]) => {
    const results = tables
      .flat()
      .flatMap((row) => [row[6], row[7]])
      .filter((r) => r !== null);
    return { measured: results.length, met: results.filter((r) => r === 'Met').length };
  };

  const now = starters(periods.current);
  const before = starters(periods.previous);
  const year = Number(periods.current.from.slice(0, 4));
  const nowGroups = groups(now, year);
  const beforeGroups = groups(before, Number(periods.previous.from.slice(0, 4)));
  const [r, rb] = [targetsResult(nowGroups), targetsResult(beforeGroups)];
  const share = (all: S[], of: (s: S) => boolean) => percent(all.filter(of).length, all.length);
  const young = (all: S[]) => all.filter((s) => s.age <= 17);
  const [y, yb] = [young(now), young(before)];
  const columns = [
    'group',
    'people',
    'skillsShare',
    'contactShare',
    'skillsTarget',
    'contactTarget',
    'skillsMet',
    'contactMet',
  ];
  const ids: Record<TargetDimension, string> = {
    ETHNICITY: 'diversity-ethnicity',
    GENDER: 'diversity-gender',
    AGE_BAND: 'diversity-age',
    DISABILITY: 'diversity-disability',
  };

  return {
    'diversity-totals': measures(now.length + before.length > 0, [
      [now.length, before.length],
      [share(now, (s) => s.skills), share(before, (s) => s.skills)],
      [share(now, (s) => s.contact), share(before, (s) => s.contact)],
      [r.measured, rb.measured],
      [r.met, rb.met],
    ]),
    ...Object.fromEntries(
      targetDimensions.map((d, i) => [ids[d.code], list(columns, nowGroups[i] ?? [])]),
    ),
    'diversity-16-17': measures(y.length + yb.length > 0, [
      [y.length, yb.length],
      [share(y, (s) => s.skills), share(yb, (s) => s.skills)],
      [share(y, (s) => s.contact), share(yb, (s) => s.contact)],
      [share(y, (s) => s.suitable), share(yb, (s) => s.suitable)],
    ]),
  };
}

// ---------------------------------------------------------------------------------------------
// Enforcement: decisions in the period against the people with a live order
// ---------------------------------------------------------------------------------------------

function enforcement(db: Sqlite, periods: Periods): PlainTables {
  const liveSql = `o.sentence_date <= @to AND (o.ended_on IS NULL OR o.ended_on >= @from)`;
  const totals = (p: Span) => {
    const decided = (decision: string) =>
      number(
        db,
        `SELECT COUNT(*) FROM enforcement_decisions WHERE decided_on BETWEEN @from AND @to AND decision = '${decision}'`,
        p,
      );
    const people = number(
      db,
      `SELECT COUNT(DISTINCT o.person_id) FROM orders o WHERE ${liveSql}`,
      p,
    );
    const [warnings, breaches, accepted] = [
      decided('WARNING'),
      decided('BREACH'),
      decided('ACCEPTABLE'),
    ];
    return [
      warnings,
      breaches,
      accepted,
      people,
      percent(warnings, people),
      percent(breaches, people),
    ];
  };
  const nothing = (t: Cell[]) => t.slice(0, 4).every((n) => n === 0);

  // This period's people and decisions, each with the groups they count under.
  type Who = {
    person?: number;
    decision?: string;
    ethnicity: string;
    gender: string;
    age: number;
    requirement: string;
  };
  const live = db
    .prepare(
      `SELECT DISTINCT o.person_id AS person, pe.ethnicity, pe.gender, o.age_at_sentence AS age,
         o.requirement_type AS requirement
       FROM orders o JOIN people pe ON pe.id = o.person_id WHERE ${liveSql}`,
    )
    .all(periods.current) as Who[];
  const decisions = db
    .prepare(
      `SELECT d.decision, pe.ethnicity, pe.gender, o.age_at_sentence AS age,
         o.requirement_type AS requirement
       FROM enforcement_decisions d JOIN orders o ON o.id = d.order_id
       JOIN people pe ON pe.id = o.person_id
       WHERE d.decided_on BETWEEN @from AND @to`,
    )
    .all(periods.current) as Who[];
  const breakdown = (groupOf: (w: Who) => string, label: (group: string) => string): PlainTable => {
    const people = new Map<string, Set<number>>();
    for (const w of live) {
      const group = groupOf(w);
      (people.get(group) ?? people.set(group, new Set()).get(group)!).add(w.person!);
    }
    const counts = new Map<string, number[]>();
    for (const d of decisions)
      addInto(counts, groupOf(d), 3, ['WARNING', 'BREACH', 'ACCEPTABLE'].indexOf(d.decision!), 1);
    const groups = new Set([...people.keys(), ...counts.keys()]);
    return list(
      ['group', 'people', 'warnings', 'warningRate', 'breaches', 'breachRate', 'accepted'],
      [...groups].map((g) => {
        const n = people.get(g)?.size ?? 0;
        const [w, br, ac] = counts.get(g) ?? [0, 0, 0];
        return [label(g), n, w!, percent(w!, n), br!, percent(br!, n), ac!];
      }),
    );
  };
  return {
    'enforcement-totals': sideBySide(periods, totals, (a, b) => !(nothing(a) && nothing(b))),
    'enforcement-ethnicity': breakdown(
      (w) => ethnicGroupOf(w.ethnicity),
      (g) => groupLabel('ETHNICITY', g),
    ),
    'enforcement-gender': breakdown(
      (w) => w.gender,
      (g) => groupLabel('GENDER', g),
    ),
    'enforcement-age': breakdown(
      (w) => ageBandOf(w.age),
      (g) => groupLabel('AGE_BAND', g),
    ),
    'enforcement-requirement': breakdown(
      (w) => w.requirement,
      (g) => labelOf(requirementTypes, g),
    ),
  };
}

// ---------------------------------------------------------------------------------------------
// Exit interviews and outcomes
// ---------------------------------------------------------------------------------------------

const interviewsIn = `FROM exit_interviews WHERE interviewed_on BETWEEN @from AND @to`;

function exitInterviews(db: Sqlite, periods: Periods): PlainTables {
  const completions = (p: Span) => {
    const completed = `FROM orders o WHERE o.status = 'COMPLETED' AND o.ended_on BETWEEN @from AND @to`;
    const n = number(db, `SELECT COUNT(*) ${completed}`, p);
    const interviewed = number(
      db,
      `SELECT COUNT(*) ${completed} AND o.id IN (SELECT order_id FROM exit_interviews)`,
      p,
    );
    return [n, interviewed, percent(interviewed, n)];
  };
  const answers = (p: Span) => {
    const count = (where: string) => number(db, `SELECT COUNT(*) ${interviewsIn} AND ${where}`, p);
    const held = number(db, `SELECT COUNT(*) ${interviewsIn}`, p);
    const worthwhile = count(`work_worthwhile = 'YES'`);
    return [
      held,
      worthwhile,
      count(`work_worthwhile = 'NO'`),
      count(`work_worthwhile = 'UNSURE'`),
      percent(worthwhile, held),
      count(`will_volunteer = 'YES'`),
      count(`will_volunteer = 'NO'`),
      count(`will_volunteer = 'UNSURE'`),
      count('offered_paid_work = 1'),
      mean(db, `SELECT AVG(treatment_rating) ${interviewsIn}`, p),
    ];
  };
  const comments = db
    .prepare(
      `SELECT interviewed_on, trim(comments) ${interviewsIn} AND trim(COALESCE(comments, '')) <> ''
       ORDER BY interviewed_on DESC, id DESC LIMIT 10`,
    )
    .raw()
    .all(periods.current) as Cell[][];
  return {
    'exit-interviews': sideBySide(periods, completions),
    'exit-answers': sideBySide(periods, answers),
    'exit-comments': list(['date', 'text'], comments, true),
  };
}

function outcomes(db: Sqlite, periods: Periods): PlainTables {
  const figures = (p: Span) => {
    const count = (where: string) => number(db, `SELECT COUNT(*) ${interviewsIn} AND ${where}`, p);
    const held = number(db, `SELECT COUNT(*) ${interviewsIn}`, p);
    const noOffence = count(`further_offence = 'NO'`);
    const volunteer = count(`will_volunteer = 'YES'`);
    const paidWork = count('offered_paid_work = 1');
    return [
      held,
      noOffence,
      percent(noOffence, held),
      count(`further_offence = 'YES'`),
      count(`further_offence = 'UNSURE'`),
      volunteer,
      percent(volunteer, held),
      paidWork,
      percent(paidWork, held),
    ];
  };
  return { outcomes: sideBySide(periods, figures) };
}

// ---------------------------------------------------------------------------------------------
// Beneficiary surveys
// ---------------------------------------------------------------------------------------------

function surveys(db: Sqlite, periods: Periods): PlainTables {
  const surveysIn = `FROM beneficiary_surveys WHERE surveyed_on BETWEEN @from AND @to`;
  const figures = (p: Span) => {
    const n = number(db, `SELECT COUNT(*) ${surveysIn}`, p);
    const again = number(db, `SELECT COUNT(*) ${surveysIn} AND would_take_again = 'YES'`, p);
    return [
      n,
      number(db, `SELECT COUNT(DISTINCT placement_id) ${surveysIn}`, p),
      mean(db, `SELECT AVG(quality_rating) ${surveysIn}`, p),
      mean(db, `SELECT AVG(communication_rating) ${surveysIn}`, p),
      percent(again, n),
    ];
  };

  // Active placements other than the office's own induction placement, due a survey the
  // policy's interval after their latest survey on or before the end (or after being added).
  const end = spanOf(periods.current, periods.today).end;
  const interval = policyOn(db, end).surveyIntervalMonths;
  const overdue = (
    db
      .prepare(
        `SELECT p.name, p.beneficiary, p.created_at AS createdAt, MAX(b.surveyed_on) AS lastSurvey
         FROM placements p
         LEFT JOIN beneficiary_surveys b ON b.placement_id = p.id AND b.surveyed_on <= @end
         WHERE p.active = 1 AND p.type <> 'INDUCTION_PPWS'
         GROUP BY p.id`,
      )
      .all({ end }) as {
      name: string;
      beneficiary: string;
      createdAt: string;
      lastSurvey: string | null;
    }[]
  )
    // The day a placement was added is the day in England and Wales of its creation time.
    .map((p) => ({ ...p, addedOn: dayOf(p.createdAt) }))
    .filter((p) => p.addedOn <= end)
    .map((p): Cell[] => [
      p.name,
      p.beneficiary,
      p.lastSurvey,
      addMonths(p.lastSurvey ?? p.addedOn, interval),
    ])
    .filter((row) => (row[3] as string) < end);
  const comments = db
    .prepare(
      `SELECT s.surveyed_on, p.name, trim(s.comments)
       FROM beneficiary_surveys s JOIN placements p ON p.id = s.placement_id
       WHERE s.surveyed_on BETWEEN @from AND @to AND trim(COALESCE(s.comments, '')) <> ''
       ORDER BY s.surveyed_on DESC, s.id DESC LIMIT 10`,
    )
    .raw()
    .all(periods.current) as Cell[][];
  return {
    surveys: sideBySide(periods, figures),
    'surveys-overdue': list(['placement', 'beneficiary', 'lastSurvey', 'due'], overdue),
    'survey-comments': list(['date', 'placement', 'text'], comments, true),
  };
}

// ---------------------------------------------------------------------------------------------
// Capacity
// ---------------------------------------------------------------------------------------------

function capacity(db: Sqlite, periods: Periods): PlainTables {
  // The policy versions, latest first, to find the people per supervisor on each session's date.
  const versions = (
    db
      .prepare(
        'SELECT effective_from AS since, "values" FROM policy_versions ORDER BY effective_from DESC',
      )
      .all() as {
      since: string;
      values: string;
    }[]
  ).map((v) => ({
    since: v.since,
    policy: { ...defaultPolicy, ...(JSON.parse(v.values) as Partial<Policy>) },
  }));
  const perSupervisorOn = (date: string) =>
    (versions.find((v) => v.since <= date)?.policy ?? defaultPolicy).peoplePerSupervisor;

  const figures = (p: Span) => {
    const inDate = (kind: string) =>
      `EXISTS (SELECT 1 FROM staff_training t WHERE t.staff_id = st.id AND t.kind = '${kind}'
         AND t.completed_on <= @end AND t.expires_on >= @end)`;
    const supervisors = `FROM staff st WHERE st.role = 'SUPERVISOR' AND st.active = 1`;
    const active = number(db, `SELECT COUNT(*) ${supervisors}`, p);
    const trained = number(
      db,
      `SELECT COUNT(*) ${supervisors} AND ${inDate('RISK_OF_HARM')} AND ${inDate('HEALTH_AND_SAFETY')}`,
      p,
    );
    const sessions = db
      .prepare(
        `SELECT s.date,
           (SELECT COUNT(*) FROM bookings b WHERE b.session_id = s.id) AS booked,
           (SELECT COUNT(*) FROM session_supervisors ss WHERE ss.session_id = s.id) AS staffed
         FROM sessions s JOIN placements p ON p.id = s.placement_id
         WHERE s.date BETWEEN @from AND @to AND p.type IN ('GROUP', 'INDUCTION_PPWS')`,
      )
      .all(p) as { date: string; booked: number; staffed: number }[];
    let needed = 0;
    let staffed = 0;
    let short = 0;
    for (const s of sessions) {
      const need = Math.ceil(s.booked / perSupervisorOn(s.date));
      needed += need;
      staffed += s.staffed;
      if (s.staffed < need) short += 1;
    }
    const weeks = (daysBetween(p.from, p.to) + 1) / 7;
    return [
      trained,
      active - trained,
      sessions.length,
      needed,
      staffed,
      short,
      Math.round((needed / weeks) * 10) / 10,
    ];
  };
  // Listed when either period had a supervisor in post (trained or not) or a session.
  const supervisorsOrSessions = (f: Cell[]) => Number(f[0]) + Number(f[1]) + Number(f[2]) > 0;

  const end = spanOf(periods.current, periods.today).end;
  const placements = number(db, 'SELECT COUNT(*) FROM placements WHERE active = 1', {});
  const inDate = number(
    db,
    'SELECT COUNT(*) FROM placements WHERE active = 1 AND health_and_safety_review_due >= @end',
    { end },
  );
  const outOfDate = db
    .prepare(
      `SELECT name, beneficiary, health_and_safety_review_due FROM placements
       WHERE active = 1 AND health_and_safety_review_due < @end`,
    )
    .raw()
    .all({ end }) as Cell[][];

  // Each kind, then all kinds.
  const incidents = (p: Span) => {
    const byKind = incidentKinds.map((k) =>
      number(
        db,
        `SELECT COUNT(*) FROM incidents i JOIN sessions s ON s.id = i.session_id
         WHERE s.date BETWEEN @from AND @to AND i.kind = '${k.code}'`,
        p,
      ),
    );
    return [...byKind, byKind.reduce((t, n) => t + n, 0)];
  };

  return {
    'capacity-supervisors': sideBySide(
      periods,
      figures,
      (a, b) => supervisorsOrSessions(a) || supervisorsOrSessions(b),
    ),
    'capacity-safety': list(
      ['value'],
      placements > 0 ? [[placements], [inDate], [percent(inDate, placements)]] : [],
      true,
    ),
    'capacity-safety-out-of-date': list(['placement', 'beneficiary', 'reviewDue'], outOfDate),
    'capacity-incidents': sideBySide(
      periods,
      incidents,
      (a, b) => Number(a.at(-1)) + Number(b.at(-1)) > 0,
    ),
  };
}

/** Every section of the report, worked out plainly, by the report's section id. */
export const plainSections: Record<SectionId, (db: Sqlite, periods: Periods) => PlainTables> = {
  orders,
  standDowns,
  hoursOffered,
  timeliness,
  risk,
  employability,
  diversity,
  enforcement,
  exitInterviews,
  surveys,
  outcomes,
  capacity,
};
