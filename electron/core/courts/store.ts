import { and, asc, desc, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../db/open';
import { courts } from './schema';

const liveOrders = sql<number>`(SELECT COUNT(*) FROM orders o WHERE o.court_id = courts.id AND o.status = 'LIVE')`;

const courtColumns = {
  id: courts.id,
  name: courts.name,
  kind: courts.kind,
  active: courts.active,
  liveOrders,
};

export function listCourts(db: Db) {
  return db.select(courtColumns).from(courts).orderBy(desc(courts.active), asc(courts.name)).all();
}

export function findCourt(db: Db, id: number) {
  return db.select(courtColumns).from(courts).where(eq(courts.id, id)).get() ?? null;
}

export function courtNamed(db: Db, name: string, exceptId?: number) {
  return (
    db
      .select({ id: courts.id })
      .from(courts)
      .where(
        and(
          sql`lower(${courts.name}) = lower(${name})`,
          exceptId ? ne(courts.id, exceptId) : undefined,
        ),
      )
      .get() ?? null
  );
}

export type CourtValues = { name: string; kind: 'MAGISTRATES' | 'CROWN'; active: boolean };

export function insertCourt(db: Db, values: CourtValues & { createdAt: string }): number {
  return db.insert(courts).values(values).returning({ id: courts.id }).get().id;
}

export function updateCourt(db: Db, id: number, values: CourtValues) {
  return db.update(courts).set(values).where(eq(courts.id, id)).run().changes;
}
