import { labelOf } from '../../../../shared/codes';
import type { BoardSection, BoardTable } from '../../../../shared/contract/board';
import { formatMinutes } from '../../../../shared/dates';
import { standDownCauses } from '../../../../shared/session-codes';
import type { Sqlite } from '../../db/open';
import type { Period, Periods } from '../period';
import { percent } from '../table';
import { counted, shareText } from '../breakdowns';
import { comparisonOf, monthsOf, sessionMinutesSql, standDownOutcomesSql } from './measures';

/**
 * Stand-downs: the service sending people away (ATSS, on the day) or telling them not to come
 * (AASD, in advance). Every figure counts bookings with one of those two outcomes on sessions
 * dated in the period; a booking is one person at one session.
 */

const standDownWords =
  'A stand-down is a booking recorded as sent home for service issues on the day (ATSS) or stood down in advance by the service (AASD), on a session dated in the period.';

/** The cause stored on the booking, or NONE where none was recorded (registers entered before causes were asked). */
const causeSql = `COALESCE(b.stand_down_cause, 'NONE')`;
const notRecorded = { code: 'NONE', label: 'Reason not recorded' } as const;
const causeList = [...standDownCauses, notRecorded];

interface Totals {
  events: number;
  people: number;
  bookings: number;
  onTheDay: number;
  inAdvance: number;
  lostMinutes: number;
  creditedMinutes: number;
  recorded: number;
}

function totalsOf(sqlite: Sqlite, p: Period): Totals {
  // Events: distinct sessions with at least one stand-down. People: distinct orders stood down.
  // Hours lost: the session's scheduled length for each stand-down. Hours credited: the credit
  // recorded on those bookings. Recorded: bookings with any outcome on sessions in the period.
  const row = sqlite
    .prepare(
      `SELECT COUNT(DISTINCT s.id) AS events, COUNT(DISTINCT b.order_id) AS people,
         COUNT(*) AS bookings,
         COALESCE(SUM(b.outcome = 'ATSS'), 0) AS onTheDay,
         COALESCE(SUM(b.outcome = 'AASD'), 0) AS inAdvance,
         COALESCE(SUM(${sessionMinutesSql}), 0) AS lostMinutes,
         COALESCE(SUM(b.credited_minutes), 0) AS creditedMinutes
       FROM bookings b JOIN sessions s ON s.id = b.session_id
       WHERE s.date BETWEEN @from AND @to AND b.outcome IN (${standDownOutcomesSql})`,
    )
    .get({ from: p.from, to: p.to }) as Omit<Totals, 'recorded'>;
  const recorded = sqlite
    .prepare(
      `SELECT COUNT(*) AS n FROM bookings b JOIN sessions s ON s.id = b.session_id
       WHERE s.date BETWEEN @from AND @to AND b.outcome IS NOT NULL`,
    )
    .get({ from: p.from, to: p.to }) as { n: number };
  return { ...row, recorded: recorded.n };
}

interface GroupRow {
  key: string;
  label: string;
  events: number;
  current: number;
  previous: number;
  lostCurrent: number;
  lostPrevious: number;
  creditedCurrent: number;
}

/** Stand-downs of both periods grouped by the SQL `keyOf` (events and credit for this period only). */
function groupedBy(
  sqlite: Sqlite,
  periods: Periods,
  group: { keyOf: string; labelOf: string; join: string },
): GroupRow[] {
  const { current, previous } = periods;
  return sqlite
    .prepare(
      `SELECT ${group.keyOf} AS key, ${group.labelOf} AS label,
         COUNT(DISTINCT CASE WHEN s.date BETWEEN @from AND @to THEN s.id END) AS events,
         COALESCE(SUM(s.date BETWEEN @from AND @to), 0) AS current,
         COALESCE(SUM(s.date BETWEEN @pfrom AND @pto), 0) AS previous,
         COALESCE(SUM(CASE WHEN s.date BETWEEN @from AND @to THEN ${sessionMinutesSql} END), 0) AS lostCurrent,
         COALESCE(SUM(CASE WHEN s.date BETWEEN @pfrom AND @pto THEN ${sessionMinutesSql} END), 0) AS lostPrevious,
         COALESCE(SUM(CASE WHEN s.date BETWEEN @from AND @to THEN b.credited_minutes END), 0) AS creditedCurrent
       FROM bookings b JOIN sessions s ON s.id = b.session_id ${group.join}
       WHERE (s.date BETWEEN @from AND @to OR s.date BETWEEN @pfrom AND @pto)
         AND b.outcome IN (${standDownOutcomesSql})
       GROUP BY ${group.keyOf}`,
    )
    .all({
      from: current.from,
      to: current.to,
      pfrom: previous.from,
      pto: previous.to,
    }) as GroupRow[];
}

