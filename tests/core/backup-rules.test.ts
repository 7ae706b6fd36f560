import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backups as contract, type BackupKind } from '../../shared/contract/backups';
import { freeBackupName, parseBackupName, stampOf } from '../../electron/core/backup/names';
import { isNetworkPath, journalModeFor } from '../../electron/core/backup/network';
import { backupsToKeep, pruneBackups, type Dated } from '../../electron/core/backup/retention';
import { tempDir } from '../support/core';

const slug: Record<BackupKind, string> = {
  START: 'start',
  TIMED: 'timed',
  MANUAL: 'manual',
  MIGRATION: 'before-migration',
  BEFORE_RESTORE: 'before-restore',
};

/** A backup made at `iso` (UTC), named as Amends names it. */
function made(iso: string, kind: BackupKind = 'TIMED'): Dated {
  const at = new Date(iso);
  return { file: `amends-${slug[kind]}-${stampOf(at)}.db`, kind, createdAt: at.toISOString() };
}

function days(from: number, to: number, time: string, month = '2026-11'): Dated[] {
  const out: Dated[] = [];
  for (let d = from; d <= to; d++)
    out.push(made(`${month}-${String(d).padStart(2, '0')}T${time}Z`));
  return out;
}

/** The kept copies' times, oldest first, as `dd hh:mm` (UTC) for short expectations. */
function keptTimes(list: Dated[], now: string): string[] {
  const keep = backupsToKeep(list, new Date(now));
  return list
    .filter((b) => keep.has(b.file))
    .map((b) => b.createdAt)
    .sort()
    .map((iso) => `${iso.slice(8, 10)} ${iso.slice(11, 16)}`);
}

const NOW = '2026-11-26T15:00:00Z';

