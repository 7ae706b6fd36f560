import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
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

interface Journal {
  entries: { idx: number; when: number; tag: string }[];
}

function readJournal(migrationsDir: string): Journal {
  const file = path.join(migrationsDir, 'meta', '_journal.json');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Journal;
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

export interface OpenedDatabase {
  sqlite: Sqlite;
  db: Db;
  file: string;
  /** The copy taken before migrating, when there was something to migrate. */
  backupFile: string | null;
}

/**
 * Opens (or creates) the office database: pragmas for durability, the guard against a newer
 * version's data, a backup before any migration of existing data, then the migrations.
 */
export async function openDatabase(options: {
  dataDir: string;
  migrationsDir: string;
  now: Date;
}): Promise<OpenedDatabase> {
  fs.mkdirSync(options.dataDir, { recursive: true });
  const file = path.join(options.dataDir, 'amends.db');
  const sqlite = new Database(file);
  try {
    sqlite.pragma('journal_mode = WAL');
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
      const backups = path.join(options.dataDir, 'backups');
      fs.mkdirSync(backups, { recursive: true });
      const stamp = options.now.toISOString().replace(/[:.]/g, '-');
      backupFile = path.join(backups, `amends-before-migration-${stamp}.db`);
      await sqlite.backup(backupFile);
    }
    const db = openDrizzle(sqlite);
    migrate(db, { migrationsFolder: options.migrationsDir });
    return { sqlite, db, file, backupFile };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}
