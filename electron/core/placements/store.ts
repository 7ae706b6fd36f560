import { asc, desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { placementInput } from '../../../shared/contract/placements';
import type { Db } from '../db/open';
import { placements } from './schema';

export type PlacementValues = Omit<z.output<typeof placementInput>, 'id'>;

/** People allocated to the placement now (allocations not ended). */
const allocated = sql<number>`(SELECT COUNT(*) FROM allocations a WHERE a.placement_id = placements.id AND a.ended_on IS NULL)`;

function withCounts(db: Db) {
  return db.select({ placement: placements, allocated }).from(placements);
}

function shape(row: { placement: typeof placements.$inferSelect; allocated: number }) {
  const { createdAt: _, ...placement } = row.placement;
  return {
    ...placement,
    allocated: row.allocated,
    places: placement.capacity * placement.sessions.length,
  };
}

export function findPlacement(db: Db, id: number) {
  const row = withCounts(db).where(eq(placements.id, id)).get();
  return row ? shape(row) : null;
}

export function listPlacements(db: Db) {
  return withCounts(db).orderBy(desc(placements.active), asc(placements.name)).all().map(shape);
}

export function insertPlacement(db: Db, values: PlacementValues, createdAt: string): number {
  return db
    .insert(placements)
    .values({ ...values, createdAt })
    .returning({ id: placements.id })
    .get().id;
}

export function updatePlacement(db: Db, id: number, values: Partial<PlacementValues>) {
  return db.update(placements).set(values).where(eq(placements.id, id)).run().changes;
}
