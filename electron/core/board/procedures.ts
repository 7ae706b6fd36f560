import type { Context, Handlers } from '../context';
import { boardCsv, boardWorkbook } from './exports';
import { periodsFor } from './period';
import { boardReport } from './report';
import { targetProcedures } from './targets';

const reportFor = (input: Parameters<typeof periodsFor>[0], ctx: Context) =>
  boardReport(ctx.db, ctx.sqlite, periodsFor(input, ctx.today));

export const boardProcedures: Handlers<'board'> = {
  report: (input, ctx) => reportFor(input, ctx),
  exportXlsx: (input, ctx) => boardWorkbook(reportFor(input, ctx)),
  exportCsv: ({ period, tableId }, ctx) => boardCsv(reportFor(period, ctx), tableId),
  ...targetProcedures,
};
