import type { z } from 'zod';
import type { backups } from '../../../shared/contract/backups';
import { AppError } from '../../../shared/errors';
import { appendAudit } from '../audit/store';
import type { Context } from '../context';
import type { BackupService } from './service';

/** The context with the core's backup service (to become a field of Context itself). */
export type BackupContext = Context & { backups?: BackupService };

type Contract = typeof backups;
/** The same shape as Handlers<'backups'>, until the contract is registered in shared/contract. */
type BackupHandlers = {
  [V in keyof Contract]: (
    input: z.output<Contract[V]['input']>,
    ctx: BackupContext,
  ) => z.output<Contract[V]['output']> | Promise<z.output<Contract[V]['output']>>;
};

function serviceOf(ctx: BackupContext): BackupService {
  if (!ctx.backups) throw new AppError('INTERNAL', 'Backups are not available in this window.');
  return ctx.backups;
}

/**
 * The router audits writes inside their transaction, and these are not router writes (they are
 * asynchronous, and a restore swaps the database): each is recorded here, after it is done, in
 * the database then open. So a restore is the first entry after the restored copy's own log.
 */
function record(ctx: BackupContext, procedure: string, detail: Record<string, unknown>): void {
  const { db, sqlite } = serviceOf(ctx).database();
  sqlite.transaction(() =>
    appendAudit(db, {
      at: ctx.now,
      accountId: ctx.account?.id ?? null,
      accountName: ctx.account?.name ?? null,
      procedure,
      kind: 'WRITE',
      recordType: null,
      recordId: null,
      detail: JSON.stringify(detail),
    }),
  )();
}

export const backupProcedures: BackupHandlers = {
  list: (_input, ctx) => serviceOf(ctx).list(),
  create: async (_input, ctx) => {
    const { path: _path, ...created } = (await serviceOf(ctx).create('MANUAL'))!;
    record(ctx, 'backups.create', { file: created.file });
    return created;
  },
  preview: ({ file }, ctx) => serviceOf(ctx).preview(file),
  restore: async ({ file }, ctx) => {
    const restored = await serviceOf(ctx).restore(file);
    record(ctx, 'backups.restore', restored);
    return restored;
  },
  undoRestore: async (_input, ctx) => {
    const restored = await serviceOf(ctx).undoRestore();
    record(ctx, 'backups.undoRestore', restored);
    return restored;
  },
  folder: (_input, ctx) => serviceOf(ctx).folder(),
  setFolder: ({ folder }, ctx) => {
    const chosen = serviceOf(ctx).setFolder(folder);
    record(ctx, 'backups.setFolder', chosen);
    return chosen;
  },
};
