import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/open';
import { slices } from '../db/slices';
import { inductions } from '../induction/schema';
import { orders } from '../orders/schema';
import { people } from '../people/schema';
import { placements } from '../placements/schema';
import { riskAssessments } from '../risk/schema';
import { allocations } from './schema';

export function currentAllocation(db: Db, orderId: number) {
  return (
    db
      .select({
        id: allocations.id,
        placementId: allocations.placementId,
        placementName: placements.name,
        allocatedOn: allocations.allocatedOn,
        fitScore: allocations.fitScore,
        rank: allocations.rank,
        reason: allocations.reason,
        method: allocations.method,
      })
      .from(allocations)
      .innerJoin(placements, eq(placements.id, allocations.placementId))
      .where(and(eq(allocations.orderId, orderId), isNull(allocations.endedOn)))
      .get() ?? null
  );
}

export function endAllocation(db: Db, id: number, endedOn: string) {
  db.update(allocations).set({ endedOn }).where(eq(allocations.id, id)).run();
}

export function insertAllocation(db: Db, values: typeof allocations.$inferInsert): number {
  return db.insert(allocations).values(values).returning({ id: allocations.id }).get().id;
}

/** Live orders with no current allocation, oldest sentence first, with the person's details. */
export function unallocatedOrders(db: Db) {
  return db
    .select({
      orderId: orders.id,
      personId: people.id,
      personName: sql<string>`${people.familyName} || ', ' || ${people.givenNames}`,
      caseReference: people.caseReference,
      dateOfBirth: people.dateOfBirth,
      gender: people.gender,
      sentenceDate: orders.sentenceDate,
    })
    .from(orders)
    .innerJoin(people, eq(people.id, orders.personId))
    .where(
      and(
        eq(orders.status, 'LIVE'),
        sql`NOT EXISTS (SELECT 1 FROM allocations a WHERE a.order_id = orders.id AND a.ended_on IS NULL)`,
      ),
    )
    .orderBy(asc(orders.sentenceDate), asc(orders.id))
    .all();
}

export function orderForAllocation(db: Db, orderId: number) {
  return (
    db
      .select({
        orderId: orders.id,
        personName: sql<string>`${people.familyName} || ', ' || ${people.givenNames}`,
        dateOfBirth: people.dateOfBirth,
        gender: people.gender,
      })
      .from(orders)
      .innerJoin(people, eq(people.id, orders.personId))
      .where(eq(orders.id, orderId))
      .get() ?? null
  );
}

/** The latest assessment of each of these orders (by date, then entry). */
export function latestAssessments(db: Db, orderIds: number[]) {
  const latest = new Map<number, typeof riskAssessments.$inferSelect>();
  for (const chunk of slices(orderIds)) {
    const rows = db
      .select()
      .from(riskAssessments)
      .where(inArray(riskAssessments.orderId, chunk))
      .orderBy(asc(riskAssessments.assessedOn), asc(riskAssessments.id))
      .all();
    for (const row of rows) latest.set(row.orderId, row);
  }
  return latest;
}

/** The latest induction of each of these orders. */
export function latestInductions(db: Db, orderIds: number[]) {
  const latest = new Map<number, typeof inductions.$inferSelect>();
  for (const chunk of slices(orderIds)) {
    const rows = db
      .select()
      .from(inductions)
      .where(inArray(inductions.orderId, chunk))
      .orderBy(asc(inductions.inductedOn), asc(inductions.id))
      .all();
    for (const row of rows) latest.set(row.orderId, row);
  }
  return latest;
}
