import { addMonths } from '../../../shared/dates';
import type { Handlers } from '../context';
import { policyOn } from '../policy/store';
import { csvOf } from '../export/csv';
import { firstBreak } from './chain';
import { allAudit, applyRetention, chainRows, searchAudit } from './store';

const csvColumns = [
  'id',
  'at',
  'accountName',
  'procedure',
  'kind',
  'recordType',
  'recordId',
  'detail',
] as const;

export const auditProcedures: Handlers<'audit'> = {
  search: ({ page, pageSize, ...query }, ctx) => searchAudit(ctx.db, query, page, pageSize),
  verify: (_input, ctx) => {
    const rows = chainRows(ctx.db);
    const broken = firstBreak(rows);
    return { entries: rows.length, intact: broken === null, firstBrokenId: broken };
  },
  export: (query, ctx) => {
    const rows = allAudit(ctx.db, query);
    const csv = csvOf(
      csvColumns,
      rows.map((r) => csvColumns.map((c) => r[c])),
    );
    return { csv, entries: rows.length };
  },
  applyRetention: (_input, ctx) => {
    const deleteBefore = `${addMonths(ctx.today, -12 * policyOn(ctx.db, ctx.today).values.auditRetentionYears)}T00:00:00.000Z`;
    return { removed: applyRetention(ctx.db, deleteBefore), deleteBefore };
  },
};
