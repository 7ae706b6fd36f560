import { AppError, ruleError } from '../../../shared/errors';
import type { Context, Handlers } from '../context';
import { demoScales, generateDemoOffice } from '../demo/generate';
import {
  dashboardFigures,
  findOffice,
  holdsAnyRecords,
  insertOffice,
  updateLetterhead,
} from './store';

function officeInfo({ db, today }: Context) {
  const row = findOffice(db);
  return {
    setUp: row !== null,
    name: row?.name ?? null,
    isDemo: row?.isDemo ?? false,
    address: row?.address ?? null,
    phone: row?.phone ?? null,
    email: row?.email ?? null,
    today,
  };
}

function refuseIfSetUp(ctx: Context) {
  if (findOffice(ctx.db))
    throw new AppError(
      'CONFLICT',
      'This office is already set up; its data have been kept as they are.',
    );
}

export const officeProcedures: Handlers<'office'> = {
  get: (_input, ctx) => officeInfo(ctx),
  setUp: ({ name }, ctx) => {
    refuseIfSetUp(ctx);
    insertOffice(ctx.db, { name, isDemo: false, createdAt: ctx.now });
    return officeInfo(ctx);
  },
  loadDemo: ({ scale }, ctx) => {
    refuseIfSetUp(ctx);
    if (holdsAnyRecords(ctx.db)) {
      throw new AppError(
        'CONFLICT',
        'A demonstration office can only be loaded into an empty data folder.',
      );
    }
    return generateDemoOffice(ctx.sqlite, {
      scale: demoScales[scale],
      today: ctx.today,
      now: ctx.now,
    });
  },
  saveLetterhead: (values, ctx) => {
    if (!findOffice(ctx.db)) throw ruleError('Set up the office before its letterhead.');
    updateLetterhead(ctx.db, values);
    return officeInfo(ctx);
  },
  dashboard: (_input, { db, today }) => dashboardFigures(db, today),
};
