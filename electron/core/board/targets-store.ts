import { and, eq } from 'drizzle-orm';
import type { TargetDimension, TargetFeature } from '../../../shared/session-codes';
import type { Db } from '../db/open';
import { localTargets } from './schema';

export type TargetRow = typeof localTargets.$inferSelect;

export function targetsOfYear(db: Db, year: number): TargetRow[] {
  return db.select().from(localTargets).where(eq(localTargets.year, year)).all();
}

export function findTarget(db: Db, id: number): TargetRow | undefined {
  return db.select().from(localTargets).where(eq(localTargets.id, id)).get();
}

/** Sets the target of a year, group and quality, replacing the one already set for them. */
export function upsertTarget(
  db: Db,
  values: {
    year: number;
    dimension: TargetDimension;
    groupCode: string;
    feature: TargetFeature;
    targetPercent: number;
  },
  createdAt: string,
): TargetRow {
  db.insert(localTargets)
    .values({ ...values, createdAt })
    .onConflictDoUpdate({
      target: [
        localTargets.year,
        localTargets.dimension,
        localTargets.groupCode,
        localTargets.feature,
      ],
      set: { targetPercent: values.targetPercent },
    })
    .run();
  return db
    .select()
    .from(localTargets)
    .where(
      and(
        eq(localTargets.year, values.year),
        eq(localTargets.dimension, values.dimension),
        eq(localTargets.groupCode, values.groupCode),
        eq(localTargets.feature, values.feature),
      ),
    )
    .get()!;
}

export function deleteTarget(db: Db, id: number): number {
  return db.delete(localTargets).where(eq(localTargets.id, id)).run().changes;
}
