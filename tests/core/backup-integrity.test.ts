import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackup } from '../../electron/core/backup/create';
import { recoverFromBackup } from '../../electron/core/backup/disk';
import { networkWarning } from '../../electron/core/backup/network';
import { updateSettings } from '../../electron/core/backup/settings';
import {
  DamagedDatabaseError,
  openDatabase,
  type OpenedDatabase,
} from '../../electron/core/db/open';
import { migrationsDir, tempDir } from '../support/core';

const NOW = new Date('2026-11-26T10:00:00Z');
const opened: OpenedDatabase[] = [];
afterEach(() => {
  for (const o of opened.splice(0)) o.sqlite.close();
});

async function open(dataDir: string, extra: { mounts?: string | null; migrations?: string } = {}) {
  const o = await openDatabase({
    dataDir,
    migrationsDir: extra.migrations ?? migrationsDir,
    now: NOW,
    ...(extra.mounts !== undefined ? { mounts: extra.mounts } : {}),
  });
  opened.push(o);
  return o;
}

function close(o: OpenedDatabase) {
  opened.splice(opened.indexOf(o), 1);
  o.sqlite.close();
}

/** A database with some rows, closed, and `backups` copies of it made an hour apart. */
async function officeWithBackups(backups: number, folder?: string) {
  const dataDir = tempDir();
  const o = await open(dataDir);
  o.sqlite
    .prepare("INSERT INTO office (id, name, is_demo, created_at) VALUES (1, 'Kept Office', 0, ?)")
    .run(NOW.toISOString());
  const insert = o.sqlite.prepare(
    "INSERT INTO courts (name, kind, active, created_at) VALUES (?, 'CROWN', 1, '2026-11-01')",
  );
  o.sqlite.transaction(() => {
    for (let i = 0; i < 400; i++) insert.run(`Court number ${i} with a longish name to fill pages`);
  })();
  const made: string[] = [];
  for (let i = 0; i < backups; i++) {
    const at = new Date(NOW.getTime() - (backups - i) * 3_600_000);
    made.push(
      (await createBackup(o.sqlite, folder ?? path.join(dataDir, 'backups'), 'TIMED', at)).file,
    );
  }
  close(o);
  return { dataDir, file: path.join(dataDir, 'amends.db'), made };
}

async function refusal(dataDir: string): Promise<DamagedDatabaseError> {
  const error: unknown = await open(dataDir).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DamagedDatabaseError);
  return error as DamagedDatabaseError;
}

describe('a damaged database at start', () => {
  it('is refused untouched when garbage is written over part of it, offering the newest good backup', async () => {
    const { dataDir, file, made } = await officeWithBackups(3);
    // The newest backup is damaged too: the offer passes over it.
    const newest = path.join(dataDir, 'backups', made[2]!);
    fs.writeFileSync(newest, Buffer.alloc(8192, 0x41));
    const bytes = fs.readFileSync(file);
    bytes.fill(0x55, 4096, 4096 * 8);
    fs.writeFileSync(file, bytes);

    const error = await refusal(dataDir);
    expect(error.latestGoodBackup).toMatchObject({
      file: made[1],
      kind: 'TIMED',
      createdAt: '2026-11-26T08:00:00.000Z',
      path: path.join(dataDir, 'backups', made[1]!),
    });
    expect(error.message).toBe(
      `The database ${file} is damaged and Amends has not changed it. ${error.problem} The newest good backup is ${made[1]}, made 2026-11-26T08:00:00.000Z.`,
    );
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('is refused when the file has been cut short', async () => {
    const { dataDir, file, made } = await officeWithBackups(1);
    fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2));
    const error = await refusal(dataDir);
    expect(error.latestGoodBackup?.file).toBe(made[0]);
  });

  it('is refused when the file is not a database at all, and says when there is no backup', async () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, 'amends.db');
    fs.writeFileSync(
      file,
      'Dear office, this spreadsheet was saved over the database.\n'.repeat(100),
    );
    const error = await refusal(dataDir);
    expect(error.problem).toBe(
      'The file is not an Amends database (it may have been overwritten or only partly copied).',
    );
    expect(error.latestGoodBackup).toBeNull();
    expect(error.message).toMatch(/No good backup was found\.$/);
    expect(fs.readdirSync(dataDir)).toEqual(['amends.db']);
  });

  it('looks for backups in the folder chosen in settings.json', async () => {
    const elsewhere = tempDir('amends-other-drive-');
    const { dataDir, file, made } = await officeWithBackups(2, elsewhere);
    updateSettings(dataDir, { backupFolder: elsewhere });
    fs.writeFileSync(file, Buffer.alloc(4096 * 4, 0x00));
    const error = await refusal(dataDir);
    expect(error.latestGoodBackup?.path).toBe(path.join(elsewhere, made[1]!));
  });

  it('can be put right from the offered backup, keeping the damaged file aside', async () => {
    const { dataDir, file } = await officeWithBackups(2);
    fs.truncateSync(file, 8192);
    const offered = (await refusal(dataDir)).latestGoodBackup!;
    const { damagedCopy } = recoverFromBackup({
      databaseFile: file,
      backupFile: offered.path,
      now: NOW,
    });
    expect(fs.statSync(damagedCopy).size).toBe(8192);
    const o = await open(dataDir);
    expect(o.sqlite.prepare('SELECT name FROM office').get()).toEqual({ name: 'Kept Office' });
    expect((o.sqlite.prepare('SELECT COUNT(*) AS n FROM courts').get() as { n: number }).n).toBe(
      400,
    );
  });
});

