import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { Outcome, Rating } from '../../../shared/placement-codes';
import type { StandDownCause } from '../../../shared/session-codes';
import { createdAt, flag, idColumn } from '../db/columns';
import { orders } from '../orders/schema';
import { placements } from '../placements/schema';
import { staff } from '../staff/schema';

/** A session on a date at a placement (a Pre Placement Work Session, or a work session). */
export const sessions = sqliteTable(
  'sessions',
  {
    id: idColumn(),
    placementId: integer('placement_id')
      .notNull()
      .references(() => placements.id),
    date: text('date').notNull(),
    startTime: text('start_time').notNull(),
    endTime: text('end_time').notNull(),
    /** The lead supervisor; null for a generated session nobody could yet be found to run. */
    leaderId: integer('leader_id').references(() => staff.id),
    capacity: integer('capacity').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('sessions_date').on(t.date),
    index('sessions_placement_date').on(t.placementId, t.date),
  ],
);

/** A person booked on a session and, once the register is in, their outcome and credit. */
export const bookings = sqliteTable(
  'bookings',
  {
    id: idColumn(),
    sessionId: integer('session_id')
      .notNull()
      .references(() => sessions.id),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id),
    outcome: text('outcome').$type<Outcome>(),
    arrivedAt: text('arrived_at'),
    leftAt: text('left_at'),
    penaltyMinutes: integer('penalty_minutes').notNull().default(0),
    /** Stored when the outcome is recorded, so a later change of policy never rewrites it. */
    creditedMinutes: integer('credited_minutes').notNull().default(0),
    /** The policy version the credit was worked out with; null for the defaults. */
    policyVersionId: integer('policy_version_id'),
    workQuality: text('work_quality').$type<Rating>(),
    behaviour: text('behaviour').$type<Rating>(),
    /** Why the service stood this person down (ATSS and AASD only), counted for the Board. */
    standDownCause: text('stand_down_cause').$type<StandDownCause>(),
    notes: text('notes'),
    alertCaseManager: flag('alert_case_manager').default(false),
    recordedAt: text('recorded_at'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('bookings_session_order').on(t.sessionId, t.orderId),
    index('bookings_order').on(t.orderId),
  ],
);

/** The supervisors running a session (the leader among them). */
export const sessionSupervisors = sqliteTable(
  'session_supervisors',
  {
    id: idColumn(),
    sessionId: integer('session_id')
      .notNull()
      .references(() => sessions.id),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('session_supervisors_session_staff').on(t.sessionId, t.staffId),
    index('session_supervisors_staff').on(t.staffId),
  ],
);
