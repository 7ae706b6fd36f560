import { sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { CourtKind } from '../../../shared/codes';
import { createdAt, flag, idColumn } from '../db/columns';

export const courts = sqliteTable(
  'courts',
  {
    id: idColumn(),
    name: text('name').notNull(),
    kind: text('kind').$type<CourtKind>().notNull(),
    active: flag('active'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('courts_name_unique').on(t.name)],
);
