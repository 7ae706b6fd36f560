import { and, count, eq, gte, lte, sql } from 'drizzle-orm';
import { addDays } from '../../../shared/dates';
import type { Db } from '../db/open';
import { courts } from '../courts/schema';
import { orders } from '../orders/schema';
import { people } from '../people/schema';
import { staff } from '../staff/schema';
import { office } from './schema';

export function findOffice(db: Db) {
  return db.select().from(office).where(eq(office.id, 1)).get() ?? null;
}

export function insertOffice(db: Db, values: { name: string; isDemo: boolean; createdAt: string }) {
  db.insert(office)
    .values({ id: 1, ...values })
    .run();
}

export function updateLetterhead(
  db: Db,
  values: { address: string; phone: string | null; email: string | null },
) {
  db.update(office).set(values).where(eq(office.id, 1)).run();
}

/**
 * The home page's figures. Live orders: status LIVE. Hours outstanding: ordered − credited over
 * live orders. Ending soon: live orders whose end date falls from today to 8 weeks ahead. Waiting
 * for induction: live orders with no induction recorded.
 */
export function dashboardFigures(db: Db, today: string) {
  const live = eq(orders.status, 'LIVE');
  const totals = db
    .select({
      liveOrders: count(),
      outstanding: sql<number>`COALESCE(SUM(${orders.hoursOrderedMinutes} - ${orders.creditedMinutes}), 0)`,
      waiting: sql<number>`COALESCE(SUM(CASE WHEN NOT EXISTS (SELECT 1 FROM inductions i WHERE i.order_id = orders.id) THEN 1 ELSE 0 END), 0)`,
    })
    .from(orders)
    .where(live)
    .get()!;
  const ending = db
    .select({ n: count() })
    .from(orders)
    .where(and(live, gte(orders.endDate, today), lte(orders.endDate, addDays(today, 56))))
    .get()!;
  return {
    liveOrders: totals.liveOrders,
    hoursOutstandingMinutes: totals.outstanding,
    endingWithin8Weeks: ending.n,
    waitingForInduction: totals.waiting,
  };
}

/** Whether anything at all has been entered: a demonstration office only goes into an empty folder. */
export function holdsAnyRecords(db: Db): boolean {
  return [office, courts, staff, people].some(
    (table) => db.select({ n: count() }).from(table).get()!.n > 0,
  );
}
