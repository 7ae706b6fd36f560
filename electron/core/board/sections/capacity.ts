import type { BoardSection, BoardTable, ColumnKind } from '../../../../shared/contract/board';
import { daysBetween, formatDate } from '../../../../shared/dates';
import { incidentKinds } from '../../../../shared/session-codes';
import type { Sqlite } from '../../db/open';
import { requiredTraining } from '../../supervisors/rules';
import { counted, during, policyValueSql, shareText } from '../breakdowns';
import { endOf, type Period, type Periods } from '../period';
import { comparison, percent } from '../table';

/**
 * Capacity: supervisors in post at the period's end against the supervisors the sessions of the
 * period needed, placements' health and safety risk assessments in date, and incidents.
 */

const trainingList = requiredTraining.map((k) => `'${k}'`).join(', ');

/**
 * Supervisors marked in post (staff of role SUPERVISOR, active), and how many of them held every
 * required course (risk of harm, health and safety) on the day: completed by then, not expired.
 */
const supervisorsSql = `
  SELECT COUNT(*) AS active,
    COALESCE(SUM((
      SELECT COUNT(DISTINCT t.kind) FROM staff_training t
      WHERE t.staff_id = staff.id AND t.kind IN (${trainingList})
        AND t.completed_on <= @end AND t.expires_on >= @end
    ) = ${requiredTraining.length}), 0) AS trained
  FROM staff
  WHERE role = 'SUPERVISOR' AND active = 1`;

/**
 * Sessions run by UPW supervisors in the period (at group placements and the office's induction
 * and PPWS placement): people booked, supervisors needed (booked ÷ people per supervisor in force
 * on the session's date, rounded up) and supervisors assigned.
 */
const needSql = `
  SELECT COUNT(*) AS sessions,
    COALESCE(SUM(needed), 0) AS needed,
    COALESCE(SUM(staffed), 0) AS staffed,
    COALESCE(SUM(staffed < needed), 0) AS short
  FROM (
    SELECT (booked + perSupervisor - 1) / perSupervisor AS needed, staffed
    FROM (
      SELECT
        (SELECT COUNT(*) FROM bookings b WHERE b.session_id = s.id) AS booked,
        (SELECT COUNT(*) FROM session_supervisors ss WHERE ss.session_id = s.id) AS staffed,
        CAST(${policyValueSql('peoplePerSupervisor', 's.date')} AS INTEGER) AS perSupervisor
      FROM sessions s JOIN placements p ON p.id = s.placement_id
      WHERE s.date BETWEEN @from AND @to AND p.type IN ('GROUP', 'INDUCTION_PPWS')
    )
  )`;

/** Active placements, and those whose health and safety review falls on or after the day. */
const safetySql = `
  SELECT COUNT(*) AS placements,
    COALESCE(SUM(health_and_safety_review_due >= @end), 0) AS inDate
  FROM placements WHERE active = 1`;

const outOfDateSql = `
  SELECT name AS placement, beneficiary, health_and_safety_review_due AS reviewDue
  FROM placements
  WHERE active = 1 AND health_and_safety_review_due < @end
  ORDER BY health_and_safety_review_due, name`;

/** Incidents, accidents and near misses at sessions held in the period, by kind. */
const incidentsSql = `
  SELECT i.kind AS kind, COUNT(*) AS n
  FROM incidents i JOIN sessions s ON s.id = i.session_id
  WHERE s.date BETWEEN @from AND @to
  GROUP BY i.kind`;

interface Need {
  sessions: number;
  needed: number;
  staffed: number;
  short: number;
}

function capacityOf(sqlite: Sqlite, p: Period, today: string) {
  const end = endOf(p, today);
  const supervisors = sqlite.prepare(supervisorsSql).get({ end }) as {
    active: number;
    trained: number;
  };
  const need = sqlite.prepare(needSql).get({ from: p.from, to: p.to }) as Need;
  const weeks = (daysBetween(p.from, p.to) + 1) / 7;
  return {
    end,
    ...supervisors,
    ...need,
    perWeek: Math.round((need.needed / weeks) * 10) / 10,
  };
}

function incidentsOf(sqlite: Sqlite, p: Period): Map<string, number> {
  const rows = sqlite.prepare(incidentsSql).all({ from: p.from, to: p.to }) as {
    kind: string;
    n: number;
  }[];
  return new Map(rows.map((r) => [r.kind, r.n]));
}

/** A table of figures on one day: a measure and its value. */
function onTheDay(
  end: string,
  spec: { id: string; title: string; definition: string; emptyMessage: string },
  rows: readonly { measure: string; kind: ColumnKind; value: number | null }[],
): BoardTable {
  return {
    ...spec,
    columns: [
      { key: 'measure', label: 'Measure', kind: 'text' },
      { key: 'value', label: `On ${formatDate(end)}`, kind: 'mixed' },
    ],
    rows: rows.map((r) => ({ measure: r.measure, kind: r.kind, value: r.value })),
  };
}