describe('backupsToKeep: 3 from today, one a day for a week, 10 in all', () => {
  const cases: { name: string; list: Dated[]; now?: string; kept: string[] }[] = [
    { name: 'nothing to keep in an empty folder', list: [], kept: [] },
    {
      name: 'the newest three of today',
      list: days(26, 26, '09:00').concat(
        days(26, 26, '10:00'),
        days(26, 26, '11:00'),
        days(26, 26, '12:00'),
        days(26, 26, '13:00'),
      ),
      kept: ['26 11:00', '26 12:00', '26 13:00'],
    },
    {
      name: 'the newest of each of the six days before today',
      list: [...days(20, 25, '08:00'), ...days(20, 25, '17:00'), ...days(26, 26, '09:00')],
      kept: ['20 17:00', '21 17:00', '22 17:00', '23 17:00', '24 17:00', '25 17:00', '26 09:00'],
    },
    {
      name: 'the day a week ago is outside the week, and tops the count up to ten',
      list: [
        ...days(19, 25, '12:00'),
        ...days(26, 26, '09:00'),
        ...days(26, 26, '10:00'),
        ...days(26, 26, '11:00'),
      ],
      kept: [
        '19 12:00',
        '20 12:00',
        '21 12:00',
        '22 12:00',
        '23 12:00',
        '24 12:00',
        '25 12:00',
        '26 09:00',
        '26 10:00',
        '26 11:00',
      ],
    },
    {
      name: 'only the newest older day fits in the ten when the week is full',
      list: [
        ...days(10, 25, '12:00'),
        ...days(26, 26, '09:00'),
        ...days(26, 26, '10:00'),
        ...days(26, 26, '11:00'),
      ],
      kept: [
        '19 12:00',
        '20 12:00',
        '21 12:00',
        '22 12:00',
        '23 12:00',
        '24 12:00',
        '25 12:00',
        '26 09:00',
        '26 10:00',
        '26 11:00',
      ],
    },
    {
      name: 'after a fortnight away: today’s three and the seven newest days before the break',
      list: [
        ...days(1, 12, '12:00'),
        ...days(26, 26, '09:00'),
        ...days(26, 26, '10:00'),
        ...days(26, 26, '11:00'),
        ...days(26, 26, '14:00'),
      ],
      kept: [
        '06 12:00',
        '07 12:00',
        '08 12:00',
        '09 12:00',
        '10 12:00',
        '11 12:00',
        '12 12:00',
        '26 10:00',
        '26 11:00',
        '26 14:00',
      ],
    },
    {
      name: 'days are London days: 23:30 UTC in summer is already the next day',
      now: '2026-07-10T10:00:00Z',
      list: [
        made('2026-07-09T22:30:00Z'),
        made('2026-07-09T23:30:00Z'),
        made('2026-07-10T01:00:00Z'),
        made('2026-07-10T02:00:00Z'),
        made('2026-07-10T03:00:00Z'),
      ],
      kept: ['09 22:30', '10 01:00', '10 02:00', '10 03:00'],
    },
    {
      name: 'a copy dated after now (the clock was wrong) is kept',
      list: [
        ...days(26, 26, '09:00'),
        ...days(26, 26, '10:00'),
        ...days(26, 26, '11:00'),
        ...days(26, 26, '12:00'),
        made('2026-11-27T08:00:00Z'),
      ],
      kept: ['26 10:00', '26 11:00', '26 12:00', '27 08:00'],
    },
  ];
  it.each(cases)('$name', ({ list, now, kept }) => {
    expect(keptTimes(list, now ?? NOW)).toEqual(kept);
  });

  it('keeps MIGRATION and BEFORE_RESTORE copies for 30 days, outside the ten', () => {
    const rotation = [
      ...days(10, 25, '12:00'),
      ...days(26, 26, '09:00'),
      ...days(26, 26, '10:00'),
      ...days(26, 26, '11:00'),
    ];
    const special = [
      made('2026-10-28T12:00:00Z', 'MIGRATION'), // 29 days and 3 hours ago
      made('2026-10-26T12:00:00Z', 'MIGRATION'), // 31 days ago
      made('2026-11-20T12:00:00Z', 'BEFORE_RESTORE'),
      made('2026-10-20T12:00:00Z', 'BEFORE_RESTORE'),
      made('2026-11-26T09:30:00Z', 'BEFORE_RESTORE'),
    ];
    const keep = backupsToKeep([...rotation, ...special], new Date(NOW));
    expect(rotation.filter((b) => keep.has(b.file))).toHaveLength(10);
    expect(special.filter((b) => keep.has(b.file)).map((b) => b.createdAt.slice(0, 10))).toEqual([
      '2026-10-28',
      '2026-11-20',
      '2026-11-26',
    ]);
  });

  it('counts MANUAL and START copies in the rotation like timed ones', () => {
    const list = [
      made('2026-11-26T08:00:00Z', 'START'),
      made('2026-11-26T09:00:00Z', 'MANUAL'),
      made('2026-11-26T10:00:00Z'),
      made('2026-11-26T11:00:00Z', 'MANUAL'),
    ];
    expect(keptTimes(list, NOW)).toEqual(['26 09:00', '26 10:00', '26 11:00']);
  });
});

describe('pruning a folder', () => {
  it('deletes only the backups the rule drops, and half-made copies; other files stay', () => {
    const folder = tempDir('amends-prune-');
    const list = [
      ...days(26, 26, '09:00'),
      ...days(26, 26, '10:00'),
      ...days(26, 26, '11:00'),
      ...days(26, 26, '12:00'),
    ];
    for (const b of list) fs.writeFileSync(path.join(folder, b.file), 'x');
    fs.writeFileSync(path.join(folder, 'notes.txt'), 'mine');
    fs.writeFileSync(path.join(folder, 'amends.db'), 'not a backup name');
    fs.writeFileSync(path.join(folder, `${made('2026-11-26T14:00:00Z').file}.partial`), 'crashed');
    const deleted = pruneBackups(folder, new Date(NOW));
    expect(deleted).toEqual([list[0]!.file, `${made('2026-11-26T14:00:00Z').file}.partial`]);
    expect(fs.readdirSync(folder).sort()).toEqual(
      ['amends.db', 'notes.txt', ...list.slice(1).map((b) => b.file)].sort(),
    );
  });

  it('spares the names it is told to, whatever the rule says', () => {
    const folder = tempDir('amends-prune-');
    const list = days(1, 2, '12:00', '2026-01');
    for (const b of list) fs.writeFileSync(path.join(folder, b.file), 'x');
    // Ten newer copies fill the rotation, so January's would both go.
    const many = days(1, 25, '12:00');
    for (const b of many) fs.writeFileSync(path.join(folder, b.file), 'x');
    pruneBackups(folder, new Date(NOW), [list[0]!.file]);
    expect(fs.existsSync(path.join(folder, list[0]!.file))).toBe(true);
    expect(fs.existsSync(path.join(folder, list[1]!.file))).toBe(false);
  });
});

