/**
 * Backup benchmark at region scale: opening with the integrity check, making a copy (SQLite's
 * online backup, then the read-back check), previewing one, restoring one and undoing it.
 * Prints figures; asserts nothing about timing. Run alone: `npx tsx tests/bench/backup.ts`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createCore } from '../../electron/core';
import { openDatabaseHolder } from '../../electron/core/backup/holder';
import { checkFile } from '../../electron/core/backup/inspect';
import { createBackupService } from '../../electron/core/backup/service';
import type { Clock } from '../../electron/core/clock';
import { migrationsDir, tempDir } from '../support/core';
import { fileSize, format, median, since, table } from './measure';

const ROUNDS = 3;

/** A clock a minute on at each reading, so every copy has its own name and none is pruned early. */
function tickingClock(start: string): Clock {
  let at = new Date(start).getTime();
  return { now: () => new Date((at += 60_000)) };
}

async function regionOffice(dataDir: string): Promise<number> {
  const core = await createCore({ dataDir, migrationsDir });
  const credentials = { username: 'bench', password: 'bench password 1' };
  await core.dispatch('auth.setUpFirstManager', { name: 'Bench Manager', ...credentials });
  const signedIn = await core.dispatch('auth.signIn', credentials);
  if (!signedIn.ok) throw new Error(`Could not sign in: ${signedIn.error.message}`);
  const token = (signedIn.value as { token: string }).token;
  const start = performance.now();
  const loaded = await core.dispatch('office.loadDemo', { scale: 'region' }, token);
  if (!loaded.ok) throw new Error(`office.loadDemo refused: ${loaded.error.message}`);
  const elapsed = since(start);
  core.close();
  return elapsed;
}

async function timed<T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: since(start), value };
}

export async function benchBackup(): Promise<string[][]> {
  const dataDir = tempDir('amends-bench-backup-');
  try {
    const generation = await regionOffice(dataDir);
    const databaseFile = path.join(dataDir, 'amends.db');
    const checks: number[] = [];
    for (let i = 0; i < ROUNDS; i++) checks.push((await timed(() => checkFile(databaseFile))).ms);

    const clock = tickingClock('2026-11-26T09:00:00Z');
    const opening = await timed(() => openDatabaseHolder({ dataDir, migrationsDir, clock }));
    const holder = opening.value;
    const service = createBackupService(holder, clock);
    try {
      const copies: number[] = [];
      const raw: number[] = [];
      let made = null;
      for (let i = 0; i < ROUNDS; i++) {
        const rawFile = path.join(dataDir, `raw-${i}.db`);
        raw.push((await timed(() => holder.current().sqlite.backup(rawFile))).ms);
        fs.rmSync(rawFile);
        const copy = await timed(() => service.create('MANUAL'));
        copies.push(copy.ms);
        made = copy.value!;
      }
      const preview = await timed(() => service.preview(made!.file));
      const restore = await timed(() => service.restore(made!.file));
      const undo = await timed(() => service.undoRestore());

      const rows: string[][] = [
        [
          'Region office: people / live orders',
          `${format.int(made!.people)} / ${format.int(made!.liveOrders)}`,
        ],
        ['Region office: generation (office.loadDemo)', format.s(generation)],
        ['Database file', format.mb(fileSize(databaseFile))],
        ['Backup file', format.mb(made!.sizeBytes)],
        [`quick_check of the database (median of ${ROUNDS})`, format.ms(median(checks))],
        ['Opening with the check (openDatabaseHolder)', format.ms(opening.ms)],
        [`SQLite online backup alone (median of ${ROUNDS})`, format.ms(median(raw))],
        [
          `backups.create: copy, read back, fsync, prune (median of ${ROUNDS})`,
          format.ms(median(copies)),
        ],
        ['backups.preview', format.ms(preview.ms)],
        ['backups.restore: safety copy, swap, reopen', format.ms(restore.ms)],
        ['backups.undoRestore', format.ms(undo.ms)],
      ];
      console.log(`\nBackups\n${table(['measure', 'result'], rows)}\n`);
      return rows;
    } finally {
      holder.close();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchBackup();
