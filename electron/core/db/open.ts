import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type { BackupInfo } from '../../../shared/contract/backups';
import { createBackup } from '../backup/create';
import { folderProblem } from '../backup/disk';
import { latestGoodBackup, quickCheck, withReadOnly } from '../backup/inspect';
import { journalModeFor, networkWarning, readMounts, realFolder } from '../backup/network';
import { backupFolderOf, defaultBackupFolder } from '../backup/settings';
import * as schema from './schema';

export type Sqlite = Database.Database;
export type Db = ReturnType<typeof openDrizzle>;

function openDrizzle(sqlite: Sqlite) {
  return drizzle(sqlite, { schema });
}

/** Refused at start: the data were written by a newer Amends and this one cannot read them safely. */
export class NewerDatabaseError extends Error {
  constructor(file: string) {
    super(
      `The database ${file} was written by a newer version of Amends. Install that version (or newer) to open it; nothing has been changed.`,
    );
    this.name = 'NewerDatabaseError';
  }
}

/**
 * Refused at start: the database file is damaged or is not a database. It has not been opened
 * for writing; the shell can offer `latestGoodBackup` (see recoverFromBackup in backup/disk).
 */
export class DamagedDatabaseError extends Error {
  readonly file: string;
  readonly problem: string;
  readonly latestGoodBackup: (BackupInfo & { path: string }) | null;

  constructor(file: string, problem: string, latest: (BackupInfo & { path: string }) | null) {
    const offer = latest
      ? ` The newest good backup is ${latest.file}, made ${latest.createdAt}.`
      : ' No good backup was found.';
    super(`The database ${file} is damaged and Amends has not changed it. ${problem}${offer}`);
    this.name = 'DamagedDatabaseError';
    this.file = file;
    this.problem = problem;
    this.latestGoodBackup = latest;
  }
}

interface Journal {
  entries: { idx: number; when: number; tag: string }[];
}

function readJournal(migrationsDir: string): Journal {
  const file = path.join(migrationsDir, 'meta', '_journal.json');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Journal;
}

function newestKnownMigration(migrationsDir: string): number {
  return Math.max(0, ...readJournal(migrationsDir).entries.map((e) => e.when));
}

function lastAppliedMigration(sqlite: Sqlite): number | null {
  const table = sqlite
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'",
    )
    .get();
  if (!table) return null;
  const row = sqlite.prepare('SELECT MAX(created_at) AS last FROM __drizzle_migrations').get() as {
    last: number | null;
  };
  return row.last;
}

/** True when the file's newest migration is one this version of Amends does not know. */
export function writtenByNewerVersion(file: string, migrationsDir: string): boolean {
  const last = withReadOnly(file, lastAppliedMigration);
  return typeof last === 'number' && last > newestKnownMigration(migrationsDir);
}

export interface OpenedDatabase {
  sqlite: Sqlite;
  db: Db;
  file: string;
  /** The copy taken before migrating, when there was something to migrate. */
  backupFile: string | null;
  /** Plain sentences for the person at the computer (a network data folder, say). */
  warnings: string[];
}

export interface OpenOptions {
  dataDir: string;
  migrationsDir: string;
  now: Date;
  /** The mount table text, for tests; read from /proc/mounts when left out. */
  mounts?: string | null;
}

/**
 * Checks an existing file through a read-only connection before anything writes to it: damage
 * (or a file that is not a database) and a newer version's data are refused untouched.
 */
function checkBeforeOpening(file: string, dataDir: string, migrationsDir: string): void {
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) return;
  const found = withReadOnly(file, (sqlite) => {
    const check = quickCheck(sqlite);
    return check.ok ? { ...check, last: lastAppliedMigration(sqlite) } : check;
  });
  if (!found.ok) {
    const folders = [backupFolderOf(dataDir).folder, defaultBackupFolder(dataDir)];
    throw new DamagedDatabaseError(file, found.problem, latestGoodBackup(folders));
  }
  if ('last' in found && found.last !== null && found.last > newestKnownMigration(migrationsDir))
    throw new NewerDatabaseError(file);
}

/** The chosen backup folder, or the usual one (with a warning) when the chosen one is unreachable. */
function migrationBackupFolder(dataDir: string, warnings: string[]): string {
  const { folder, isDefault } = backupFolderOf(dataDir);
  if (isDefault) return folder;
  const problem = folderProblem(folder);
  if (problem === null) return folder;
  warnings.push(`${problem} The copy made before upgrading was saved in the data folder instead.`);
  return defaultBackupFolder(dataDir);
}

/**
 * Opens (or creates) the office database: an integrity check of an existing file, the guard
 * against a newer version's data, pragmas for durability (WAL, or DELETE on a network share), a
 * backup before any migration of existing data, then the migrations.
 */
export async function openDatabase(options: OpenOptions): Promise<OpenedDatabase> {
  fs.mkdirSync(options.dataDir, { recursive: true });
  const file = path.join(options.dataDir, 'amends.db');
  checkBeforeOpening(file, options.dataDir, options.migrationsDir);
  const warnings: string[] = [];
  const sqlite = new Database(file);
  try {
    const mounts = options.mounts === undefined ? readMounts() : options.mounts;
    const mode = journalModeFor(realFolder(options.dataDir), mounts);
    sqlite.pragma(`journal_mode = ${mode}`);
    if (mode === 'DELETE') warnings.push(networkWarning);
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');

    const journal = readJournal(options.migrationsDir);
    const newestKnown = Math.max(0, ...journal.entries.map((e) => e.when));
    const lastApplied = lastAppliedMigration(sqlite);
    if (lastApplied !== null && lastApplied > newestKnown) throw new NewerDatabaseError(file);

    let backupFile: string | null = null;
    const pending = journal.entries.filter((e) => lastApplied === null || e.when > lastApplied);
    if (lastApplied !== null && pending.length > 0) {
      const folder = migrationBackupFolder(options.dataDir, warnings);
      backupFile = (await createBackup(sqlite, folder, 'MIGRATION', options.now)).path;
    }
    const db = openDrizzle(sqlite);
    // A migration that rebuilds a table (SQLite's only way to change a column) drops the old one;
    // with foreign keys enforced that would fail on rows pointing at it. The migrator runs in one
    // transaction, where the PRAGMA in the generated SQL is ignored, so it is set around it, and
    // the keys are checked before anything else can write.
    sqlite.pragma('foreign_keys = OFF');
    migrate(db, { migrationsFolder: options.migrationsDir });
    sqlite.pragma('foreign_keys = ON');
    const broken = sqlite.pragma('foreign_key_check') as unknown[];
    if (broken.length) throw new Error(`Migration left ${broken.length} broken references`);
    return { sqlite, db, file, backupFile, warnings };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}