describe('the journal', () => {
  it('is WAL on a local disk, with no warning', async () => {
    const o = await open(tempDir(), { mounts: '/dev/sda1 / ext4 rw 0 0' });
    expect(o.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(o.warnings).toEqual([]);
  });

  it('is DELETE on a network share, with a plain warning', async () => {
    const dataDir = tempDir();
    const mounts = `/dev/sda1 / ext4 rw 0 0\nnas:/amends ${path.dirname(fs.realpathSync(dataDir))} nfs4 rw 0 0`;
    const o = await open(dataDir, { mounts });
    expect(o.sqlite.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(o.warnings).toEqual([networkWarning]);
    expect(networkWarning).toBe(
      "The data folder is on a network drive; Amends uses a slower, safer journal there. Keep it on this computer's own disk if you can.",
    );
    close(o);
    // A database that was in WAL mode on a local disk changes over when it is opened there.
    const again = await open(dataDir, { mounts });
    expect(again.sqlite.pragma('journal_mode', { simple: true })).toBe('delete');
  });
});

describe('the copy made before migrating', () => {
  /** The committed migrations without the newest, so the real ones have one to apply. */
  function olderMigrations(): string {
    const dir = tempDir('amends-migrations-');
    fs.cpSync(migrationsDir, dir, { recursive: true });
    const journalFile = path.join(dir, 'meta', '_journal.json');
    const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: unknown[] };
    journal.entries.pop();
    fs.writeFileSync(journalFile, JSON.stringify(journal));
    return dir;
  }

  it('goes to the chosen folder, or to the data folder with a warning when that is unreachable', async () => {
    const dataDir = tempDir();
    close(await open(dataDir, { migrations: olderMigrations() }));
    const elsewhere = tempDir('amends-other-drive-');
    updateSettings(dataDir, { backupFolder: elsewhere });
    const upgraded = await open(dataDir);
    expect(path.dirname(upgraded.backupFile!)).toBe(elsewhere);
    expect(upgraded.warnings).toEqual([]);
    const copy = new Database(upgraded.backupFile!, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    copy.close();

    const other = tempDir();
    close(await open(other, { migrations: olderMigrations() }));
    const unplugged = path.join(tempDir(), 'drive-E');
    updateSettings(other, { backupFolder: unplugged });
    const fellBack = await open(other);
    expect(path.dirname(fellBack.backupFile!)).toBe(path.join(other, 'backups'));
    expect(fellBack.warnings).toEqual([
      `The folder ${unplugged} does not exist (or this computer cannot reach it). Create it or plug the drive in, then choose it again. The copy made before upgrading was saved in the data folder instead.`,
    ]);
  });
});
