import type Database from 'better-sqlite3';
import type { Gender, StaffRole } from '../../../shared/codes';
import { ageOn } from '../../../shared/dates';
import type {
  PlacementPreference,
  PlacementType,
  Restriction,
  RiskFlag,
  RiskLevel,
  Skill,
  Slot,
  TransportMode,
} from '../../../shared/placement-codes';
import type { AbsenceKind, StaffGender, TrainingKind } from '../../../shared/session-codes';
import type { Candidate, PlacementOffer } from '../allocation/types';
import type { Sqlite } from '../db/open';
import { slices } from '../db/slices';
import type { RotaBooking, RotaSession } from './forecast';
import type { ExistingSession, PlanPlacement, PlannedSession, RotaSupervisor } from './rules';

/**
 * Every read and write of the rota. Plain prepared statements on the connection: generation and
 * the forecast read whole fortnights of a region at once, a few statements each, never per row.
 */

/** A person as the allocation rules see them: their latest assessment and induction (by date, then entry). */
const candidateColumns = `
  o.id AS orderId, pe.family_name || ', ' || pe.given_names AS personName,
  pe.date_of_birth AS dateOfBirth, pe.gender,
  ra.id AS assessmentId, ra.level, ra.flags, ra.restrictions, ra.exclusion_area AS exclusionArea,
  i.id AS inductionId, i.availability, i.wheelchair_user AS wheelchairUser, i.transport,
  i.home_area AS homeArea, i.skills, i.employability_need AS employabilityNeed, i.preference`;
const latestJoins = `
  LEFT JOIN risk_assessments ra ON ra.id = (
    SELECT r.id FROM risk_assessments r WHERE r.order_id = o.id
    ORDER BY r.assessed_on DESC, r.id DESC LIMIT 1)
  LEFT JOIN inductions i ON i.id = (
    SELECT n.id FROM inductions n WHERE n.order_id = o.id
    ORDER BY n.inducted_on DESC, n.id DESC LIMIT 1)`;

interface CandidateRow {
  orderId: number;
  personName: string;
  dateOfBirth: string;
  gender: Gender;
  assessmentId: number | null;
  level: RiskLevel;
  flags: string;
  restrictions: string;
  exclusionArea: string | null;
  inductionId: number | null;
  availability: string;
  wheelchairUser: number;
  transport: TransportMode;
  homeArea: string | null;
  skills: string;
  employabilityNeed: number;
  preference: PlacementPreference;
}

function toCandidate(r: CandidateRow, today: string): Candidate {
  return {
    orderId: r.orderId,
    name: r.personName,
    age: ageOn(r.dateOfBirth, today),
    gender: r.gender,
    assessment:
      r.assessmentId === null
        ? null
        : {
            level: r.level,
            flags: JSON.parse(r.flags) as RiskFlag[],
            restrictions: JSON.parse(r.restrictions) as Restriction[],
            exclusionArea: r.exclusionArea,
          },
    induction:
      r.inductionId === null
        ? null
        : {
            availability: JSON.parse(r.availability) as Slot[],
            wheelchairUser: r.wheelchairUser === 1,
            transport: r.transport,
            homeArea: r.homeArea,
            skills: JSON.parse(r.skills) as Skill[],
            employabilityNeed: r.employabilityNeed === 1,
            preference: r.preference,
          },
  };
}

type Statements = ReturnType<typeof prepare>;
const cache = new WeakMap<Sqlite, Statements>();

