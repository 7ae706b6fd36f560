import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { outcomes, type Outcome } from '../../../shared/placement-codes';
import type { EnforcementDecision } from '../../../shared/session-codes';
import type { Db } from '../db/open';
import { slices } from '../db/slices';
import { orders } from '../orders/schema';
import { people } from '../people/schema';
import { placements } from '../placements/schema';
import { bookings, sessions } from '../sessions/schema';
import { enforcementDecisions } from './schema';

export const enforceableOutcomes: Outcome[] = outcomes
  .filter((o) => o.enforceable)
  .map((o) => o.code);

const personName = sql<string>`${people.familyName} || ', ' || ${people.givenNames}`;
const outcome = sql<Outcome>`${bookings.outcome}`;

/** Enforceable outcomes on live orders with no decision yet, oldest failure first. */
export function pendingFailures(db: Db) {
  return db
    .select({
      bookingId: bookings.id,
      orderId: bookings.orderId,
      personName,
      caseReference: people.caseReference,
      sessionDate: sessions.date,
      placementName: placements.name,
      outcome,
    })
    .from(bookings)
    .innerJoin(sessions, eq(sessions.id, bookings.sessionId))
    .innerJoin(placements, eq(placements.id, sessions.placementId))
    .innerJoin(orders, eq(orders.id, bookings.orderId))
    .innerJoin(people, eq(people.id, orders.personId))
    .where(
      and(
        eq(orders.status, 'LIVE'),
        inArray(bookings.outcome, enforceableOutcomes),
        sql`NOT EXISTS (SELECT 1 FROM enforcement_decisions d WHERE d.booking_id = bookings.id)`,
      ),
    )
    .orderBy(asc(sessions.date), asc(sessions.startTime), asc(bookings.id))
    .all();
}

/** One booking with what a decision on it needs: its outcome, session date and order. */
export function findFailure(db: Db, bookingId: number) {
  return (
    db
      .select({
        bookingId: bookings.id,
        orderId: bookings.orderId,
        orderStatus: orders.status,
        personName,
        outcome: bookings.outcome,
        sessionDate: sessions.date,
        placementName: placements.name,
      })
      .from(bookings)
      .innerJoin(sessions, eq(sessions.id, bookings.sessionId))
      .innerJoin(placements, eq(placements.id, sessions.placementId))
      .innerJoin(orders, eq(orders.id, bookings.orderId))
      .innerJoin(people, eq(people.id, orders.personId))
      .where(eq(bookings.id, bookingId))
      .get() ?? null
  );
}

function decisionRows(db: Db) {
  return db
    .select({
      id: enforcementDecisions.id,
      orderId: enforcementDecisions.orderId,
      bookingId: enforcementDecisions.bookingId,
      personName,
      caseReference: people.caseReference,
      decision: enforcementDecisions.decision,
      failureDate: enforcementDecisions.failureDate,
      placementName: placements.name,
      outcome,
      decidedOn: enforcementDecisions.decidedOn,
      respondBy: enforcementDecisions.respondBy,
      reason: enforcementDecisions.reason,
      decidedBy: enforcementDecisions.decidedBy,
    })
    .from(enforcementDecisions)
    .innerJoin(bookings, eq(bookings.id, enforcementDecisions.bookingId))
    .innerJoin(sessions, eq(sessions.id, bookings.sessionId))
    .innerJoin(placements, eq(placements.id, sessions.placementId))
    .innerJoin(orders, eq(orders.id, enforcementDecisions.orderId))
    .innerJoin(people, eq(people.id, orders.personId));
}

export type DecisionRow = NonNullable<ReturnType<typeof findDecision>>;

export function findDecision(db: Db, id: number) {
  return decisionRows(db).where(eq(enforcementDecisions.id, id)).get() ?? null;
}

export function decisionForBooking(db: Db, bookingId: number) {
  return decisionRows(db).where(eq(enforcementDecisions.bookingId, bookingId)).get() ?? null;
}

/** Every decision on an order, oldest failure first. */
export function decisionsOf(db: Db, orderId: number) {
  return decisionRows(db)
    .where(eq(enforcementDecisions.orderId, orderId))
    .orderBy(asc(enforcementDecisions.failureDate), asc(enforcementDecisions.id))
    .all();
}

export function recentDecisions(db: Db, limit: number) {
  return decisionRows(db)
    .orderBy(desc(enforcementDecisions.decidedOn), desc(enforcementDecisions.id))
    .limit(limit)
    .all();
}

/** The decisions the next step depends on, for many orders at once (the pending list). */
export function pastDecisionsOf(db: Db, orderIds: number[]) {
  const byOrder = new Map<
    number,
    { decision: EnforcementDecision; failureDate: string; decidedOn: string }[]
  >();
  for (const slice of slices([...new Set(orderIds)])) {
    const rows = db
      .select({
        orderId: enforcementDecisions.orderId,
        decision: enforcementDecisions.decision,
        failureDate: enforcementDecisions.failureDate,
        decidedOn: enforcementDecisions.decidedOn,
      })
      .from(enforcementDecisions)
      .where(inArray(enforcementDecisions.orderId, slice))
      .all();
    for (const { orderId, ...row } of rows) {
      const list = byOrder.get(orderId) ?? [];
      list.push(row);
      byOrder.set(orderId, list);
    }
  }
  return byOrder;
}

export function insertDecision(db: Db, values: typeof enforcementDecisions.$inferInsert): number {
  return db
    .insert(enforcementDecisions)
    .values(values)
    .returning({ id: enforcementDecisions.id })
    .get().id;
}

/** The addressee's details a letter needs, beyond the order itself. */
export function addresseeOf(db: Db, orderId: number) {
  return db
    .select({
      givenNames: people.givenNames,
      familyName: people.familyName,
      address: people.address,
      postcode: people.postcode,
    })
    .from(orders)
    .innerJoin(people, eq(people.id, orders.personId))
    .where(eq(orders.id, orderId))
    .get()!;
}

/** The session's start time, for the letter's account of the failure. */
export function sessionStartOf(db: Db, bookingId: number): string {
  return db
    .select({ startTime: sessions.startTime })
    .from(bookings)
    .innerJoin(sessions, eq(sessions.id, bookings.sessionId))
    .where(eq(bookings.id, bookingId))
    .get()!.startTime;
}
