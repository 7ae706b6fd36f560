import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabaseHolder, type DatabaseHolder } from '../../electron/core/backup/holder';
import { backupProcedures, type BackupContext } from '../../electron/core/backup/procedures';
import { createBackupService, type BackupService } from '../../electron/core/backup/service';
import { readSettings } from '../../electron/core/backup/settings';
import { todayIn, type Clock } from '../../electron/core/clock';
import { handlers } from '../../electron/core/handlers';
import { backups as contract } from '../../shared/contract/backups';
import { courts as courtsContract } from '../../shared/contract/courts';
import { migrationsDir, personInput, tempDir, testCore } from '../support/core';
import {
  assessedOrder,
  placementInput,
  placementOffice,
  sessionInput,
} from './fixtures-placements';
import { executeBehind, orderInput, readDatabase } from './helpers';

/** A clock the test moves on, so each copy has its own moment. */
function movingClock(iso: string): Clock & { advance(minutes: number): void } {
  let now = new Date(iso).getTime();
  return { now: () => new Date(now), advance: (minutes) => (now += minutes * 60_000) };
}

interface Rig {
  holder: DatabaseHolder;
  service: BackupService;
  clock: ReturnType<typeof movingClock>;
  ctx(): BackupContext;
  courtNames(): string[];
  addCourt(name: string): void;
}

const open: DatabaseHolder[] = [];
afterEach(() => {
  for (const holder of open.splice(0)) holder.close();
});

/** An office with a person, two orders (one live) and a session, made through a real core. */
async function populatedDataDir(): Promise<string> {
  const core = await testCore();
  const office = await placementOffice(core);
  await assessedOrder(core, office, 'Walker');
  const person = await core.ok(
    'people.create',
    personInput(office.caseManager.id, { familyName: 'Evans', caseReference: 'NV200002' }),
  );
  const ended = await core.ok('orders.create', orderInput(person.id, office.magistrates.id));
  const placement = await core.ok('placements.save', placementInput());
  await core.ok(
    'sessions.create',
    sessionInput(placement.id, office.supervisor.id, { capacity: 6 }),
  );
  core.close();
  // One order ended, so live orders and orders differ.
  executeBehind(
    core,
    `UPDATE orders SET status = 'REVOKED', ended_on = '2026-11-01' WHERE id = ${ended.id}`,
  );
  return core.dataDir;
}

async function rig(dataDir: string): Promise<Rig> {
  const clock = movingClock('2026-11-26T10:00:00Z');
  const holder = await openDatabaseHolder({
    dataDir,
    migrationsDir,
    clock,
  });
  open.push(holder);
  const service = createBackupService(holder, clock);
  // What the backups handlers use; the sign-in parts of the context are not theirs.
  const ctx = () =>
    ({
      db: holder.current().db,
      sqlite: holder.current().sqlite,
      today: todayIn(clock),
      now: clock.now().toISOString(),
      account: { id: 1, name: 'Test Manager', username: 'manager', role: 'MANAGER' },
      backups: service,
    }) as BackupContext;
  return {
    holder,
    service,
    clock,
    ctx,
    courtNames: () =>
      (
        holder.current().sqlite.prepare('SELECT name FROM courts ORDER BY id').all() as {
          name: string;
        }[]
      ).map((r) => r.name),
    addCourt(name) {
      const c = ctx();
      const input = courtsContract.save.input.parse({ name, kind: 'MAGISTRATES' });
      c.sqlite.transaction(() => handlers.courts.save(input, c))();
    },
  };
}

