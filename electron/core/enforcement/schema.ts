import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { EnforcementDecision } from '../../../shared/session-codes';
import { createdAt, idColumn } from '../db/columns';
import { orders } from '../orders/schema';
import { bookings } from '../sessions/schema';

/**
 * The decision on an enforceable outcome: a warning letter, a breach referral, or evidence that
 * made the absence acceptable. One per failure; who decided and why are kept for consistency.
 */
export const enforcementDecisions = sqliteTable(
  'enforcement_decisions',
  {
    id: idColumn(),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id),
    bookingId: integer('booking_id')
      .notNull()
      .references(() => bookings.id),
    decision: text('decision').$type<EnforcementDecision>().notNull(),
    /** The date of the failure the decision is about (the session's date). */
    failureDate: text('failure_date').notNull(),
    decidedOn: text('decided_on').notNull(),
    /** For a warning: the date by which the person must get in touch. */
    respondBy: text('respond_by'),
    reason: text('reason').notNull(),
    decidedBy: text('decided_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('enforcement_decisions_booking').on(t.bookingId),
    index('enforcement_decisions_order').on(t.orderId, t.failureDate),
  ],
);
