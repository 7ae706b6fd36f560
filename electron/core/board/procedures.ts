import type { Handlers } from '../context';
import { periodsFor } from './period';
import { boardReport } from './report';
import { targetProcedures } from './targets';

export const boardProcedures: Handlers<'board'> = {
  report: (input, ctx) => boardReport(ctx.db, ctx.sqlite, periodsFor(input, ctx.today)),
  ...targetProcedures,
};
