import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { AccountRole } from '../../../shared/contract/procedure';
import { createdAt, flag, idColumn } from '../db/columns';

/** Staff who sign in to Amends. Passwords are kept only as slow salted hashes (scrypt). */
export const accounts = sqliteTable(
  'accounts',
  {
    id: idColumn(),
    username: text('username').notNull(),
    name: text('name').notNull(),
    role: text('role').$type<AccountRole>().notNull(),
    passwordHash: text('password_hash').notNull(),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    /** No sign-in accepted before this moment (ISO), after repeated failures. */
    lockedUntil: text('locked_until'),
    lastSignIn: text('last_sign_in'),
    active: flag('active'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('accounts_username_unique').on(t.username)],
);
