import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, flag } from '../db/columns';

/** One row: the office this database belongs to. No row means first run. */
export const office = sqliteTable('office', {
  id: integer('id').primaryKey(),
  name: text('name').notNull(),
  isDemo: flag('is_demo'),
  /** The letterhead of letters and reports. */
  address: text('address'),
  phone: text('phone'),
  email: text('email'),
  createdAt: createdAt(),
});
