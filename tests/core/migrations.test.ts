import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock, migrationsDir, tempDir, testCore } from '../support/core';
import { createCore, type Core } from '../../electron/core';
import { NewerDatabaseError } from '../../electron/core/db/open';
import { executeBehind, readDatabase } from './helpers';

const tables = [
  'accounts',
  'allocations',
  'audit_log',
  'audit_retention',
  'beneficiary_surveys',
  'bookings',
  'case_manager_alerts',
  'court_notices',
  'courts',
  'enforcement_decisions',
  'exit_interviews',
  'incidents',
  'inductions',
  'ledger_adjustments',
  'local_targets',
  'office',
  'order_endings',
  'order_extensions',
  'order_notes',
  'orders',
  'people',
  'placements',
  'policy_versions',
  'risk_assessments',
  'session_supervisors',
  'sessions',
  'staff',
  'staff_absences',
  'staff_training',
  'supervision_plans',
  'supervision_reviews',
];

const open: Core[] = [];
afterEach(() => {
  for (const core of open.splice(0)) core.close();
});

function tablesIn(file: string): string[] {
  return readDatabase({ databaseFile: file }, (db) =>
    (
      db
        .prepare(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '__drizzle_migrations' ORDER BY name",
        )
        .all() as { name: string }[]
    ).map((r) => r.name),
  );
}

function appliedMigrations(file: string): number[] {
  return readDatabase({ databaseFile: file }, (db) =>
    (
      db.prepare('SELECT created_at FROM __drizzle_migrations ORDER BY created_at').all() as {
        created_at: number;
      }[]
    ).map((r) => Number(r.created_at)),
  );
}

function journalWhens(dir: string): number[] {
  const journal = JSON.parse(fs.readFileSync(path.join(dir, 'meta', '_journal.json'), 'utf8')) as {
    entries: { when: number }[];
  };
  return journal.entries.map((e) => e.when);
}

/** A migrations folder of our own: each entry is a tag, its journal time and its SQL. */
function fakeMigrations(entries: { tag: string; when: number; sql: string }[]): string {
  const dir = tempDir('amends-migrations-');
  fs.mkdirSync(path.join(dir, 'meta'));
  for (const e of entries) fs.writeFileSync(path.join(dir, `${e.tag}.sql`), e.sql);
  const journal = {
    version: '7',
    dialect: 'sqlite',
    entries: entries.map((e, idx) => ({
      idx,
      version: '6',
      when: e.when,
      tag: e.tag,
      breakpoints: true,
    })),
  };
  fs.writeFileSync(path.join(dir, 'meta', '_journal.json'), JSON.stringify(journal));
  return dir;
}

async function coreOn(dataDir: string, migrations: string): Promise<Core> {
  const core = await createCore({
    dataDir,
    migrationsDir: migrations,
    clock: fixedClock('2026-11-26T10:00:00Z'),
    log: () => {},
  });
  open.push(core);
  return core;
}

describe('a new database', () => {
  it('gets every table from the committed migrations and no backup', async () => {
    const dataDir = tempDir();
    const core = await coreOn(dataDir, migrationsDir);
    expect(core.databaseFile).toBe(path.join(dataDir, 'amends.db'));
    expect(tablesIn(core.databaseFile)).toEqual(tables);
    expect(appliedMigrations(core.databaseFile)).toEqual(journalWhens(migrationsDir));
    expect(core.backupFile).toBeNull();
    expect(fs.existsSync(path.join(dataDir, 'backups'))).toBe(false);
  });

  it('creates the data folder when it does not exist yet', async () => {
    const dataDir = path.join(tempDir(), 'nested', 'data');
    const core = await coreOn(dataDir, migrationsDir);
    expect(fs.existsSync(core.databaseFile)).toBe(true);
  });
});

describe('reopening', () => {
  it('migrates nothing and makes no backup', async () => {
    const first = await testCore();
    await first.ok('office.setUp', { name: 'Kept Office' });
    first.close();

    const again = await testCore({ dataDir: first.dataDir });
    open.push(again);
    expect(again.backupFile).toBeNull();
    expect(fs.existsSync(path.join(first.dataDir, 'backups'))).toBe(false);
    expect(appliedMigrations(again.databaseFile)).toEqual(journalWhens(migrationsDir));
    expect(await again.ok('office.get', {})).toMatchObject({ setUp: true, name: 'Kept Office' });
  });
});

