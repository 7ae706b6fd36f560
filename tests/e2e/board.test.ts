import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayValue, exportColumns, kindOf } from '../../shared/board-values';
import type { BoardReport } from '../../shared/contract/board';
import { pdfFooter, pdfHeader } from '../../shared/print';
import { artefacts, startBrowserMode, visible, type BrowserMode } from '../support/browser';
import { tempDir } from '../support/core';
import { boardFiguresData, CURRENT } from '../core/board-fixtures-1';

let app: BrowserMode;
let page: Page;
let report: BoardReport;

beforeAll(async () => {
  app = await startBrowserMode();
  page = app.page;
  await boardFiguresData(app.core);
  report = await app.core.ok('board.report', CURRENT);
  await app.signIn();
});
afterAll(async () => app?.stop());

/** Whitespace-separated words, so figures can be found whatever the layout put between them. */
const words = (text: string) => text.split(/\s+/).filter(Boolean);

/**
 * Whether a row's figures occur one after another in the text. Spaces are dropped on both sides:
 * a PDF's text can lose the space inside "0 m", and the layout puts varying space between cells.
 */
function contains(hay: readonly string[], needle: readonly string[]): boolean {
  return hay.join('').includes(needle.join(''));
}

/** A table row's figures as the report shows them, in column order (text cells left out). */
function figures(
  table: BoardReport['sections'][number]['tables'][number],
  row: Record<string, string | number | null>,
) {
  return table.columns
    .filter((c) => c.kind !== 'text')
    .flatMap((c) => words(displayValue(kindOf(c, row), row[c.key] ?? null)));
}

describe('the Board report in Chromium', () => {
  it('is produced through the screen for a quarter, and shows the figures of the report data', async () => {
    await page.goto(`${app.url}#/board`);
    await page.getByRole('combobox', { name: 'Quarter' }).click();
    await page.getByRole('option', { name: 'July to September 2026' }).click();
    const document = page.getByRole('article', { name: 'Board report' });
    await visible(document.getByRole('heading', { name: '1. Orders' }));
    await app.screenshot('board-01-report-on-screen');
    // Every table's rows are on screen with the report's own figures, row by row.
    const shown = words(await document.innerText());
    for (const table of report.sections.flatMap((s) => s.tables)) {
      if (!table.rows.length) {
        expect(shown.join(' ')).toContain(table.emptyMessage);
        continue;
      }
      for (const row of table.rows)
        expect(contains(shown, figures(table, row)), `${table.id}`).toBe(true);
    }
  });

  it('exports a workbook whose sheets hold the same figures, typed', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export XLSX' }).click();
    const file = path.join(tempDir(), 'board.xlsx');
    await (await download).saveAs(file);
    await visible(page.getByText(/^Workbook exported: \d+ tables, one sheet each$/));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const tables = report.sections.flatMap((s) => s.tables);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Contents', ...tables.map((t) => t.id)]);
    for (const table of tables) {
      const sheet = book.getWorksheet(table.id)!;
      const columns = exportColumns(table);
      expect(sheet.getRow(1).values).toEqual([undefined, ...columns.map((c) => c.label)]);
      table.rows.forEach((row, r) => {
        const cells = sheet.getRow(r + 2);
        columns.forEach((c, i) => {
          const expected = c.value(row);
          const actual = cells.getCell(i + 1).value;
          if (c.kind(row) === 'date' && typeof expected === 'string')
            expect(actual).toEqual(new Date(`${expected}T00:00:00Z`));
          else expect(actual ?? null, `${table.id} row ${r + 1} ${c.label}`).toEqual(expected);
        });
      });
      expect(sheet.rowCount).toBe(table.rows.length + 1);
    }
    // Minutes are hours as numbers: the orders table's hours credited this quarter.
    const orders = tables.find((t) => t.id === 'orders')!;
    const credited = orders.rows.find((r) => r.measure === 'Hours credited')!;
    const row = book
      .getWorksheet('orders')!
      .getRows(2, orders.rows.length)!
      .find((r) => r.getCell(1).value === 'Hours credited')!;
    expect(row.getCell(3).value).toBe(Math.round(((credited.current as number) / 60) * 100) / 100);
  });

  it('prints to a PDF with page numbers whose text has the same figures', async () => {
    const pdf = path.join(artefacts, 'board-report.pdf');
    await page.emulateMedia({ media: 'print' });
    await page.pdf({
      path: pdf,
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: pdfHeader,
      footerTemplate: pdfFooter('Board report, July to September 2026'),
      margin: { top: '18mm', bottom: '18mm', left: '18mm', right: '18mm' },
    });
    await page.emulateMedia({ media: 'screen' });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const printed = words(text);
    // Nothing of the screen's frame is printed: no menu, no buttons.
    expect(text).not.toContain('Export XLSX');
    expect(text).not.toContain('Waiting list');
    expect(text).toMatch(/Page 1 of \d+/);
    for (const table of report.sections.flatMap((s) => s.tables)) {
      for (const row of table.rows)
        expect(contains(printed, figures(table, row)), `${table.id}`).toBe(true);
    }
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '3',
      pdf,
      path.join(artefacts, 'board-report-page'),
    ]);
    const pictures = fs
      .readdirSync(artefacts)
      .filter((f) => /^board-report-page-0?1\.png$/.test(f));
    expect(pictures).toHaveLength(1);
    // The message of the export just made is not printed with the report.
    expect(text).not.toContain('Workbook exported');
  });

  it('says so plainly for a period with no data, without charts or tables', async () => {
    await page.goto(`${app.url}#/board?kind=YEAR&from=2019-01-01`);
    await visible(page.getByText(/Amends holds nothing for The year 2019/));
    expect(await page.getByRole('heading', { name: '1. Orders' }).count()).toBe(0);
    expect(await page.locator('svg.recharts-surface').count()).toBe(0);
    await app.screenshot('board-02-no-data');
  });
});