describe('making a backup', () => {
  it('copies the database, reads back what it holds, and lists it with its size and date', async () => {
    const r = await rig(await populatedDataDir());
    const created = await backupProcedures.create({}, r.ctx());
    expect(created).toMatchObject({
      file: 'amends-manual-2026-11-26T10-00-00-000Z.db',
      kind: 'MANUAL',
      createdAt: '2026-11-26T10:00:00.000Z',
      intact: true,
      problem: null,
      officeName: 'Test Unpaid Work',
      people: 2,
      liveOrders: 1,
      sessions: 1,
    });
    expect(contract.create.output.parse(created)).toEqual(created);
    const folder = path.join(r.holder.dataDir, 'backups');
    expect(fs.readdirSync(folder)).toEqual([created.file]);
    expect(created.sizeBytes).toBe(fs.statSync(path.join(folder, created.file)).size);
    // The newest record written, whichever table it is in.
    const newest = readDatabase(
      { databaseFile: r.holder.file },
      (db) => (db.prepare('SELECT MAX(created_at) AS at FROM sessions').get() as { at: string }).at,
    );
    expect(created.lastChange).toBe(newest);

    const list = await backupProcedures.list({}, r.ctx());
    expect(list).toEqual([
      {
        file: created.file,
        kind: 'MANUAL',
        createdAt: created.createdAt,
        sizeBytes: created.sizeBytes,
      },
    ]);
    expect(await backupProcedures.preview({ file: created.file }, r.ctx())).toEqual(created);
  });

  it('gives two copies in the same moment two names', async () => {
    const r = await rig(tempDir());
    await r.service.create('MANUAL');
    await r.service.create('MANUAL');
    expect(r.service.list().map((b) => b.file)).toEqual([
      'amends-manual-2026-11-26T10-00-00-000Z-2.db',
      'amends-manual-2026-11-26T10-00-00-000Z.db',
    ]);
  });

  it('skips a timed copy when nothing has been written since the last', async () => {
    const r = await rig(tempDir());
    expect(await r.service.create('START')).not.toBeNull();
    r.clock.advance(60);
    expect(await r.service.create('TIMED', { onlyIfChanged: true })).toBeNull();
    r.addCourt('Eastvale Magistrates’ Court');
    expect(await r.service.create('TIMED', { onlyIfChanged: true })).not.toBeNull();
  });

  it('prunes by the retention rule after each copy', async () => {
    const r = await rig(tempDir());
    for (let i = 0; i < 5; i++) {
      await r.service.create('TIMED');
      r.clock.advance(60);
    }
    expect(r.service.list().map((b) => b.createdAt.slice(11, 16))).toEqual([
      '14:00',
      '13:00',
      '12:00',
    ]);
  });

  it('reports a preview of a damaged copy as not intact, with the reason', async () => {
    const r = await rig(await populatedDataDir());
    const created = await r.service.create('MANUAL');
    fs.writeFileSync(created!.path, 'this is not a database at all, only some text'.repeat(50));
    const preview = r.service.preview(created!.file);
    expect(preview).toMatchObject({ intact: false, people: 0, officeName: null });
    expect(preview.problem).toMatch(/not an Amends database/);
  });
});

