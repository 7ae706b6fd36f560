import fs from 'node:fs';
import path from 'node:path';

/** Pushes a file's bytes to the disk, so a power cut after this cannot leave it half written. */
export function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Makes a rename in the folder durable; Windows cannot open a folder, and its renames need not this. */
export function fsyncDir(dir: string): void {
  let fd: number | null = null;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // EISDIR/EPERM on Windows: nothing to do there.
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}

/** The side files SQLite may keep beside a database. */
export const sideSuffixes = ['-wal', '-shm', '-journal'] as const;

/**
 * Puts `source` in place of `target` so that, whatever moment the power goes, the target is
 * either the old file or the whole new one: copy to a temporary file in the target's folder,
 * fsync it, then rename over (atomic within one folder).
 */
export function replaceDatabaseFile(target: string, source: string): void {
  const dir = path.dirname(target);
  const prefix = `.${path.basename(target)}.restoring-`;
  // Left by a restore that was cut off: never in use, since the rename is the last step.
  for (const stale of fs.readdirSync(dir).filter((name) => name.startsWith(prefix)))
    fs.rmSync(path.join(dir, stale), { force: true });
  const temp = path.join(dir, `${prefix}${process.pid}`);
  fs.copyFileSync(source, temp);
  fsyncFile(temp);
  // Removed before the rename, not after: a -wal or -journal left beside the new file would be
  // replayed onto it by SQLite as though it were its own. The old database was closed (and its
  // log checkpointed) before this, so these hold nothing that is not already in the old file.
  for (const suffix of sideSuffixes) fs.rmSync(`${target}${suffix}`, { force: true });
  fs.renameSync(temp, target);
  fsyncDir(dir);
}

/**
 * For a damaged database: moves it (with its side files) aside as `amends-damaged-<time>.db`,
 * never deleting it, then puts the backup in its place.
 */
export function recoverFromBackup(options: {
  databaseFile: string;
  backupFile: string;
  now: Date;
}): { damagedCopy: string } {
  const { databaseFile, backupFile, now } = options;
  const dir = path.dirname(databaseFile);
  const damagedCopy = path.join(
    dir,
    `amends-damaged-${now.toISOString().replace(/[:.]/g, '-')}.db`,
  );
  if (fs.existsSync(databaseFile)) fs.renameSync(databaseFile, damagedCopy);
  for (const suffix of sideSuffixes) {
    if (fs.existsSync(`${databaseFile}${suffix}`))
      fs.renameSync(`${databaseFile}${suffix}`, `${damagedCopy}${suffix}`);
  }
  fsyncDir(dir);
  replaceDatabaseFile(databaseFile, backupFile);
  return { damagedCopy };
}

/** Null when backups can be written in the folder; otherwise why not, in plain words. */
export function folderProblem(folder: string): string | null {
  if (!path.isAbsolute(folder))
    return `The backup folder must be a full path, such as D:\\Amends backups.`;
  let stat: fs.Stats;
  try {
    stat = fs.statSync(folder);
  } catch {
    return `The folder ${folder} does not exist (or this computer cannot reach it). Create it or plug the drive in, then choose it again.`;
  }
  if (!stat.isDirectory())
    return `${folder} is a file, not a folder. Choose a folder for the backups.`;
  // Trying is the only reliable test: access(W_OK) says yes to read-only shares on Windows.
  const probe = path.join(folder, `.amends-write-test-${process.pid}`);
  try {
    fs.writeFileSync(probe, 'amends');
    fs.rmSync(probe, { force: true });
    return null;
  } catch {
    return `Amends cannot write in ${folder}. Choose a folder this computer's user can save files in.`;
  }
}
