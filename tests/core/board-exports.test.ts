import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvCell } from '../../electron/core/export/csv';
import { testCore, type TestCore } from '../support/core';
import { boardFiguresData, CURRENT } from './board-fixtures-1';
import { rowsOf } from './helpers';

let core: TestCore;
beforeEach(async () => {
  core = await testCore();
  await boardFiguresData(core);
});
afterEach(() => core.close());

describe('Board report exports', () => {
  it('gives one table as CSV with hours and percentages as numbers and a unit column', async () => {
    const { fileName, csv } = await core.ok('board.exportCsv', {
      period: CURRENT,
      tableId: 'orders',
    });
    expect(fileName).toBe('amends-board-report-2026-07-01-to-2026-09-30-orders.csv');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('Measure,Unit,July to September 2026,April to June 2026');
    expect(lines).toContain('Share completed within their completion period,%,66.7,50');
    expect(lines).toContain('Hours credited,hours,70,27');
  });

  it('refuses a table the report does not have', async () => {
    expect(
      await core.call('board.exportCsv', { period: CURRENT, tableId: 'no-such-table' }),
    ).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringContaining('That table of the report') },
    });
  });

  it('writes every opening of the report and every export to the audit log', async () => {
    await core.ok('board.report', CURRENT);
    const workbook = await core.ok('board.exportXlsx', CURRENT);
    expect(workbook.fileName).toBe('amends-board-report-2026-07-01-to-2026-09-30.xlsx');
    // A zip file: the workbook's bytes begin "PK".
    expect(Buffer.from(workbook.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
    await core.ok('board.exportCsv', { period: CURRENT, tableId: 'orders' });
    expect(
      rowsOf(
        core,
        "SELECT procedure, kind FROM audit_log WHERE procedure LIKE 'board.%' ORDER BY id",
      ),
    ).toEqual([
      { procedure: 'board.report', kind: 'READ' },
      { procedure: 'board.exportXlsx', kind: 'READ' },
      { procedure: 'board.exportCsv', kind: 'READ' },
    ]);
  });
});

describe('csvCell', () => {
  it.each<[unknown, string]>([
    ['Park garden', 'Park garden'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+44 1632', "'+44 1632"],
    ['-cmd', "'-cmd"],
    ['@SUM(A1)', "'@SUM(A1)"],
    [-5, '-5'],
    [12.5, '12.5'],
    [Number.NaN, ''],
    [null, ''],
    ['a, b', '"a, b"'],
    ['line\nbreak', '"line\nbreak"'],
  ])('%j becomes %s', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});
