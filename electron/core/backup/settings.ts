import fs from 'node:fs';
import path from 'node:path';
import { fsyncDir, fsyncFile } from './disk';

/**
 * `<dataDir>/settings.json`: what must be known before the database opens (where the backups
 * are), and so cannot live in the database. Keys this code does not know are kept as they are.
 */
export interface Settings {
  backupFolder?: string;
  /** The last restore, so that it can be undone even after Amends has been restarted. */
  lastRestore?: { restoredFrom: string; safetyCopy: string; folder: string; at: string };
  [other: string]: unknown;
}

export function settingsFile(dataDir: string): string {
  return path.join(dataDir, 'settings.json');
}

/** The settings, or none when the file is missing or unreadable: a bad file must not stop Amends. */
export function readSettings(dataDir: string): Settings {
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(settingsFile(dataDir), 'utf8'));
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Settings)
      : {};
  } catch {
    return {};
  }
}

/** Merges the change into the file, written whole to a temporary file and renamed over. */
export function updateSettings(dataDir: string, change: Partial<Settings>): Settings {
  // A key set to undefined is removed (JSON.stringify leaves undefined values out).
  const next: Settings = { ...readSettings(dataDir), ...change };
  fs.mkdirSync(dataDir, { recursive: true });
  const file = settingsFile(dataDir);
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, `${JSON.stringify(next, null, 2)}\n`);
  fsyncFile(temp);
  fs.renameSync(temp, file);
  fsyncDir(dataDir);
  return next;
}

export function defaultBackupFolder(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

/** Where backups go: the folder chosen in the settings, else `<dataDir>/backups`. */
export function backupFolderOf(dataDir: string) {
  const settings = readSettings(dataDir);
  const chosen = settings.backupFolder;
  const last = settings.lastRestore;
  const undoableRestore = last
    ? { restoredFrom: last.restoredFrom, safetyCopy: last.safetyCopy, at: last.at }
    : null;
  return typeof chosen === 'string' && chosen
    ? {
        folder: chosen,
        isDefault: path.resolve(chosen) === path.resolve(defaultBackupFolder(dataDir)),
        undoableRestore,
      }
    : { folder: defaultBackupFolder(dataDir), isDefault: true, undoableRestore };
}
