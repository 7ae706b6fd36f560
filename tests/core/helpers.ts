import Database from 'better-sqlite3';
import type { InputOf } from '../../shared/contract';

/** Anything with a database file: a test core, or a core made directly. */
export interface HasDatabase {
  readonly databaseFile: string;
}

/** Runs a read against the database file through a second, read-only connection. */
export function readDatabase<T>(core: HasDatabase, read: (db: Database.Database) => T): T {
  const db = new Database(core.databaseFile, { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

export function countRows(core: HasDatabase, table: string): number {
  return readDatabase(
    core,
    (db) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n,
  );
}

export function rowsOf<T>(core: HasDatabase, query: string, ...params: unknown[]): T[] {
  return readDatabase(core, (db) => db.prepare(query).all(...params) as T[]);
}

/** Changes the database behind the core's back, as another program (or a broken disk) would. */
export function executeBehind(core: HasDatabase, sql: string): void {
  const db = new Database(core.databaseFile);
  try {
    db.exec(sql);
  } finally {
    db.close();
  }
}

export function orderInput(
  personId: number,
  courtId: number,
  overrides: Partial<InputOf<'orders.create'>> = {},
): InputOf<'orders.create'> {
  return {
    personId,
    courtId,
    sentenceDate: '2026-01-15',
    hours: 120,
    requirementType: 'COMMUNITY_ORDER',
    offenceCategory: 'THEFT',
    offence: 'Theft from a shop',
    ...overrides,
  };
}
