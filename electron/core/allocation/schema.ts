import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, idColumn } from '../db/columns';
import { orders } from '../orders/schema';
import { placements } from '../placements/schema';
import { riskAssessments } from '../risk/schema';

/**
 * An order's placement. The assessment it was made under is kept, so the Board can see every
 * allocation had one; an allocation ends when the person moves or the order ends.
 */
export const allocations = sqliteTable(
  'allocations',
  {
    id: idColumn(),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id),
    placementId: integer('placement_id')
      .notNull()
      .references(() => placements.id),
    riskAssessmentId: integer('risk_assessment_id')
      .notNull()
      .references(() => riskAssessments.id),
    allocatedOn: text('allocated_on').notNull(),
    fitScore: integer('fit_score').notNull(),
    /** 1 for the best-fitting allowed placement. */
    rank: integer('rank').notNull(),
    /** Why a lower-ranked placement was chosen (required when rank > 1). */
    reason: text('reason'),
    method: text('method').$type<'SINGLE' | 'BATCH'>().notNull(),
    endedOn: text('ended_on'),
    createdAt: createdAt(),
  },
  (t) => [
    index('allocations_order').on(t.orderId, t.endedOn),
    index('allocations_placement').on(t.placementId, t.endedOn),
  ],
);
