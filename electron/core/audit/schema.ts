import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Every write and every opening of a person's record, report or export. Append-only (triggers in
 * a custom migration refuse updates and deletes) and chained: each row's hash covers the row and
 * the previous row's hash, so an edit to the file breaks the chain from that row on.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey(),
    at: text('at').notNull(),
    accountId: integer('account_id'),
    accountName: text('account_name'),
    procedure: text('procedure').notNull(),
    kind: text('kind').$type<'READ' | 'WRITE'>().notNull(),
    recordType: text('record_type'),
    recordId: integer('record_id'),
    /** For writes: what was asked for (the input, passwords removed), as JSON. */
    detail: text('detail'),
    previousHash: text('previous_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_log_at').on(t.at), index('audit_log_record').on(t.recordType, t.recordId)],
);

/** Retention: rows older than this cut-off may be deleted, and only by the retention procedure. */
export const auditRetention = sqliteTable('audit_retention', {
  id: integer('id').primaryKey(),
  deleteBefore: text('delete_before').notNull(),
});