describe('a database from a newer Amends', () => {
  it('is refused and left exactly as it was', async () => {
    const first = await testCore();
    await first.ok('office.setUp', { name: 'Newer Office' });
    const file = first.databaseFile;
    first.close();
    const newest = Math.max(...journalWhens(migrationsDir));
    executeBehind(
      { databaseFile: file },
      `INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('from-the-future', ${newest + 1})`,
    );
    const before = fs.readFileSync(file);

    const opening = coreOn(first.dataDir, migrationsDir);
    await expect(opening).rejects.toBeInstanceOf(NewerDatabaseError);
    await expect(opening).rejects.toThrow(
      `The database ${file} was written by a newer version of Amends. Install that version (or newer) to open it; nothing has been changed.`,
    );

    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(path.join(first.dataDir, 'backups'))).toBe(false);
    expect(appliedMigrations(file)).toEqual([...journalWhens(migrationsDir), newest + 1]);
  });

  it('is opened when its newest migration is one this version knows', async () => {
    const first = await testCore();
    first.close();
    const newest = Math.max(...journalWhens(migrationsDir));
    executeBehind(
      { databaseFile: first.databaseFile },
      `UPDATE __drizzle_migrations SET created_at = ${newest}`,
    );
    const again = await coreOn(first.dataDir, migrationsDir);
    expect(again.backupFile).toBeNull();
  });
});

describe('migrating existing data', () => {
  const first = {
    tag: '0000_first',
    when: 1,
    sql: 'CREATE TABLE `t` (`id` integer, `note` text);',
  };
  const second = { tag: '0001_second', when: 2, sql: 'CREATE TABLE `u` (`id` integer);' };

  it('takes a backup of the data as they were, then migrates', async () => {
    const dataDir = tempDir();
    const older = await coreOn(dataDir, fakeMigrations([first]));
    expect(older.backupFile).toBeNull();
    executeBehind(older, "INSERT INTO t (id, note) VALUES (1, 'before the upgrade')");
    open.splice(open.indexOf(older), 1);
    older.close();

    const newer = await coreOn(dataDir, fakeMigrations([first, second]));
    expect(newer.backupFile).toBe(
      path.join(dataDir, 'backups', 'amends-before-migration-2026-11-26T10-00-00-000Z.db'),
    );
    const backup = newer.backupFile ?? '';
    expect(fs.existsSync(backup)).toBe(true);

    expect(tablesIn(backup)).toEqual(['t']);
    expect(appliedMigrations(backup)).toEqual([1]);
    expect(
      readDatabase({ databaseFile: backup }, (db) => db.prepare('SELECT id, note FROM t').all()),
    ).toEqual([{ id: 1, note: 'before the upgrade' }]);

    expect(tablesIn(newer.databaseFile)).toEqual(['t', 'u']);
    expect(appliedMigrations(newer.databaseFile)).toEqual([1, 2]);
    expect(readDatabase(newer, (db) => db.prepare('SELECT note FROM t').all())).toEqual([
      { note: 'before the upgrade' },
    ]);
  });

  it('keeps the data and its migrations as they were when a migration fails', async () => {
    const dataDir = tempDir();
    const older = await coreOn(dataDir, fakeMigrations([first]));
    open.splice(open.indexOf(older), 1);
    older.close();

    const broken = {
      tag: '0001_broken',
      when: 2,
      sql: 'CREATE TABLE `u` (`id` integer);\n--> statement-breakpoint\nCREATE TABLE `t` (`id` integer);',
    };
    await expect(coreOn(dataDir, fakeMigrations([first, broken]))).rejects.toThrow(
      /Failed to run the query/,
    );
    const file = path.join(dataDir, 'amends.db');
    expect(tablesIn(file)).toEqual(['t']);
    expect(appliedMigrations(file)).toEqual([1]);
    expect(fs.readdirSync(path.join(dataDir, 'backups'))).toHaveLength(1);
  });
});
