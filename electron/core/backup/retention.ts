import fs from 'node:fs';
import path from 'node:path';
import type { BackupKind } from '../../../shared/contract/backups';
import { listBackups } from './inspect';
import { newestFirst } from './names';

/**
 * The issue asks for "keeping 3 from today, one a day for a week, 10 in all". Read here as:
 *
 * - Rotation copies (START, TIMED, MANUAL): the newest 3 made today, then the newest of each of
 *   the 6 days before today, then (so that a fortnight's leave does not leave only today's
 *   copies) the newest of each older day, newest first, until 10 are kept in all. Taken
 *   literally, 3 + 6 never reaches 10, so the cap is read as the top-up's limit.
 * - MIGRATION and BEFORE_RESTORE copies are the ones to go back to after an upgrade or a restore
 *   that went wrong: they are not counted in the 10 and are each kept for 30 days.
 * - Days are calendar days in England and Wales. A copy dated after `now` (the clock was wrong)
 *   is kept: it is not this rule's to judge.
 */
export const RETENTION = { today: 3, previousDays: 6, total: 10, specialDays: 30 } as const;

export interface Dated {
  file: string;
  kind: BackupKind;
  /** ISO timestamp. */
  createdAt: string;
}

const londonDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

function dayOf(moment: Date): string {
  return londonDay.format(moment);
}

/** The calendar day `days` before `day` (both yyyy-mm-dd): noon UTC keeps DST out of it. */
function daysBefore(day: string, days: number): string {
  const noon = new Date(`${day}T12:00:00Z`);
  noon.setUTCDate(noon.getUTCDate() - days);
  return noon.toISOString().slice(0, 10);
}

function isSpecial(kind: BackupKind): boolean {
  return kind === 'MIGRATION' || kind === 'BEFORE_RESTORE';
}

/** The names of the backups to keep; every other backup in the list may be deleted. */
export function backupsToKeep(list: readonly Dated[], now: Date): Set<string> {
  const keep = new Set<string>();
  const today = dayOf(now);
  const weekStart = daysBefore(today, RETENTION.previousDays);
  const specialCutoff = now.getTime() - RETENTION.specialDays * 24 * 60 * 60 * 1000;
  const sorted = [...list].sort(newestFirst);

  let rotation = 0;
  let todays = 0;
  const daysTaken = new Set<string>();
  const older: Dated[] = [];
  for (const backup of sorted) {
    const at = new Date(backup.createdAt);
    if (at.getTime() > now.getTime()) {
      keep.add(backup.file);
      if (!isSpecial(backup.kind)) rotation++;
      continue;
    }
    if (isSpecial(backup.kind)) {
      if (at.getTime() >= specialCutoff) keep.add(backup.file);
      continue;
    }
    const day = dayOf(at);
    if (day === today) {
      if (todays < RETENTION.today) {
        keep.add(backup.file);
        todays++;
        rotation++;
      }
    } else if (day >= weekStart) {
      if (!daysTaken.has(day)) {
        keep.add(backup.file);
        daysTaken.add(day);
        rotation++;
      }
    } else {
      older.push(backup);
    }
  }
  for (const backup of older) {
    if (rotation >= RETENTION.total) break;
    const day = dayOf(new Date(backup.createdAt));
    if (daysTaken.has(day)) continue;
    keep.add(backup.file);
    daysTaken.add(day);
    rotation++;
  }
  return keep;
}

/**
 * Deletes the backups the rule does not keep, and copies left half made by a crash. Only files
 * named as Amends names its backups are touched. Returns the names deleted.
 */
export function pruneBackups(folder: string, now: Date, spare: readonly string[] = []): string[] {
  const list = listBackups(folder);
  const keep = backupsToKeep(list, now);
  for (const name of spare) keep.add(name);
  const deleted: string[] = [];
  for (const backup of list) {
    if (keep.has(backup.file)) continue;
    fs.rmSync(path.join(folder, backup.file), { force: true });
    deleted.push(backup.file);
  }
  for (const name of fs.readdirSync(folder)) {
    if (/^amends-.*\.db\.partial(-journal)?$/.test(name)) {
      fs.rmSync(path.join(folder, name), { force: true });
      deleted.push(name);
    }
  }
  return deleted;
}
