import { z } from 'zod';
import { codes, codesOf } from '../codes';
import { managers, read } from './procedure';

/** Why a copy was made; the kind is part of the file name, so a folder of copies explains itself. */
export const backupKinds = codes([
  { code: 'START', label: 'When Amends started' },
  { code: 'TIMED', label: 'Every few hours' },
  { code: 'MANUAL', label: 'Made by hand' },
  { code: 'MIGRATION', label: 'Before an upgrade' },
  { code: 'BEFORE_RESTORE', label: 'Before a restore' },
]);
export type BackupKind = (typeof backupKinds)[number]['code'];

/**
 * `amends-<kind>-<UTC time>[-n].db`, e.g. amends-manual-2026-11-26T10-00-00-000Z.db. Only names
 * of this shape are ever read, restored or deleted, so no input can reach outside the folder.
 */
export const backupNamePattern =
  /^amends-(start|timed|manual|before-migration|before-restore)-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)(?:-(\d{1,4}))?\.db$/;

const backupName = z
  .string({ error: 'Choose a backup' })
  .trim()
  .min(1, 'Choose a backup')
  .max(120, 'Choose a backup from the list')
  .refine(
    (name) => !/[\\/]/.test(name) && !name.includes('..'),
    'Choose a backup by its name in the backup folder, not a path',
  )
  .refine((name) => backupNamePattern.test(name), 'Choose a backup from the list');

const backup = z.object({
  /** The file's name inside the backup folder. */
  file: z.string(),
  kind: z.enum(codesOf(backupKinds)),
  /** When the copy was made (ISO timestamp). */
  createdAt: z.string(),
  sizeBytes: z.number(),
});

const preview = z.object({
  file: z.string(),
  kind: z.enum(codesOf(backupKinds)),
  createdAt: z.string(),
  sizeBytes: z.number(),
  /** PRAGMA quick_check found nothing wrong. */
  intact: z.boolean(),
  /** What is wrong with it, in plain words, when it is not intact. */
  problem: z.string().nullable(),
  officeName: z.string().nullable(),
  people: z.number(),
  liveOrders: z.number(),
  sessions: z.number(),
  /** The newest record written before the copy was made (ISO timestamp). */
  lastChange: z.string().nullable(),
});

const folder = z.object({
  folder: z.string(),
  /** True when the folder is the data folder's own `backups`. */
  isDefault: z.boolean(),
  /** The last restore, while it can still be undone; null when there is none to undo. */
  undoableRestore: z
    .object({ restoredFrom: z.string(), safetyCopy: z.string(), at: z.string() })
    .nullable(),
});

const restored = z.object({
  /** The backup now in use. */
  restoredFrom: z.string(),
  /** The copy of the data as they were just before, which an undo puts back. */
  safetyCopy: z.string(),
});

// Every procedure here is a `read` for the router: making a copy is asynchronous and a restore
// closes and reopens the database, so none of them can run inside the router's write transaction.
export const backups = {
  list: read('Every backup in the backup folder, newest first.', z.object({}), z.array(backup), {
    roles: managers,
  }),
  create: read('Make a backup now.', z.object({}), preview, { roles: managers }),
  preview: read(
    'What a backup holds (office, counts, newest change) and whether it is intact.',
    z.object({ file: backupName }),
    preview,
    { roles: managers },
  ),
  restore: read(
    'Put a backup in place of the current data, keeping a copy of the current data first.',
    z.object({ file: backupName }),
    restored,
    { roles: managers },
  ),
  undoRestore: read(
    'Put back the data as they were before the last restore.',
    z.object({}),
    restored,
    { roles: managers },
  ),
  folder: read('Where backups are kept.', z.object({}), folder, { roles: managers }),
  setFolder: read(
    'Keep backups in another folder (for example on another drive); none to go back to the usual one.',
    z.object({
      folder: z
        .string({ error: 'Backup folder must be text' })
        .trim()
        .max(1000, 'Backup folder must be at most 1000 characters')
        .nullish()
        .transform((v) => (v ? v : null)),
    }),
    folder,
    { roles: managers },
  ),
};

export type BackupInfo = z.output<typeof backup>;
export type BackupPreview = z.output<typeof preview>;
export type BackupFolder = z.output<typeof folder>;
export type Restored = z.output<typeof restored>;