function prepare(sqlite: Sqlite) {
  return {
    sessionsBetween: sqlite.prepare(`
      SELECT s.id, s.placement_id AS placementId, p.name AS placementName, p.type AS placementType,
             s.date, s.start_time AS startTime, s.end_time AS endTime, s.capacity AS places,
             s.leader_id AS leaderId
      FROM sessions s JOIN placements p ON p.id = s.placement_id
      WHERE s.date BETWEEN ? AND ?
      ORDER BY s.date, s.start_time, p.name, s.id`),
    supervisorsBetween: sqlite.prepare(`
      SELECT ss.session_id AS sessionId, ss.staff_id AS staffId
      FROM session_supervisors ss JOIN sessions s ON s.id = ss.session_id
      WHERE s.date BETWEEN ? AND ?
      ORDER BY ss.id`),
    bookingsBetween: sqlite.prepare(`
      SELECT b.id AS bookingId, b.session_id AS sessionId, b.order_id AS orderId,
             pe.family_name || ', ' || pe.given_names AS personName,
             pe.case_reference AS caseReference, b.outcome IS NOT NULL AS recorded
      FROM bookings b
      JOIN sessions s ON s.id = b.session_id
      JOIN orders o ON o.id = b.order_id
      JOIN people pe ON pe.id = o.person_id
      WHERE s.date BETWEEN ? AND ?
      ORDER BY b.id`),
    sessionDate: sqlite.prepare('SELECT date FROM sessions WHERE id = ?'),
    staff: sqlite.prepare(`
      SELECT id, name, role, active, gender, working_slots AS workingSlots FROM staff`),
    absences: sqlite.prepare(`
      SELECT staff_id AS staffId, kind, from_date AS fromDate, to_date AS toDate
      FROM staff_absences WHERE to_date >= ? AND from_date <= ?`),
    training: sqlite.prepare(`
      SELECT staff_id AS staffId, kind, expires_on AS expiresOn FROM staff_training`),
    placements: sqlite.prepare(`
      SELECT id, type, sessions, start_time AS startTime, end_time AS endTime, capacity,
             health_and_safety_review_due AS healthAndSafetyReviewDue
      FROM placements
      WHERE active = 1 AND type IN ('GROUP', 'INDIVIDUAL', 'EMPLOYABILITY')
        AND health_and_safety_review_due >= ?
      ORDER BY id`),
    allocated: sqlite.prepare(`
      SELECT a.placement_id AS placementId, ${candidateColumns}
      FROM allocations a
      JOIN placements p ON p.id = a.placement_id
      JOIN orders o ON o.id = a.order_id
      JOIN people pe ON pe.id = o.person_id
      ${latestJoins}
      WHERE a.ended_on IS NULL AND o.status = 'LIVE'
        AND o.credited_minutes < o.hours_ordered_minutes
        AND p.active = 1 AND p.type IN ('GROUP', 'INDIVIDUAL', 'EMPLOYABILITY')
      ORDER BY a.placement_id, a.allocated_on, a.id`),
    offers: sqlite.prepare(`
      SELECT id, name, type, area, sessions, capacity, max_risk_level AS maxRiskLevel,
             excluded_flags AS excludedFlags, suits, features, skills,
             transport_provided AS transportProvided,
             health_and_safety_review_due AS healthAndSafetyReviewDue
      FROM placements`),
    insertSession: sqlite.prepare(`
      INSERT INTO sessions (placement_id, date, start_time, end_time, leader_id, capacity, created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?)`),
    insertBooking: sqlite.prepare(
      'INSERT INTO bookings (session_id, order_id, created_at) VALUES (?, ?, ?)',
    ),
    insertSupervisor: sqlite.prepare(
      'INSERT OR IGNORE INTO session_supervisors (session_id, staff_id, created_at) VALUES (?, ?, ?)',
    ),
    deleteSupervisor: sqlite.prepare(
      'DELETE FROM session_supervisors WHERE session_id = ? AND staff_id = ?',
    ),
    setLeader: sqlite.prepare('UPDATE sessions SET leader_id = ? WHERE id = ?'),
  };
}

function statements(sqlite: Sqlite): Statements {
  let s = cache.get(sqlite);
  if (!s) cache.set(sqlite, (s = prepare(sqlite)));
  return s;
}

const all = <T>(statement: Database.Statement, ...params: unknown[]) =>
  statement.all(...params) as T[];

