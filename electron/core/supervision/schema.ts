import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { AlertSource, NoteAuthor } from '../../../shared/session-codes';
import { createdAt, flag, idColumn } from '../db/columns';
import { orders } from '../orders/schema';

/** The supervision plan agreed at the start of an order, with how often it is reviewed. */
export const supervisionPlans = sqliteTable(
  'supervision_plans',
  {
    id: idColumn(),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id),
    agreedOn: text('agreed_on').notNull(),
    objectives: text('objectives').notNull(),
    reviewEveryWeeks: integer('review_every_weeks').notNull(),
    agreedBy: text('agreed_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('supervision_plans_order').on(t.orderId)],
);

export const supervisionReviews = sqliteTable(
  'supervision_reviews',
  {
    id: idColumn(),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id),
    reviewedOn: text('reviewed_on').notNull(),
    progress: text('progress').notNull(),
    reviewedBy: text('reviewed_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('supervision_reviews_order').on(t.orderId, t.reviewedOn)],
);

/** Notes between supervisors, the office and case managers about an order. */
export const orderNotes = sqliteTable(
  'order_notes',
  {
    id: idColumn(),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id),
    author: text('author').$type<NoteAuthor>().notNull(),
    writtenBy: text('written_by').notNull(),
    text: text('text').notNull(),
    alertCaseManager: flag('alert_case_manager').default(false),
    createdAt: createdAt(),
  },
  (t) => [index('order_notes_order').on(t.orderId, t.createdAt)],
);

/**
 * Something the case manager must hear about: raised by a register row, a note, a breach
 * referral or an incident; open until the office records that the case manager was told.
 */
export const caseManagerAlerts = sqliteTable(
  'case_manager_alerts',
  {
    id: idColumn(),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id),
    source: text('source').$type<AlertSource>().notNull(),
    raisedOn: text('raised_on').notNull(),
    message: text('message').notNull(),
    sentOn: text('sent_on'),
    sentBy: text('sent_by'),
    createdAt: createdAt(),
  },
  (t) => [
    index('case_manager_alerts_open').on(t.sentOn, t.raisedOn),
    index('case_manager_alerts_order').on(t.orderId),
  ],
);
