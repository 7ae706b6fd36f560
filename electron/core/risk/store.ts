import { desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { assessmentInput } from '../../../shared/contract/risk';
import type { Db } from '../db/open';
import { riskAssessments } from './schema';

export type AssessmentValues = z.output<typeof assessmentInput>;

/** Newest first: by the date assessed, then by entry, so a same-day correction wins. */
export function assessmentsOf(db: Db, orderId: number) {
  return db
    .select()
    .from(riskAssessments)
    .where(eq(riskAssessments.orderId, orderId))
    .orderBy(desc(riskAssessments.assessedOn), desc(riskAssessments.id))
    .all();
}

export function currentAssessment(db: Db, orderId: number) {
  return assessmentsOf(db, orderId)[0] ?? null;
}

export function insertAssessment(db: Db, values: AssessmentValues, createdAt: string): number {
  return db
    .insert(riskAssessments)
    .values({ ...values, createdAt })
    .returning({ id: riskAssessments.id })
    .get().id;
}