interface SessionRow {
  id: number;
  placementId: number;
  placementName: string;
  placementType: PlacementType;
  date: string;
  startTime: string;
  endTime: string;
  places: number;
  leaderId: number | null;
}

/** Every session from `from` to `to`, of every type, with its supervisors (leader first) and bookings. */
export function sessionsBetween(sqlite: Sqlite, from: string, to: string): RotaSession[] {
  const st = statements(sqlite);
  const rows = all<SessionRow>(st.sessionsBetween, from, to);
  const staffOf = new Map<number, number[]>();
  for (const r of all<{ sessionId: number; staffId: number }>(st.supervisorsBetween, from, to)) {
    const list = staffOf.get(r.sessionId);
    if (list) list.push(r.staffId);
    else staffOf.set(r.sessionId, [r.staffId]);
  }
  const bookingsOf = new Map<number, { list: RotaBooking[]; recorded: number }>();
  for (const r of all<RotaBooking & { sessionId: number; recorded: number }>(
    st.bookingsBetween,
    from,
    to,
  )) {
    let entry = bookingsOf.get(r.sessionId);
    if (!entry) bookingsOf.set(r.sessionId, (entry = { list: [], recorded: 0 }));
    entry.list.push({
      bookingId: r.bookingId,
      orderId: r.orderId,
      personName: r.personName,
      caseReference: r.caseReference,
    });
    entry.recorded += r.recorded;
  }
  return rows.map((r) => {
    // A session arranged by hand may have its leader only in sessions.leader_id.
    const listed = staffOf.get(r.id) ?? [];
    const staffIds =
      r.leaderId === null ? listed : [r.leaderId, ...listed.filter((id) => id !== r.leaderId)];
    const booked = bookingsOf.get(r.id);
    return { ...r, staffIds, bookings: booked?.list ?? [], recorded: booked?.recorded ?? 0 };
  });
}

/** The date of a session; null when there is no such session. */
export function sessionDateOf(sqlite: Sqlite, sessionId: number): string | null {
  const row = statements(sqlite).sessionDate.get(sessionId) as { date: string } | undefined;
  return row?.date ?? null;
}

export type RotaStaff = RotaSupervisor & { role: StaffRole };

/** Every member of staff with the absences that touch these dates and all their training. */
export function staffForRota(sqlite: Sqlite, from: string, to: string): Map<number, RotaStaff> {
  const st = statements(sqlite);
  const byId = new Map<number, RotaStaff>();
  for (const r of all<{
    id: number;
    name: string;
    role: StaffRole;
    active: number;
    gender: StaffGender;
    workingSlots: string;
  }>(st.staff)) {
    byId.set(r.id, {
      id: r.id,
      name: r.name,
      role: r.role,
      active: r.active === 1,
      gender: r.gender,
      workingSlots: JSON.parse(r.workingSlots) as Slot[],
      absences: [],
      training: [],
    });
  }
  for (const a of all<{ staffId: number; kind: AbsenceKind; fromDate: string; toDate: string }>(
    st.absences,
    from,
    to,
  )) {
    (byId.get(a.staffId)?.absences as RotaStaff['absences'][number][] | undefined)?.push(a);
  }
  for (const t of all<{ staffId: number; kind: TrainingKind; expiresOn: string }>(st.training)) {
    (byId.get(t.staffId)?.training as RotaStaff['training'][number][] | undefined)?.push(t);
  }
  return byId;
}

/** Staff who may be put on a session: supervisors and UPW managers in post. */
export const supervisingRoles: readonly StaffRole[] = ['SUPERVISOR', 'UPW_MANAGER'];

export function supervisorPool(staff: ReadonlyMap<number, RotaStaff>): RotaStaff[] {
  return [...staff.values()].filter((s) => s.active && supervisingRoles.includes(s.role));
}