const groupColumns = [
  { key: 'events', label: 'Events, this period', kind: 'count' },
  { key: 'current', label: 'Stood down, this period', kind: 'count' },
  { key: 'previous', label: 'Stood down, previous period', kind: 'count' },
  { key: 'lostCurrent', label: 'Hours lost, this period', kind: 'minutes' },
  { key: 'lostPrevious', label: 'Hours lost, previous period', kind: 'minutes' },
  { key: 'creditedCurrent', label: 'Hours credited, this period', kind: 'minutes' },
] as const;

const groupFigures = (r: GroupRow) => ({
  events: r.events,
  current: r.current,
  previous: r.previous,
  lostCurrent: r.lostCurrent,
  lostPrevious: r.lostPrevious,
  creditedCurrent: r.creditedCurrent,
});

const emptyBoth = 'No one was stood down in this period or the previous one.';

function byCause(sqlite: Sqlite, periods: Periods): BoardTable {
  const rows = groupedBy(sqlite, periods, { keyOf: causeSql, labelOf: causeSql, join: '' });
  const rank = (code: string) => causeList.findIndex((c) => c.code === code);
  return {
    id: 'stand-downs-by-cause',
    title: 'Stand-downs by reason',
    columns: [{ key: 'cause', label: 'Reason', kind: 'text' }, ...groupColumns],
    rows: rows
      .sort((a, b) => rank(a.key) - rank(b.key))
      .map((r) => ({ cause: labelOf(causeList, r.key), ...groupFigures(r) })),
    definition: `${standDownWords} Each stand-down is counted under the reason recorded on the booking ("Reason not recorded" where there is none). Events: sessions in this period with at least one stand-down for that reason. Stood down: stand-downs (one person at one session). Hours lost: the session's scheduled length, start to finish, for each stand-down. Hours credited: the credit recorded on those bookings. Only reasons with a stand-down in either period are listed.`,
    emptyMessage: emptyBoth,
  };
}

function byPlacement(sqlite: Sqlite, periods: Periods): BoardTable {
  const rows = groupedBy(sqlite, periods, {
    keyOf: 's.placement_id',
    labelOf: 'MIN(p.name)',
    join: 'JOIN placements p ON p.id = s.placement_id',
  });
  return {
    id: 'stand-downs-by-placement',
    title: 'Stand-downs by placement',
    columns: [{ key: 'placement', label: 'Placement', kind: 'text' }, ...groupColumns],
    rows: rows
      .map((r) => ({ placement: r.label, ...groupFigures(r) }))
      .sort((a, b) => b.current - a.current || a.placement.localeCompare(b.placement)),
    definition: `${standDownWords} Each stand-down is counted under the placement that ran the session. Events: sessions in this period at the placement with at least one stand-down. Stood down: stand-downs (one person at one session). Hours lost: the session's scheduled length for each stand-down. Hours credited: the credit recorded on those bookings. Placements with a stand-down in either period are listed, most stand-downs this period first.`,
    emptyMessage: emptyBoth,
  };
}

