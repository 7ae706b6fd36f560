import type { Clock } from '../clock';
import { openDatabase, type OpenedDatabase } from '../db/open';
import { replaceDatabaseFile } from './disk';

export interface HolderOptions {
  dataDir: string;
  migrationsDir: string;
  clock: Clock;
  /** The mount table text, for tests (see openDatabase). */
  mounts?: string | null;
}

/**
 * Owns the open database, so that a restore can close it, put another file in its place and
 * open that: everything that uses the database asks `current()` on each call rather than
 * keeping the connection.
 */
export interface DatabaseHolder {
  readonly dataDir: string;
  readonly migrationsDir: string;
  /** The database file's path; it does not change when the file is replaced. */
  readonly file: string;
  /** The open database; throws if a replacement failed to open (the caller puts the old one back). */
  current(): OpenedDatabase;
  /** Closes the database, puts a copy of `source` in its place and opens that (migrating it if it is older). */
  replaceWith(source: string): Promise<OpenedDatabase>;
  /** Told after each replacement, so open screens can refresh. */
  onReplace(listener: (opened: OpenedDatabase) => void): () => void;
  close(): void;
}

/** Closes cleanly: the checkpoint folds the log into the file, so none is left beside it. */
function closeConnection(opened: OpenedDatabase): void {
  try {
    opened.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    opened.sqlite.pragma('optimize');
  } finally {
    opened.sqlite.close();
  }
}

export async function openDatabaseHolder(options: HolderOptions): Promise<DatabaseHolder> {
  const open = () =>
    openDatabase({
      dataDir: options.dataDir,
      migrationsDir: options.migrationsDir,
      now: options.clock.now(),
      ...(options.mounts !== undefined ? { mounts: options.mounts } : {}),
    });
  let opened: OpenedDatabase | null = await open();
  const file = opened.file;
  const listeners = new Set<(opened: OpenedDatabase) => void>();

  return {
    dataDir: options.dataDir,
    migrationsDir: options.migrationsDir,
    file,
    current() {
      if (!opened) throw new Error('The database is closed while a restore is put right.');
      return opened;
    },
    async replaceWith(source) {
      if (opened) closeConnection(opened);
      opened = null;
      replaceDatabaseFile(file, source);
      const next = await open();
      opened = next;
      listeners.forEach((listener) => listener(next));
      return next;
    },
    onReplace(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      listeners.clear();
      if (opened) closeConnection(opened);
      opened = null;
    },
  };
}
