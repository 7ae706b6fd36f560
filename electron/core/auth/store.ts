import { and, asc, count, desc, eq } from 'drizzle-orm';
import type { AccountRole } from '../../../shared/contract/procedure';
import type { Db } from '../db/open';
import { accounts } from './schema';

const publicColumns = {
  id: accounts.id,
  username: accounts.username,
  name: accounts.name,
  role: accounts.role,
  active: accounts.active,
  lastSignIn: accounts.lastSignIn,
};

export function accountCount(db: Db): number {
  return db.select({ n: count() }).from(accounts).get()!.n;
}

export function activeManagerIds(db: Db): number[] {
  return db
    .select({ id: accounts.id })
    .from(accounts)
    .where(and(eq(accounts.role, 'MANAGER'), eq(accounts.active, true)))
    .all()
    .map((a) => a.id);
}

export function accountByUsername(db: Db, username: string) {
  return db.select().from(accounts).where(eq(accounts.username, username)).get() ?? null;
}

export function accountById(db: Db, id: number) {
  return db.select().from(accounts).where(eq(accounts.id, id)).get() ?? null;
}

export function publicAccount(db: Db, id: number) {
  return db.select(publicColumns).from(accounts).where(eq(accounts.id, id)).get() ?? null;
}

export function listAccounts(db: Db) {
  return db
    .select(publicColumns)
    .from(accounts)
    .orderBy(desc(accounts.active), asc(accounts.name))
    .all();
}

export function insertAccount(
  db: Db,
  values: {
    username: string;
    name: string;
    role: AccountRole;
    passwordHash: string;
    active: boolean;
    createdAt: string;
  },
): number {
  return db.insert(accounts).values(values).returning({ id: accounts.id }).get().id;
}

export function updateAccount(db: Db, id: number, values: Partial<typeof accounts.$inferInsert>) {
  db.update(accounts).set(values).where(eq(accounts.id, id)).run();
}