describe('backup names', () => {
  it('carry the kind and the moment, and read back', () => {
    const at = new Date('2026-11-26T10:00:00.123Z');
    const folder = tempDir('amends-names-');
    const name = freeBackupName(folder, 'BEFORE_RESTORE', at);
    expect(name).toBe('amends-before-restore-2026-11-26T10-00-00-123Z.db');
    expect(parseBackupName(name)).toEqual({ name, kind: 'BEFORE_RESTORE', createdAt: at });
    fs.writeFileSync(path.join(folder, name), '');
    expect(freeBackupName(folder, 'BEFORE_RESTORE', at)).toBe(
      'amends-before-restore-2026-11-26T10-00-00-123Z-2.db',
    );
    expect(parseBackupName('amends-before-restore-2026-11-26T10-00-00-123Z-2.db')?.kind).toBe(
      'BEFORE_RESTORE',
    );
    expect(parseBackupName('amends.db')).toBeNull();
    expect(parseBackupName('amends-weekly-2026-11-26T10-00-00-123Z.db')).toBeNull();
  });
});

describe('backup file names in the contract', () => {
  const good = 'amends-manual-2026-11-26T10-00-00-000Z.db';
  it.each([
    ['../amends.db', 'Choose a backup by its name in the backup folder, not a path'],
    [`../${good}`, 'Choose a backup by its name in the backup folder, not a path'],
    [`..\\..\\${good}`, 'Choose a backup by its name in the backup folder, not a path'],
    [`/etc/${good}`, 'Choose a backup by its name in the backup folder, not a path'],
    [`C:\\Amends\\${good}`, 'Choose a backup by its name in the backup folder, not a path'],
    [`${good}/../../amends.db`, 'Choose a backup by its name in the backup folder, not a path'],
    ['amends.db', 'Choose a backup from the list'],
    ['', 'Choose a backup'],
  ])('refuses %j', (file, message) => {
    for (const procedure of [contract.preview, contract.restore]) {
      const parsed = procedure.input.safeParse({ file });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe(message);
    }
  });

  it('takes a backup’s own name', () => {
    expect(contract.restore.input.parse({ file: good })).toEqual({ file: good });
  });
});

describe('a data folder on a network share', () => {
  const mounts = [
    '/dev/sda1 / ext4 rw 0 0',
    'nas:/export/amends /mnt/office nfs4 rw,relatime 0 0',
    '//nas/share /media/my\\040share cifs rw 0 0',
    '//nas/home /home/staff smb3 rw 0 0',
    '/dev/sdb1 /home/staff/local ext4 rw 0 0',
    'server:/old /srv/old nfs rw 0 0',
  ].join('\n');
  it.each([
    ['\\\\server\\share\\Amends', null, true],
    ['//server/share/amends', null, true],
    ['\\\\?\\UNC\\server\\share\\Amends', null, true],
    ['\\\\?\\C:\\Users\\sam\\AppData\\Amends', null, false],
    ['C:\\Users\\sam\\AppData\\Roaming\\Amends', null, false],
    ['/home/sam/.config/Amends', null, false],
    ['/mnt/office/amends', mounts, true],
    ['/mnt/office', mounts, true],
    ['/mnt/officebackup', mounts, false],
    ['/media/my share/amends', mounts, true],
    ['/home/staff/amends', mounts, true],
    ['/home/staff/local/amends', mounts, false],
    ['/srv/old/data', mounts, true],
    ['/var/lib/amends', mounts, false],
  ])('%s → network %s', (dir, table, network) => {
    expect(isNetworkPath(dir, table)).toBe(network);
    expect(journalModeFor(dir, table)).toBe(network ? 'DELETE' : 'WAL');
  });
});
