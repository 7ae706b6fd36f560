import { and, count, desc, eq, gte, lte } from 'drizzle-orm';
import type { IncidentKind } from '../../../shared/session-codes';
import type { Db } from '../db/open';
import { placements } from '../placements/schema';
import { sessions } from '../sessions/schema';
import { incidents } from './schema';

function incidentsWithSessions(db: Db) {
  return db
    .select({
      id: incidents.id,
      sessionId: incidents.sessionId,
      sessionDate: sessions.date,
      placementName: placements.name,
      kind: incidents.kind,
      occurredAt: incidents.occurredAt,
      whatHappened: incidents.whatHappened,
      peopleInvolved: incidents.peopleInvolved,
      injuries: incidents.injuries,
      firstAidGiven: incidents.firstAidGiven,
      actionTaken: incidents.actionTaken,
      reportedTo: incidents.reportedTo,
      reportedOn: incidents.reportedOn,
      recordedBy: incidents.recordedBy,
    })
    .from(incidents)
    .innerJoin(sessions, eq(sessions.id, incidents.sessionId))
    .innerJoin(placements, eq(placements.id, sessions.placementId));
}

const latestFirst = [desc(sessions.date), desc(incidents.occurredAt), desc(incidents.id)];

export function insertIncident(
  db: Db,
  values: Omit<typeof incidents.$inferInsert, 'id'> & { kind: IncidentKind },
): number {
  return db.insert(incidents).values(values).returning({ id: incidents.id }).get().id;
}

export function findIncident(db: Db, id: number) {
  return incidentsWithSessions(db).where(eq(incidents.id, id)).get() ?? null;
}

export function incidentsOfSession(db: Db, sessionId: number) {
  return incidentsWithSessions(db)
    .where(eq(incidents.sessionId, sessionId))
    .orderBy(...latestFirst)
    .all();
}

const inPeriod = (from: string, to: string) =>
  and(gte(sessions.date, from), lte(sessions.date, to));

/** Incidents at sessions between two dates (inclusive), latest first. */
export function listIncidents(db: Db, from: string, to: string) {
  return incidentsWithSessions(db)
    .where(inPeriod(from, to))
    .orderBy(...latestFirst)
    .all();
}

/** How many incidents of each kind happened at sessions between two dates (kinds with none are absent). */
export function countIncidentsByKind(db: Db, from: string, to: string) {
  return db
    .select({ kind: incidents.kind, count: count() })
    .from(incidents)
    .innerJoin(sessions, eq(sessions.id, incidents.sessionId))
    .where(inPeriod(from, to))
    .groupBy(incidents.kind)
    .all();
}
