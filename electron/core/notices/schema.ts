import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { courts } from '../courts/schema';
import { createdAt, idColumn } from '../db/columns';

/**
 * A court shortfall notice as issued: numbered, dated, signed off, with the figures frozen as
 * they were on the day (JSON), so a later change in the data never changes what the court was told.
 */
export const courtNotices = sqliteTable(
  'court_notices',
  {
    id: idColumn(),
    /** "CSN-2026-004": the office's running number within the year of issue. */
    number: text('number').notNull(),
    courtId: integer('court_id')
      .notNull()
      .references(() => courts.id),
    periodFrom: text('period_from').notNull(),
    periodTo: text('period_to').notNull(),
    issuedOn: text('issued_on').notNull(),
    signedOffBy: text('signed_off_by').notNull(),
    signedOffRole: text('signed_off_role').notNull(),
    actions: text('actions').notNull(),
    figures: text('figures', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    issuedByAccount: text('issued_by_account').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('court_notices_number').on(t.number),
    index('court_notices_court').on(t.courtId, t.issuedOn),
  ],
);
