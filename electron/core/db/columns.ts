import { integer, text } from 'drizzle-orm/sqlite-core';

/** Columns most tables share: an integer key and the moment the row was written. */
export const idColumn = () => integer('id').primaryKey({ autoIncrement: true });
export const createdAt = () => text('created_at').notNull();
export const flag = (name: string) => integer(name, { mode: 'boolean' }).notNull();
/** A list of codes kept as JSON text: read and written whole, never queried inside. */
export const codeList = <T extends string>(name: string) =>
  text(name, { mode: 'json' }).$type<T[]>().notNull();
// Correlated subqueries in the stores name the outer table in plain SQL (`orders.id`): drizzle
// leaves a column unqualified when a query has one table, and inside the subquery an unqualified
// "id" would silently mean the inner table's own id.
