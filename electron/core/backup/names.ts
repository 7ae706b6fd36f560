import fs from 'node:fs';
import path from 'node:path';
import { backupNamePattern, type BackupKind } from '../../../shared/contract/backups';

const slugs: Record<BackupKind, string> = {
  START: 'start',
  TIMED: 'timed',
  MANUAL: 'manual',
  // Older versions already wrote `amends-before-migration-…`; the same name keeps them listed.
  MIGRATION: 'before-migration',
  BEFORE_RESTORE: 'before-restore',
};
const kindsBySlug = new Map(Object.entries(slugs).map(([k, s]) => [s, k as BackupKind]));

/** The moment as it appears in a file name: ISO UTC with `-` for the characters Windows refuses. */
export function stampOf(moment: Date): string {
  return moment.toISOString().replace(/[:.]/g, '-');
}

export interface BackupName {
  name: string;
  kind: BackupKind;
  createdAt: Date;
}

/** Reads kind and time out of a backup's file name; null for any other file. */
export function parseBackupName(name: string): BackupName | null {
  const match = backupNamePattern.exec(name);
  if (!match) return null;
  const kind = kindsBySlug.get(match[1]!);
  const [date, time] = match[2]!.split('T') as [string, string];
  const [h, m, s, ms] = time.replace('Z', '').split('-');
  const createdAt = new Date(`${date}T${h}:${m}:${s}.${ms}Z`);
  if (!kind || Number.isNaN(createdAt.getTime())) return null;
  return { name, kind, createdAt };
}

/** The `n` of a `-n` suffix (1 for none): copies made in the same millisecond, in order. */
function sequenceOf(name: string): number {
  return Number(backupNamePattern.exec(name)?.[3] ?? 1);
}

/** Newest first, by the moment in the name and then by its `-n`; for sort(). */
export function newestFirst(
  a: { file: string; createdAt: string },
  b: { file: string; createdAt: string },
): number {
  return b.createdAt.localeCompare(a.createdAt) || sequenceOf(b.file) - sequenceOf(a.file);
}

/** A name not yet taken in the folder: two copies in the same millisecond get `-2`, `-3`… */
export function freeBackupName(folder: string, kind: BackupKind, moment: Date): string {
  const base = `amends-${slugs[kind]}-${stampOf(moment)}`;
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${base}.db` : `${base}-${n}.db`;
    if (
      !fs.existsSync(path.join(folder, name)) &&
      !fs.existsSync(path.join(folder, `${name}.partial`))
    )
      return name;
  }
}

/** The backup's full path, or null when the name is not a backup's (so never outside the folder). */
export function backupPath(folder: string, name: string): string | null {
  if (!parseBackupName(name) || path.basename(name) !== name) return null;
  return path.join(folder, name);
}
