import { and, asc, count, desc, eq, gte, isNull, lte, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { endings as endingsContract } from '../../../shared/contract/endings';
import type { EndingKind } from '../../../shared/session-codes';
import { allocations } from '../allocation/schema';
import type { Db } from '../db/open';
import { orders } from '../orders/schema';
import { people } from '../people/schema';
import { personSearch } from '../people/search';
import { bookings, sessions } from '../sessions/schema';
import { exitInterviews, orderEndings } from './schema';

type MissingQuery = z.output<(typeof endingsContract)['missingExitInterviews']['input']>;
type ReadyQuery = z.output<(typeof endingsContract)['readyToComplete']['input']>;

const personName = sql<string>`${people.familyName} || ', ' || ${people.givenNames}`;

/** The order's status and end with the reason and who recorded it (absent for older endings). */
export function endingOf(db: Db, orderId: number) {
  return (
    db
      .select({
        status: orders.status,
        endedOn: orders.endedOn,
        reason: orderEndings.reason,
        recordedBy: orderEndings.recordedBy,
      })
      .from(orders)
      .leftJoin(orderEndings, eq(orderEndings.orderId, orders.id))
      .where(eq(orders.id, orderId))
      .get() ?? null
  );
}

export function exitInterviewOf(db: Db, orderId: number) {
  return (
    db
      .select({
        interviewedOn: exitInterviews.interviewedOn,
        whatTheyDid: exitInterviews.whatTheyDid,
        whatTheyLearned: exitInterviews.whatTheyLearned,
        skillsGained: exitInterviews.skillsGained,
        treatmentRating: exitInterviews.treatmentRating,
        workWorthwhile: exitInterviews.workWorthwhile,
        willVolunteer: exitInterviews.willVolunteer,
        offeredPaidWork: exitInterviews.offeredPaidWork,
        furtherOffence: exitInterviews.furtherOffence,
        comments: exitInterviews.comments,
        interviewedBy: exitInterviews.interviewedBy,
      })
      .from(exitInterviews)
      .where(eq(exitInterviews.orderId, orderId))
      .get() ?? null
  );
}

/** Dates of the sessions on or before today where the order is booked without an outcome. */
export function unrecordedSessionDates(db: Db, orderId: number, today: string): string[] {
  return db
    .selectDistinct({ date: sessions.date })
    .from(bookings)
    .innerJoin(sessions, eq(sessions.id, bookings.sessionId))
    .where(and(eq(bookings.orderId, orderId), isNull(bookings.outcome), lte(sessions.date, today)))
    .orderBy(asc(sessions.date))
    .all()
    .map((r) => r.date);
}

/** Ends the order: its status and date, and the reason and who recorded it. */
export function endOrder(
  db: Db,
  values: {
    orderId: number;
    kind: EndingKind;
    endedOn: string;
    reason: string;
    recordedBy: string;
    createdAt: string;
  },
) {
  db.update(orders)
    .set({ status: values.kind, endedOn: values.endedOn })
    .where(eq(orders.id, values.orderId))
    .run();
  db.insert(orderEndings)
    .values({
      orderId: values.orderId,
      reason: values.reason,
      recordedBy: values.recordedBy,
      createdAt: values.createdAt,
    })
    .run();
}

export function openAllocationsOf(db: Db, orderId: number) {
  return db
    .select({ id: allocations.id, allocatedOn: allocations.allocatedOn })
    .from(allocations)
    .where(and(eq(allocations.orderId, orderId), isNull(allocations.endedOn)))
    .all();
}

/** Takes the order off sessions after today that have no outcome; returns how many. */
export function removeFutureBookings(db: Db, orderId: number, today: string): number {
  return db
    .delete(bookings)
    .where(
      and(
        eq(bookings.orderId, orderId),
        isNull(bookings.outcome),
        sql`${bookings.sessionId} IN (SELECT s.id FROM sessions s WHERE s.date > ${today})`,
      ),
    )
    .run().changes;
}

export function insertExitInterview(db: Db, values: typeof exitInterviews.$inferInsert) {
  db.insert(exitInterviews).values(values).run();
}

const missingWhere = (since: string, search: string | null) =>
  and(
    eq(orders.status, 'COMPLETED'),
    gte(orders.endedOn, since),
    sql`NOT EXISTS (SELECT 1 FROM exit_interviews e WHERE e.order_id = orders.id)`,
    personSearch(search),
  );

const missingSort = {
  completedOn: [orders.endedOn],
  personName: [people.familyName, people.givenNames],
  caseReference: [people.caseReference],
} as const;

/** Completed orders since `since` without an exit interview, a page at a time. */
export function listMissingExitInterviews(db: Db, query: MissingQuery, since: string) {
  const where = missingWhere(since, query.search);
  const direction = query.sortDirection === 'desc' ? desc : asc;
  const rows = db
    .select({
      orderId: orders.id,
      personId: people.id,
      personName,
      caseReference: people.caseReference,
      completedOn: sql<string>`${orders.endedOn}`,
    })
    .from(orders)
    .innerJoin(people, eq(people.id, orders.personId))
    .where(where)
    .orderBy(...missingSort[query.sortField].map((c) => direction(c)), asc(orders.id))
    .limit(query.pageSize)
    .offset(query.page * query.pageSize)
    .all();
  const total = db
    .select({ n: count() })
    .from(orders)
    .innerJoin(people, eq(people.id, orders.personId))
    .where(where)
    .get()!.n;
  return { rows, total };
}

/** The latest date the order was credited, from its sessions or its adjustments. */
const lastCreditOn = sql<string | null>`NULLIF(MAX(
  COALESCE((SELECT MAX(s.date) FROM bookings b JOIN sessions s ON s.id = b.session_id
            WHERE b.order_id = orders.id AND b.credited_minutes > 0), ''),
  COALESCE((SELECT MAX(a.date) FROM ledger_adjustments a WHERE a.order_id = orders.id), '')
), '')`;

const readySort = {
  lastCreditOn: [lastCreditOn],
  personName: [people.familyName, people.givenNames],
  caseReference: [people.caseReference],
  endDate: [orders.endDate],
} as const;

/** Live orders with nothing outstanding, a page at a time. */
export function listReadyToComplete(db: Db, query: ReadyQuery, today: string) {
  const where = and(
    eq(orders.status, 'LIVE'),
    gte(orders.creditedMinutes, orders.hoursOrderedMinutes),
    personSearch(query.search),
  );
  const direction = query.sortDirection === 'desc' ? desc : asc;
  const rows = db
    .select({
      orderId: orders.id,
      personId: people.id,
      personName,
      caseReference: people.caseReference,
      hoursOrderedMinutes: orders.hoursOrderedMinutes,
      creditedMinutes: orders.creditedMinutes,
      lastCreditOn,
      endDate: orders.endDate,
      unrecordedSessions: sql<number>`(SELECT COUNT(*) FROM bookings b JOIN sessions s ON s.id = b.session_id
        WHERE b.order_id = orders.id AND b.outcome IS NULL AND s.date <= ${today})`,
    })
    .from(orders)
    .innerJoin(people, eq(people.id, orders.personId))
    .where(where)
    .orderBy(...readySort[query.sortField].map((c) => direction(c)), asc(orders.id))
    .limit(query.pageSize)
    .offset(query.page * query.pageSize)
    .all();
  const total = db
    .select({ n: count() })
    .from(orders)
    .innerJoin(people, eq(people.id, orders.personId))
    .where(where)
    .get()!.n;
  return { rows, total };
}
