import { addMonths } from '../../../shared/dates';
import type { Handlers } from '../context';
import { policyOn } from '../policy/store';
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

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  // Cells that a spreadsheet would run as a formula are prefixed, as well as quoted.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const auditProcedures: Handlers<'audit'> = {
  search: ({ page, pageSize, ...query }, ctx) => searchAudit(ctx.db, query, page, pageSize),
  verify: (_input, ctx) => {
    const rows = chainRows(ctx.db);
    const broken = firstBreak(rows);
    return { entries: rows.length, intact: broken === null, firstBrokenId: broken };
  },
  export: (query, ctx) => {
    const rows = allAudit(ctx.db, query);
    const lines = [
      csvColumns.join(','),
      ...rows.map((r) => csvColumns.map((c) => csvCell(r[c])).join(',')),
    ];
    return { csv: `${lines.join('\r\n')}\r\n`, entries: rows.length };
  },
  applyRetention: (_input, ctx) => {
    const deleteBefore = `${addMonths(ctx.today, -12 * policyOn(ctx.db, ctx.today).values.auditRetentionYears)}T00:00:00.000Z`;
    return { removed: applyRetention(ctx.db, deleteBefore), deleteBefore };
  },
};
