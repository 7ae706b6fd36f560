import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BackupKind, BackupPreview } from '../../../shared/contract/backups';
import type { Sqlite } from '../db/open';
import { fsyncDir, fsyncFile } from './disk';
import { readContents } from './inspect';
import { freeBackupName } from './names';

export interface CreatedBackup extends BackupPreview {
  /** The full path of the new file. */
  path: string;
}

/** Thrown when a copy could not be made or did not read back intact; the message says which. */
export class BackupFailedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupFailedError';
  }
}

/**
 * Copies the open database with SQLite's online backup (other calls go on meanwhile, and what
 * they write is carried into the copy), then reads the copy back. The copy is written as
 * `….partial` and renamed only once it is whole, fsynced and intact, so a crash mid-copy never
 * leaves a file that looks like a good backup.
 */
export async function createBackup(
  sqlite: Sqlite,
  folder: string,
  kind: BackupKind,
  now: Date,
): Promise<CreatedBackup> {
  fs.mkdirSync(folder, { recursive: true });
  const name = freeBackupName(folder, kind, now);
  const final = path.join(folder, name);
  const partial = `${final}.partial`;
  try {
    await sqlite.backup(partial);
    // One self-contained file in rollback-journal mode: it can be copied on its own, and a
    // read-only preview of it creates no -wal or -shm beside it.
    const copy = new Database(partial);
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    const contents = readContents(partial);
    if (!contents.intact)
      throw new BackupFailedError(`The new backup did not read back intact: ${contents.problem}`);
    fsyncFile(partial);
    fs.renameSync(partial, final);
    fsyncDir(folder);
    const sizeBytes = fs.statSync(final).size;
    return { path: final, file: name, kind, createdAt: now.toISOString(), sizeBytes, ...contents };
  } catch (error) {
    fs.rmSync(partial, { force: true });
    fs.rmSync(`${partial}-journal`, { force: true });
    if (error instanceof BackupFailedError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new BackupFailedError(`Amends could not write a backup in ${folder}: ${reason}`);
  }
}