describe('restoring', () => {
  it('puts the backup in place (later data go), and undo brings the later data back', async () => {
    const r = await rig(await populatedDataDir());
    r.addCourt('Before The Backup Court');
    const backup = await r.service.create('MANUAL');
    r.clock.advance(30);
    r.addCourt('After The Backup Court');
    const before = r.courtNames();
    expect(before).toContain('After The Backup Court');

    r.clock.advance(30);
    const restored = await backupProcedures.restore({ file: backup!.file }, r.ctx());
    expect(restored).toEqual({
      restoredFrom: backup!.file,
      safetyCopy: 'amends-before-restore-2026-11-26T11-00-00-000Z.db',
    });
    expect(r.courtNames()).toContain('Before The Backup Court');
    expect(r.courtNames()).not.toContain('After The Backup Court');
    // The restored database takes writes, through the connection the holder has now.
    r.addCourt('Written After The Restore');
    expect(readSettings(r.holder.dataDir).lastRestore).toMatchObject({
      restoredFrom: backup!.file,
      safetyCopy: restored.safetyCopy,
    });
    // The screens learn from the folder that this restore can be undone, and from which copy.
    expect((await backupProcedures.folder({}, r.ctx())).undoableRestore).toMatchObject({
      restoredFrom: backup!.file,
      safetyCopy: restored.safetyCopy,
    });

    r.clock.advance(30);
    const undone = await backupProcedures.undoRestore({}, r.ctx());
    expect(undone.restoredFrom).toBe(restored.safetyCopy);
    expect(r.courtNames()).toEqual(before);
    expect(readSettings(r.holder.dataDir).lastRestore).toBeUndefined();
    expect((await backupProcedures.folder({}, r.ctx())).undoableRestore).toBeNull();
    // What was written between the restore and the undo is not lost: it is in the undo's own copy.
    const kept = readDatabase(
      { databaseFile: path.join(r.holder.dataDir, 'backups', undone.safetyCopy) },
      (db) => db.prepare('SELECT name FROM courts').all(),
    );
    expect(kept).toContainEqual({ name: 'Written After The Restore' });

    await expect(backupProcedures.undoRestore({}, r.ctx())).rejects.toThrow(
      'There is no restore to undo.',
    );
    // Nothing is left beside the database from the swaps.
    expect(fs.readdirSync(r.holder.dataDir).filter((f) => f.includes('restoring'))).toEqual([]);
  });

  it('records the restore in the audit log of the restored database', async () => {
    const r = await rig(await populatedDataDir());
    const backup = await r.service.create('MANUAL');
    r.clock.advance(5);
    await backupProcedures.restore({ file: backup!.file }, r.ctx());
    const last = r.holder
      .current()
      .sqlite.prepare(
        'SELECT procedure, account_name AS who, detail FROM audit_log ORDER BY id DESC LIMIT 1',
      )
      .get();
    expect(last).toEqual({
      procedure: 'backups.restore',
      who: 'Test Manager',
      detail: expect.stringContaining(backup!.file),
    });
  });

  it('can be undone after Amends is restarted', async () => {
    const dataDir = await populatedDataDir();
    const first = await rig(dataDir);
    const backup = await first.service.create('MANUAL');
    first.addCourt('Later Court');
    await first.service.restore(backup!.file);
    first.holder.close();
    open.splice(0);

    const again = await rig(dataDir);
    expect(again.courtNames()).not.toContain('Later Court');
    await again.service.undoRestore();
    expect(again.courtNames()).toContain('Later Court');
  });

  it('refuses a damaged backup and leaves the data as they were', async () => {
    const r = await rig(await populatedDataDir());
    const backup = await r.service.create('MANUAL');
    r.addCourt('Still Here Court');
    const bytes = fs.readFileSync(backup!.path);
    bytes.fill(0x55, 4096, 4096 * 6);
    fs.writeFileSync(backup!.path, bytes);
    await expect(r.service.restore(backup!.file)).rejects.toThrow(
      /That backup is damaged and cannot be restored/,
    );
    expect(r.courtNames()).toContain('Still Here Court');
    expect(r.service.list().filter((b) => b.kind === 'BEFORE_RESTORE')).toEqual([]);
  });

  it('refuses a name that is not a backup in the folder', async () => {
    const r = await rig(tempDir());
    await expect(r.service.restore('../amends.db')).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(
      r.service.restore('amends-manual-2026-01-01T00-00-00-000Z.db'),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('the backup folder', () => {
  it('is <data folder>/backups until another is chosen, and is kept in settings.json', async () => {
    const r = await rig(tempDir());
    expect(await backupProcedures.folder({}, r.ctx())).toEqual({
      folder: path.join(r.holder.dataDir, 'backups'),
      isDefault: true,
      undoableRestore: null,
    });
    const elsewhere = tempDir('amends-other-drive-');
    expect(await backupProcedures.setFolder({ folder: elsewhere }, r.ctx())).toEqual({
      folder: elsewhere,
      isDefault: false,
      undoableRestore: null,
    });
    expect(
      JSON.parse(fs.readFileSync(path.join(r.holder.dataDir, 'settings.json'), 'utf8')),
    ).toEqual({ backupFolder: elsewhere });
    const created = await r.service.create('MANUAL');
    expect(created!.path).toBe(path.join(elsewhere, created!.file));
    expect(await backupProcedures.setFolder({ folder: null }, r.ctx())).toMatchObject({
      isDefault: true,
    });
  });

  it('refuses a folder that does not exist, or one that cannot be written in', async () => {
    const r = await rig(tempDir());
    const missing = path.join(tempDir(), 'no', 'such', 'folder');
    expect(() => r.service.setFolder(missing)).toThrow(
      `The folder ${missing} does not exist (or this computer cannot reach it). Create it or plug the drive in, then choose it again.`,
    );
    const file = path.join(tempDir(), 'a-file.txt');
    fs.writeFileSync(file, '');
    expect(() => r.service.setFolder(file)).toThrow(
      `${file} is a file, not a folder. Choose a folder for the backups.`,
    );
    expect(() => r.service.setFolder('relative/folder')).toThrow(/must be a full path/);
    if (process.getuid?.() !== 0) {
      const readOnly = tempDir('amends-read-only-');
      fs.chmodSync(readOnly, 0o500);
      expect(() => r.service.setFolder(readOnly)).toThrow(
        `Amends cannot write in ${readOnly}. Choose a folder this computer's user can save files in.`,
      );
    }
    expect(r.service.folder().isDefault).toBe(true);
  });
});
