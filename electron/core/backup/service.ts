import fs from 'node:fs';
import path from 'node:path';
import type {
  BackupFolder,
  BackupInfo,
  BackupPreview,
  Restored,
} from '../../../shared/contract/backups';
import { AppError, fieldError, notFound, ruleError } from '../../../shared/errors';
import type { Clock } from '../clock';
import { writtenByNewerVersion, type OpenedDatabase, type Sqlite } from '../db/open';
import { BackupFailedError, createBackup, type CreatedBackup } from './create';
import { folderProblem } from './disk';
import type { DatabaseHolder } from './holder';
import { listBackups, previewBackup, readContents } from './inspect';
import { backupPath } from './names';
import { pruneBackups } from './retention';
import { backupFolderOf, defaultBackupFolder, readSettings, updateSettings } from './settings';

export interface BackupService {
  /** The database open now (a restore replaces it). */
  database(): OpenedDatabase;
  folder(): BackupFolder;
  /** Null goes back to `<dataDir>/backups`. */
  setFolder(folder: string | null): BackupFolder;
  list(): BackupInfo[];
  /** Makes a copy and prunes; with `onlyIfChanged`, returns null when nothing was written since the last copy. */
  create(
    kind: 'START' | 'TIMED' | 'MANUAL',
    options?: { onlyIfChanged?: boolean },
  ): Promise<CreatedBackup | null>;
  preview(file: string): BackupPreview;
  restore(file: string): Promise<Restored>;
  undoRestore(): Promise<Restored>;
}

function totalChanges(sqlite: Sqlite): number {
  return (sqlite.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
}

export function createBackupService(holder: DatabaseHolder, clock: Clock): BackupService {
  const { dataDir } = holder;
  // One copy, restore or undo at a time: a timed copy must not run while the file is swapped.
  let queue: Promise<unknown> = Promise.resolve();
  function exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }
  let lastCopied: { sqlite: Sqlite; changes: number } | null = null;

  /** The folder to write in, made if it is the usual one; refused with the reason otherwise. */
  function writableFolder(): string {
    const { folder, isDefault } = backupFolderOf(dataDir);
    if (isDefault) fs.mkdirSync(folder, { recursive: true });
    const problem = folderProblem(folder);
    if (problem) throw ruleError(problem);
    return folder;
  }

  function backupFile(name: string): { folder: string; path: string; info: BackupInfo } {
    const { folder } = backupFolderOf(dataDir);
    const file = backupPath(folder, name);
    if (!file) throw fieldError('file', 'Choose a backup from the list');
    const info = listBackups(folder).find((b) => b.file === name);
    if (!info) throw notFound('The backup');
    return { folder, path: file, info };
  }

  async function copyNow(kind: Parameters<BackupService['create']>[0] | 'BEFORE_RESTORE') {
    const folder = writableFolder();
    const { sqlite } = holder.current();
    const changes = totalChanges(sqlite);
    try {
      const created = await createBackup(sqlite, folder, kind, clock.now());
      lastCopied = { sqlite, changes };
      return created;
    } catch (error) {
      if (error instanceof BackupFailedError) throw ruleError(error.message);
      throw error;
    }
  }

  /** Best effort: the copy or restore has succeeded, and a copy left over is no harm. */
  function prune(...spare: string[]) {
    const last = readSettings(dataDir).lastRestore;
    try {
      pruneBackups(writableFolder(), clock.now(), last ? [...spare, last.safetyCopy] : spare);
    } catch {
      // Tried again after the next copy.
    }
  }

  /** Keeps a copy of the data as they are, then swaps in `source`; puts them back if it will not open. */
  async function swapTo(source: string, name: string): Promise<Restored> {
    const contents = readContents(source);
    if (!contents.intact)
      throw ruleError(`That backup is damaged and cannot be restored: ${contents.problem}`);
    if (writtenByNewerVersion(source, holder.migrationsDir))
      throw ruleError(
        'That backup was made by a newer version of Amends; install it to restore this backup.',
      );
    const safety = await copyNow('BEFORE_RESTORE');
    try {
      await holder.replaceWith(source);
    } catch (error) {
      await holder.replaceWith(safety.path);
      const reason = error instanceof Error ? error.message : String(error);
      throw ruleError(`Amends could not open that backup (${reason}). Your data are as they were.`);
    }
    prune(name, safety.file);
    return { restoredFrom: name, safetyCopy: safety.file };
  }

  return {
    database: () => holder.current(),
    folder: () => backupFolderOf(dataDir),
    setFolder(folder) {
      if (folder === null) {
        updateSettings(dataDir, { backupFolder: undefined });
        return backupFolderOf(dataDir);
      }
      const chosen = path.normalize(folder);
      if (path.resolve(chosen) === path.resolve(defaultBackupFolder(dataDir)))
        fs.mkdirSync(chosen, { recursive: true });
      const problem = folderProblem(chosen);
      if (problem) throw fieldError('folder', problem);
      updateSettings(dataDir, { backupFolder: chosen });
      return backupFolderOf(dataDir);
    },
    list: () => listBackups(backupFolderOf(dataDir).folder),
    create: (kind, options = {}) =>
      exclusive(async () => {
        const { sqlite } = holder.current();
        const unchanged =
          lastCopied?.sqlite === sqlite && lastCopied.changes === totalChanges(sqlite);
        if (options.onlyIfChanged && unchanged) return null;
        const created = await copyNow(kind);
        prune(created.file);
        return created;
      }),
    preview(name) {
      const { folder, info } = backupFile(name);
      return previewBackup(folder, info);
    },
    restore: (name) =>
      exclusive(async () => {
        const { folder, path: source } = backupFile(name);
        const restored = await swapTo(source, name);
        const at = clock.now().toISOString();
        updateSettings(dataDir, { lastRestore: { ...restored, folder, at } });
        return restored;
      }),
    undoRestore: () =>
      exclusive(async () => {
        const last = readSettings(dataDir).lastRestore;
        if (!last) throw ruleError('There is no restore to undo.');
        const folder = last.folder || backupFolderOf(dataDir).folder;
        const source = backupPath(folder, last.safetyCopy);
        if (!source || !fs.existsSync(source))
          throw new AppError(
            'NOT_FOUND',
            `The copy made before the restore (${last.safetyCopy}) is no longer in ${folder}, so the restore cannot be undone.`,
          );
        const restored = await swapTo(source, last.safetyCopy);
        updateSettings(dataDir, { lastRestore: undefined });
        return restored;
      }),
  };
}
