import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { Policy } from '../../../shared/policy';
import { createdAt, idColumn } from '../db/columns';

/** Versions of the area's policy settings, each in force from its date until the next one. */
export const policyVersions = sqliteTable(
  'policy_versions',
  {
    id: idColumn(),
    effectiveFrom: text('effective_from').notNull(),
    values: text('values', { mode: 'json' }).$type<Policy>().notNull(),
    reason: text('reason').notNull(),
    changedBy: integer('changed_by'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('policy_versions_effective_from').on(t.effectiveFrom)],
);