function byMonth(sqlite: Sqlite, p: Period, any: boolean): BoardTable {
  // One row per calendar month of the period: stand-downs by reason, their total and hours lost.
  const counts = sqlite
    .prepare(
      `SELECT substr(s.date, 1, 7) AS month, ${causeSql} AS cause, COUNT(*) AS n,
         COALESCE(SUM(${sessionMinutesSql}), 0) AS lost
       FROM bookings b JOIN sessions s ON s.id = b.session_id
       WHERE s.date BETWEEN @from AND @to AND b.outcome IN (${standDownOutcomesSql})
       GROUP BY month, cause`,
    )
    .all({ from: p.from, to: p.to }) as { month: string; cause: string; n: number; lost: number }[];
  // A column for each reason with a stand-down in the period, in the order of the reasons list.
  const causes = causeList.filter((c) => counts.some((r) => r.cause === c.code));
  const rows = monthsOf(p).map((m) => {
    const row: Record<string, string | number> = { month: m.label };
    let total = 0;
    let lost = 0;
    for (const c of causes) {
      const found = counts.find((r) => r.month === m.key && r.cause === c.code);
      row[c.code] = found?.n ?? 0;
      total += found?.n ?? 0;
      lost += found?.lost ?? 0;
    }
    return { ...row, total, lostMinutes: lost };
  });
  return {
    id: 'stand-downs-by-month',
    title: 'Stand-downs month by month',
    columns: [
      { key: 'month', label: 'Month', kind: 'text' },
      ...causes.map((c) => ({ key: c.code, label: c.label, kind: 'count' as const })),
      { key: 'total', label: 'All stand-downs', kind: 'count' },
      { key: 'lostMinutes', label: 'Hours lost', kind: 'minutes' },
    ],
    rows: any ? rows : [],
    definition: `${standDownWords} One row for each calendar month of the period (the first and last months only for the days inside the period), counting stand-downs by the reason recorded on the booking (a column for each reason with a stand-down in the period), with their total and the hours lost (the session's scheduled length for each stand-down).`,
    emptyMessage: 'No one was stood down in this period.',
  };
}

export function standDownsSection(sqlite: Sqlite, periods: Periods): BoardSection {
  const now = totalsOf(sqlite, periods.current);
  const before = totalsOf(sqlite, periods.previous);
  const both = (of: (t: Totals) => number | null) => ({ current: of(now), previous: of(before) });
  const totals = comparisonOf(
    periods,
    {
      id: 'stand-downs',
      title: 'Stand-downs',
      definition: `${standDownWords} Events: sessions with at least one stand-down. People affected: the different orders stood down at least once. Stood down: stand-downs counted one for each person at each session, on the day (ATSS) and in advance (AASD). Hours lost: the session's scheduled length, start to finish, for each stand-down. Hours credited: the credit recorded on those bookings under the policy of the day. Share of recorded bookings: stand-downs as a share of all bookings on sessions in the period with an outcome recorded.`,
      emptyMessage: emptyBoth,
    },
    now.bookings + before.bookings > 0,
    [
      { measure: 'Events (sessions with a stand-down)', kind: 'count', ...both((t) => t.events) },
      { measure: 'People affected', kind: 'count', ...both((t) => t.people) },
      { measure: 'Stood down', kind: 'count', ...both((t) => t.bookings) },
      { measure: 'Stood down on the day (ATSS)', kind: 'count', ...both((t) => t.onTheDay) },
      { measure: 'Stood down in advance (AASD)', kind: 'count', ...both((t) => t.inAdvance) },
      { measure: 'Hours lost', kind: 'minutes', ...both((t) => t.lostMinutes) },
      { measure: 'Hours credited for them', kind: 'minutes', ...both((t) => t.creditedMinutes) },
      {
        measure: 'Share of recorded bookings stood down',
        kind: 'percent',
        ...both((t) => percent(t.bookings, t.recorded)),
      },
    ],
  );
  const summary =
    now.bookings > 0
      ? `${counted(now.bookings, 'stand-down')} at ${counted(now.events, 'session')}, affecting ${counted(now.people, 'person', 'people')}: ${formatMinutes(now.lostMinutes)} of work lost and ${formatMinutes(now.creditedMinutes)} credited (${counted(before.bookings, 'stand-down')} in the previous period). ${shareText(percent(now.bookings, now.recorded))} of recorded bookings were stand-downs.`
      : `No one was stood down in this period (${counted(before.bookings, 'stand-down')} in the previous period).`;
  return {
    id: 'standDowns',
    title: 'Stand-downs',
    summary,
    tables: [
      totals,
      byCause(sqlite, periods),
      byPlacement(sqlite, periods),
      byMonth(sqlite, periods.current, now.bookings > 0),
    ],
  };
}
