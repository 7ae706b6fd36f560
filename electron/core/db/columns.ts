import { integer, text } from 'drizzle-orm/sqlite-core';

/** Columns most tables share: an integer key and the moment the row was written. */
export const idColumn = () => integer('id').primaryKey({ autoIncrement: true });
export const createdAt = () => text('created_at').notNull();
export const flag = (name: string) => integer(name, { mode: 'boolean' }).notNull();
/** A list of codes kept as JSON text: read and written whole, never queried inside. */
export const codeList = <T extends string>(name: string) =>
  text(name, { mode: 'json' }).$type<T[]>().notNull();
