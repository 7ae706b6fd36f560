import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { OffenceCategory, OrderStatus, RequirementType } from '../../../shared/codes';
import { createdAt, idColumn } from '../db/columns';
import { courts } from '../courts/schema';
import { people } from '../people/schema';

export const orders = sqliteTable(
  'orders',
  {
    id: idColumn(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    courtId: integer('court_id')
      .notNull()
      .references(() => courts.id),
    sentenceDate: text('sentence_date').notNull(),
    ageAtSentence: integer('age_at_sentence').notNull(),
    hoursOrderedMinutes: integer('hours_ordered_minutes').notNull(),
    requirementType: text('requirement_type').$type<RequirementType>().notNull(),
    offenceCategory: text('offence_category').$type<OffenceCategory>().notNull(),
    offence: text('offence').notNull(),
    status: text('status').$type<OrderStatus>().notNull(),
    endedOn: text('ended_on'),
    /** The current end date (12 months from sentence or the latest extension); kept with each extension. */
    endDate: text('end_date').notNull(),
    /** Sum of the ledger, kept in the same transaction as every credit so lists can sort on it. */
    creditedMinutes: integer('credited_minutes').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    index('orders_person').on(t.personId),
    index('orders_status_end_date').on(t.status, t.endDate),
    index('orders_court').on(t.courtId),
    index('orders_sentence_date').on(t.sentenceDate),
  ],
);

export const orderExtensions = sqliteTable(
  'order_extensions',
  {
    id: idColumn(),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id),
    grantedOn: text('granted_on').notNull(),
    newEndDate: text('new_end_date').notNull(),
    reason: text('reason').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('order_extensions_order').on(t.orderId)],
);

/** Hours credited outside Amends' own sessions (hours brought forward on a transfer in, for example). */
export const ledgerAdjustments = sqliteTable(
  'ledger_adjustments',
  {
    id: idColumn(),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id),
    date: text('date').notNull(),
    minutes: integer('minutes').notNull(),
    reason: text('reason').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('ledger_adjustments_order').on(t.orderId, t.date)],
);
