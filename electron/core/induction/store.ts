import { desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { inductionInput } from '../../../shared/contract/induction';
import type { Db } from '../db/open';
import { staff } from '../staff/schema';
import { inductions } from './schema';

export type InductionValues = z.output<typeof inductionInput>;

/** The latest induction of an order (by date, then entry), with who did it. */
export function latestInduction(db: Db, orderId: number) {
  const row = db
    .select({ induction: inductions, inductedByName: staff.name })
    .from(inductions)
    .innerJoin(staff, eq(staff.id, inductions.inductedBy))
    .where(eq(inductions.orderId, orderId))
    .orderBy(desc(inductions.inductedOn), desc(inductions.id))
    .get();
  if (!row) return null;
  const { createdAt: _, ...induction } = row.induction;
  return { ...induction, inductedByName: row.inductedByName };
}

export function insertInduction(db: Db, values: InductionValues, createdAt: string) {
  db.insert(inductions)
    .values({ ...values, createdAt })
    .run();
}