/** Active placements that get sessions from a pattern, with their health and safety review in date. */
export function placementsToRun(sqlite: Sqlite, from: string): PlanPlacement[] {
  return all<Omit<PlanPlacement, 'sessions'> & { sessions: string }>(
    statements(sqlite).placements,
    from,
  ).map((p) => ({ ...p, sessions: JSON.parse(p.sessions) as Slot[] }));
}

/**
 * People allocated now to the placements that get sessions, on a live order with hours left,
 * earliest allocated first at each placement, as the allocation rules see them.
 */
export function allocatedCandidates(sqlite: Sqlite, today: string) {
  return all<CandidateRow & { placementId: number }>(statements(sqlite).allocated).map((r) => ({
    placementId: r.placementId,
    candidate: toCandidate(r, today),
  }));
}

/** Sessions already made in the dates, for generation: what is there, who is booked, who is busy. */
export function existingSessions(sessions: readonly RotaSession[]): ExistingSession[] {
  return sessions.map((s) => ({
    placementId: s.placementId,
    date: s.date,
    startTime: s.startTime,
    endTime: s.endTime,
    staffIds: s.staffIds,
    orderIds: s.bookings.map((b) => b.orderId),
  }));
}

/** Writes the planned sessions with their bookings and supervisors (the first as leader). */
export function writePlan(sqlite: Sqlite, planned: readonly PlannedSession[], now: string) {
  const st = statements(sqlite);
  for (const s of planned) {
    const sessionId = Number(
      st.insertSession.run(
        s.placementId,
        s.date,
        s.startTime,
        s.endTime,
        s.staffIds[0] ?? null,
        s.capacity,
        now,
      ).lastInsertRowid,
    );
    for (const orderId of s.orderIds) st.insertBooking.run(sessionId, orderId, now);
    for (const staffId of s.staffIds) st.insertSupervisor.run(sessionId, staffId, now);
  }
}

export function addSupervisor(sqlite: Sqlite, sessionId: number, staffId: number, now: string) {
  statements(sqlite).insertSupervisor.run(sessionId, staffId, now);
}

export function takeOffSupervisor(sqlite: Sqlite, sessionId: number, staffId: number) {
  statements(sqlite).deleteSupervisor.run(sessionId, staffId);
}

export function setLeader(sqlite: Sqlite, sessionId: number, leaderId: number | null) {
  statements(sqlite).setLeader.run(leaderId, sessionId);
}

/** The people on these orders, as the allocation rules see them. */
export function candidatesOf(sqlite: Sqlite, orderIds: readonly number[], today: string) {
  const out = new Map<number, Candidate>();
  for (const slice of slices(orderIds)) {
    const rows = sqlite
      .prepare(
        `SELECT ${candidateColumns}
         FROM orders o JOIN people pe ON pe.id = o.person_id ${latestJoins}
         WHERE o.id IN (${slice.map(() => '?').join(', ')})`,
      )
      .all(...slice) as CandidateRow[];
    for (const r of rows) out.set(r.orderId, toCandidate(r, today));
  }
  return out;
}

/** Every placement as the allocation rules see it (its places and allocations are not needed here). */
export function placementOffers(sqlite: Sqlite): Map<number, PlacementOffer> {
  const rows = all<
    Omit<
      PlacementOffer,
      'sessions' | 'excludedFlags' | 'suits' | 'features' | 'skills' | 'transportProvided'
    > & {
      sessions: string;
      excludedFlags: string;
      suits: string;
      features: string;
      skills: string;
      transportProvided: number;
    }
  >(statements(sqlite).offers);
  return new Map(
    rows.map((p) => [
      p.id,
      {
        ...p,
        sessions: JSON.parse(p.sessions) as Slot[],
        excludedFlags: JSON.parse(p.excludedFlags) as RiskFlag[],
        suits: JSON.parse(p.suits) as PlacementOffer['suits'],
        features: JSON.parse(p.features) as PlacementOffer['features'],
        skills: JSON.parse(p.skills) as Skill[],
        transportProvided: p.transportProvided === 1,
        allocated: 0,
      },
    ]),
  );
}
