import { and, asc, count, eq, gte, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import { outcomes, type PlacementType } from '../../../shared/placement-codes';
import type { Db } from '../db/open';
import { slices } from '../db/slices';
import { orders } from '../orders/schema';
import { people } from '../people/schema';
import { placements } from '../placements/schema';
import { policyVersions } from '../policy/schema';
import { staff } from '../staff/schema';
import { bookings, sessions } from './schema';

const attendedOutcomes = outcomes.filter((o) => o.attended).map((o) => o.code);

const booked = sql<number>`(SELECT COUNT(*) FROM bookings b WHERE b.session_id = sessions.id)`;
const recorded = sql<number>`(SELECT COUNT(*) FROM bookings b WHERE b.session_id = sessions.id AND b.outcome IS NOT NULL)`;

function sessionRows(db: Db) {
  return db
    .select({
      id: sessions.id,
      placementId: sessions.placementId,
      placementName: placements.name,
      placementType: placements.type,
      date: sessions.date,
      startTime: sessions.startTime,
      endTime: sessions.endTime,
      leaderId: sessions.leaderId,
      leaderName: staff.name,
      capacity: sessions.capacity,
      booked,
      recorded,
    })
    .from(sessions)
    .innerJoin(placements, eq(placements.id, sessions.placementId))
    .leftJoin(staff, eq(staff.id, sessions.leaderId));
}

export function findSession(db: Db, id: number) {
  return sessionRows(db).where(eq(sessions.id, id)).get() ?? null;
}

export function listSessions(db: Db, from: string, to: string, type?: PlacementType) {
  return sessionRows(db)
    .where(
      and(
        gte(sessions.date, from),
        lte(sessions.date, to),
        type ? eq(placements.type, type) : undefined,
      ),
    )
    .orderBy(asc(sessions.date), asc(sessions.startTime), asc(placements.name))
    .all();
}

export function insertSession(
  db: Db,
  values: {
    placementId: number;
    date: string;
    startTime: string;
    endTime: string;
    leaderId: number;
    capacity: number;
    createdAt: string;
  },
): number {
  return db.insert(sessions).values(values).returning({ id: sessions.id }).get().id;
}

export function bookingsOf(db: Db, sessionId: number) {
  return db
    .select({
      id: bookings.id,
      orderId: bookings.orderId,
      personName: sql<string>`${people.familyName} || ', ' || ${people.givenNames}`,
      caseReference: people.caseReference,
      outcome: bookings.outcome,
      arrivedAt: bookings.arrivedAt,
      leftAt: bookings.leftAt,
      penaltyMinutes: bookings.penaltyMinutes,
      creditedMinutes: bookings.creditedMinutes,
      workQuality: bookings.workQuality,
      behaviour: bookings.behaviour,
      standDownCause: bookings.standDownCause,
      notes: bookings.notes,
      alertCaseManager: bookings.alertCaseManager,
    })
    .from(bookings)
    .innerJoin(orders, eq(orders.id, bookings.orderId))
    .innerJoin(people, eq(people.id, orders.personId))
    .where(eq(bookings.sessionId, sessionId))
    .orderBy(asc(people.familyName), asc(people.givenNames))
    .all();
}

export function insertBooking(db: Db, sessionId: number, orderId: number, createdAt: string) {
  db.insert(bookings).values({ sessionId, orderId, createdAt }).run();
}

export function deleteBooking(db: Db, bookingId: number) {
  db.delete(bookings).where(eq(bookings.id, bookingId)).run();
}

export function countBookings(db: Db, sessionId: number): number {
  return db.select({ n: count() }).from(bookings).where(eq(bookings.sessionId, sessionId)).get()!.n;
}

export function writeOutcome(
  db: Db,
  bookingId: number,
  values: {
    outcome: NonNullable<typeof bookings.$inferInsert.outcome>;
    arrivedAt: string | null;
    leftAt: string | null;
    penaltyMinutes: number;
    creditedMinutes: number;
    policyVersionId: number | null;
    workQuality: typeof bookings.$inferInsert.workQuality;
    behaviour: typeof bookings.$inferInsert.behaviour;
    standDownCause: typeof bookings.$inferInsert.standDownCause;
    notes: string | null;
    alertCaseManager: boolean;
    recordedAt: string;
  },
) {
  db.update(bookings).set(values).where(eq(bookings.id, bookingId)).run();
}

/** Every credit an order earned at sessions, for its hours ledger. */
export function sessionCreditsOf(db: Db, orderId: number) {
  return db
    .select({
      date: sessions.date,
      placementName: placements.name,
      placementType: placements.type,
      outcome: sql<NonNullable<typeof bookings.$inferSelect.outcome>>`${bookings.outcome}`,
      arrivedAt: bookings.arrivedAt,
      leftAt: bookings.leftAt,
      penaltyMinutes: bookings.penaltyMinutes,
      standDownCause: bookings.standDownCause,
      creditedMinutes: bookings.creditedMinutes,
      policyFrom: policyVersions.effectiveFrom,
    })
    .from(bookings)
    .innerJoin(sessions, eq(sessions.id, bookings.sessionId))
    .innerJoin(placements, eq(placements.id, sessions.placementId))
    .leftJoin(policyVersions, eq(policyVersions.id, bookings.policyVersionId))
    .where(and(eq(bookings.orderId, orderId), isNotNull(bookings.outcome)))
    .orderBy(asc(sessions.date), asc(sessions.startTime))
    .all();
}

/** Which of these orders have attended a session at a placement of this type (a PPWS, say). */
export function ordersThatAttended(db: Db, orderIds: number[], type: PlacementType): Set<number> {
  const attended = new Set<number>();
  for (const slice of slices(orderIds)) {
    const rows = db
      .selectDistinct({ orderId: bookings.orderId })
      .from(bookings)
      .innerJoin(sessions, eq(sessions.id, bookings.sessionId))
      .innerJoin(placements, eq(placements.id, sessions.placementId))
      .where(
        and(
          inArray(bookings.orderId, slice),
          eq(placements.type, type),
          inArray(bookings.outcome, attendedOutcomes),
        ),
      )
      .all();
    for (const row of rows) attended.add(row.orderId);
  }
  return attended;
}

/** Minutes an order has been credited at employability, training and education sessions. */
export function employabilityCreditedMinutes(db: Db, orderId: number): number {
  return db
    .select({ minutes: sql<number>`COALESCE(SUM(${bookings.creditedMinutes}), 0)` })
    .from(bookings)
    .innerJoin(sessions, eq(sessions.id, bookings.sessionId))
    .innerJoin(placements, eq(placements.id, sessions.placementId))
    .where(and(eq(bookings.orderId, orderId), eq(placements.type, 'EMPLOYABILITY')))
    .get()!.minutes;
}

const sessionMinutes = sql<number>`((CAST(substr(sessions.end_time, 1, 2) AS INTEGER) * 60 + CAST(substr(sessions.end_time, 4, 2) AS INTEGER)) - (CAST(substr(sessions.start_time, 1, 2) AS INTEGER) * 60 + CAST(substr(sessions.start_time, 4, 2) AS INTEGER)))`;

/** Outcomes known in advance that mean the session is no longer offered to the person. */
const notOffered = ['AASD', 'RSSR', 'RSOF'] as const;

/**
 * Minutes of sessions booked for each order from `from` to `to`, leaving out bookings already
 * stood down or rescheduled: the hours the office is offering. Orders with none are absent.
 */
export function bookedMinutes(db: Db, from: string, to: string, orderIds?: number[]) {
  const rows = db
    .select({ orderId: bookings.orderId, minutes: sql<number>`SUM(${sessionMinutes})` })
    .from(bookings)
    .innerJoin(sessions, eq(sessions.id, bookings.sessionId))
    .where(
      and(
        gte(sessions.date, from),
        lte(sessions.date, to),
        sql`(${bookings.outcome} IS NULL OR ${bookings.outcome} NOT IN ${notOffered})`,
        orderIds ? inArray(bookings.orderId, orderIds) : undefined,
      ),
    )
    .groupBy(bookings.orderId)
    .all();
  return new Map(rows.map((r) => [r.orderId, r.minutes]));
}

/** Sessions on or before `before` with people booked and no outcome recorded for some of them. */
export function overdueSessions(db: Db, before: string) {
  return sessionRows(db)
    .where(and(lte(sessions.date, before), sql`${recorded} < ${booked}`))
    .orderBy(asc(sessions.date), asc(sessions.startTime))
    .all();
}
