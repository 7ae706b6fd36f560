import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { createCore, type Core } from '../../electron/core';
import { contract } from '../../shared/contract';
import type { Procedure } from '../../shared/contract/procedure';
import type { Envelope } from '../../shared/errors';
import { migrationsDir, tempDir, testPassword } from '../support/core';
import { readDatabase, type HasDatabase } from './helpers';

/**
 * Support for the tests of accounts, roles, the audit log and the fuzzing: every procedure of
 * the contract by its wire name, snapshots of every table, and a core whose clock a test moves.
 */

/** Every procedure of the contract as `[domain.verb, procedure]`. */
export const everyProcedure: [string, Procedure][] = Object.entries(contract).flatMap(
  ([domain, procedures]) =>
    Object.entries(procedures as Record<string, Procedure>).map(
      ([verb, procedure]): [string, Procedure] => [`${domain}.${verb}`, procedure],
    ),
);

export function tablesOf(db: Database.Database): string[] {
  return (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[]
  ).map((t) => t.name);
}

/** How many rows every table holds, audit_log included, in one query. */
export function rowCountsIn(db: Database.Database): Record<string, number> {
  const tables = tablesOf(db);
  const sql = tables
    .map((t, i) => `SELECT ${i} AS i, COUNT(*) AS n FROM "${t}"`)
    .join(' UNION ALL ');
  const counts: Record<string, number> = {};
  for (const row of db.prepare(sql).all() as { i: number; n: number }[]) {
    counts[tables[row.i]!] = row.n;
  }
  return counts;
}

/** Every table's row count and a digest of its contents: equal snapshots mean nothing was written. */
export function snapshot(core: HasDatabase): Record<string, string> {
  return readDatabase(core, (db) => {
    const tables: Record<string, string> = {};
    for (const table of tablesOf(db)) {
      const rows = db.prepare(`SELECT * FROM "${table}"`).all();
      const digest = createHash('sha256').update(JSON.stringify(rows)).digest('hex');
      tables[table] = `${rows.length} rows, ${digest.slice(0, 16)}`;
    }
    return tables;
  });
}

export interface ClockedCore extends Core {
  /** The first manager's session; `ok` calls with whatever it holds now. */
  token: string;
  managerId: number;
  /** Moves the clock on (or back, with a negative number) by this many milliseconds. */
  advance(ms: number): void;
  setNow(iso: string): void;
  /** The core's clock now, as the audit log writes it. */
  now(): string;
  /** Calls and returns the value, failing the test when the call is refused. */
  ok<T = Record<string, unknown>>(name: string, input: unknown, token?: string): Promise<T>;
}

export const minutes = (n: number) => n * 60_000;

/** A core on a fresh database with a clock the test moves, and its first manager signed in. */
export async function clockedCore(start = '2026-11-26T10:00:00.000Z'): Promise<ClockedCore> {
  let now = Date.parse(start);
  const core = await createCore({
    dataDir: tempDir(),
    migrationsDir,
    clock: { now: () => new Date(now) },
    validateOutputs: true,
    passwordCost: 2 ** 10,
    log: () => {},
  });
  const first = await core.dispatch('auth.setUpFirstManager', {
    name: 'Test Manager',
    username: 'manager',
    password: testPassword,
  });
  if (!first.ok) throw new Error(`Could not set up the manager: ${first.error.message}`);
  const { token, account } = first.value as { token: string; account: { id: number } };
  const clocked: ClockedCore = Object.assign(core, {
    token,
    managerId: account.id,
    advance: (ms: number) => {
      now += ms;
    },
    setNow: (iso: string) => {
      now = Date.parse(iso);
    },
    now: () => new Date(now).toISOString(),
    async ok<T>(name: string, input: unknown, as?: string): Promise<T> {
      const envelope: Envelope<unknown> = await core.dispatch(name, input, as ?? clocked.token);
      if (!envelope.ok) throw new Error(`${name} refused: ${JSON.stringify(envelope.error)}`);
      return envelope.value as T;
    },
  });
  return clocked;
}