export function capacitySection(sqlite: Sqlite, periods: Periods): BoardSection {
  const now = capacityOf(sqlite, periods.current, periods.today);
  const before = capacityOf(sqlite, periods.previous, periods.today);
  const end = now.end;
  const safety = sqlite.prepare(safetySql).get({ end }) as { placements: number; inDate: number };
  const outOfDate = sqlite.prepare(outOfDateSql).all({ end }) as {
    placement: string;
    beneficiary: string;
    reviewDue: string;
  }[];
  const incidents = incidentsOf(sqlite, periods.current);
  const incidentsBefore = incidentsOf(sqlite, periods.previous);
  const sum = (m: Map<string, number>) => [...m.values()].reduce((t, n) => t + n, 0);

  const supervisors = comparison(
    periods,
    {
      id: 'capacity-supervisors',
      title: 'Supervisors in post against need',
      definition:
        'Supervisors in post are the staff of the supervisor role marked in post now (Amends keeps no history of leaving), counted on the last day of each period (or today while it runs) when they held risk of harm and health and safety training in date that day (completed by then and not expired); those in post without both are counted apart. ' +
        'Sessions are those held in the period at group placements and the induction and Pre Placement Work Session placements, all run by UPW supervisors. ' +
        'Supervisor-sessions needed adds up, for each session, the people booked on it divided by the people per supervisor of the policy settings in force on its date, rounded up; staffed adds up the supervisors assigned to each session; ' +
        'a session is short when fewer supervisors were assigned than it needed. Supervisors needed a week is the supervisor-sessions needed divided by the weeks in the period (its days ÷ 7), to one decimal place.',
      emptyMessage: 'No supervisor was in post and no session was held in either period.',
    },
    now.active + now.sessions + before.active + before.sessions === 0
      ? []
      : [
          {
            measure: 'Supervisors in post with training in date',
            kind: 'count',
            current: now.trained,
            previous: before.trained,
          },
          {
            measure: 'Supervisors in post whose training was not in date',
            kind: 'count',
            current: now.active - now.trained,
            previous: before.active - before.trained,
          },
          {
            measure: 'Sessions run by UPW supervisors',
            kind: 'count',
            current: now.sessions,
            previous: before.sessions,
          },
          {
            measure: 'Supervisor-sessions needed',
            kind: 'count',
            current: now.needed,
            previous: before.needed,
          },
          {
            measure: 'Supervisor-sessions staffed',
            kind: 'count',
            current: now.staffed,
            previous: before.staffed,
          },
          {
            measure: 'Sessions short of supervisors',
            kind: 'count',
            current: now.short,
            previous: before.short,
          },
          {
            measure: 'Supervisors needed a week, on average',
            kind: 'number',
            current: now.perWeek,
            previous: before.perWeek,
          },
        ],
  );

  const safetyTable = onTheDay(
    end,
    {
      id: 'capacity-safety',
      title: 'Health and safety risk assessments',
      definition: `The placements marked active now (Amends keeps no history of closing), and those whose health and safety risk assessment was in date on ${formatDate(end)} (the period’s end, or today while it runs): its review falls due on that day or later. The share is of the active placements.`,
      emptyMessage: 'No placement is active.',
    },
    safety.placements === 0
      ? []
      : [
          { measure: 'Active placements', kind: 'count', value: safety.placements },
          { measure: 'With the assessment in date', kind: 'count', value: safety.inDate },
          {
            measure: 'Share in date',
            kind: 'percent',
            value: percent(safety.inDate, safety.placements),
          },
        ],
  );

  const incidentsTable = comparison(
    periods,
    {
      id: 'capacity-incidents',
      title: 'Accidents, incidents and near misses',
      definition:
        'Accidents, incidents and near misses reported at sessions held in the period (by the date of the session), by kind.',
      emptyMessage:
        'No accident, incident or near miss was reported at a session in either period.',
    },
    sum(incidents) + sum(incidentsBefore) === 0
      ? []
      : [
          ...incidentKinds.map((k) => ({
            measure: k.label,
            kind: 'count' as const,
            current: incidents.get(k.code) ?? 0,
            previous: incidentsBefore.get(k.code) ?? 0,
          })),
          {
            measure: 'All kinds',
            kind: 'count' as const,
            current: sum(incidents),
            previous: sum(incidentsBefore),
          },
        ],
  );

  const inPost =
    now.trained === 0
      ? `No supervisor was in post with training in date on ${formatDate(end)}`
      : `${counted(now.trained, 'supervisor')} ${now.trained === 1 ? 'was' : 'were'} in post with training in date on ${formatDate(end)}`;
  const need =
    now.sessions === 0
      ? `${inPost}; no session run by UPW supervisors was held in ${during(periods.current)}.`
      : `${inPost}, against ${now.perWeek} needed a week on average` +
        (now.short > 0
          ? `; ${now.short} of the ${counted(now.sessions, 'session')} ${now.short === 1 ? 'was' : 'were'} short of supervisors.`
          : '.');
  const assessments =
    safety.placements === 0
      ? 'No placement is active.'
      : `${shareText(percent(safety.inDate, safety.placements))} of active placements had their health and safety risk assessment in date` +
        (outOfDate.length ? ` (${outOfDate.length} out of date).` : '.');
  const reported = sum(incidents)
    ? ` ${counted(sum(incidents), 'accident, incident or near miss', 'accidents, incidents and near misses')} reported at sessions.`
    : '';
  const summary = `${need} ${assessments}${reported}`;

  return {
    id: 'capacity',
    title: 'Capacity',
    summary,
    tables: [
      supervisors,
      safetyTable,
      {
        id: 'capacity-safety-out-of-date',
        title: `Placements with the health and safety assessment out of date on ${formatDate(end)}`,
        columns: [
          { key: 'placement', label: 'Placement', kind: 'text' },
          { key: 'beneficiary', label: 'Beneficiary', kind: 'text' },
          { key: 'reviewDue', label: 'Review was due', kind: 'date' },
        ],
        rows: outOfDate.map((o) => ({ ...o })),
        definition: `Active placements whose health and safety risk assessment review fell due before ${formatDate(end)}, the earliest first.`,
        emptyMessage: `Every active placement’s health and safety risk assessment was in date on ${formatDate(end)}.`,
      },
      incidentsTable,
    ],
  };
}
