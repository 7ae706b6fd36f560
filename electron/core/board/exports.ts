import ExcelJS from 'exceljs';
import { exportColumns } from '../../../shared/board-values';
import type { BoardReport, BoardTable } from '../../../shared/contract/board';
import { formatDate } from '../../../shared/dates';
import { notFound } from '../../../shared/errors';
import { csvOf } from '../export/csv';

type Row = Record<string, string | number | null>;

const fileStem = (report: BoardReport) =>
  `amends-board-report-${report.period.from}-to-${report.period.to}`;

function tablesOf(report: BoardReport): BoardTable[] {
  return report.sections.flatMap((s) => s.tables);
}

/** One table as CSV: the same values as the workbook's sheet, dates as dd/mm/yyyy. */
export function boardCsv(report: BoardReport, tableId: string) {
  const table = tablesOf(report).find((t) => t.id === tableId);
  if (!table) throw notFound('That table of the report');
  const columns = exportColumns(table);
  const csv = csvOf(
    columns.map((c) => c.label),
    table.rows.map((row: Row) =>
      columns.map((c) => {
        const value = c.value(row);
        return c.kind(row) === 'date' && typeof value === 'string' ? formatDate(value) : value;
      }),
    ),
  );
  return { fileName: `${fileStem(report)}-${table.id}.csv`, csv };
}

const numberFormats: Record<string, string> = {
  count: '#,##0',
  minutes: '#,##0.00',
  percent: '0.0',
  number: '#,##0.##',
  date: 'dd/mm/yyyy',
};

/**
 * The report as a workbook: a contents sheet (the office, the periods, every table with its
 * definition), then one sheet per table named by its id, headed in row 1 and typed (numbers as
 * numbers, dates as dates), with hours for minutes and percentages as numbers.
 */
export async function boardWorkbook(report: BoardReport) {
  const book = new ExcelJS.Workbook();
  book.creator = 'Amends';
  book.created = new Date(`${report.generatedOn}T00:00:00Z`);
  const contents = book.addWorksheet('Contents');
  contents.columns = [
    { header: 'Sheet', key: 'sheet', width: 28 },
    { header: 'Section', key: 'section', width: 30 },
    { header: 'Table', key: 'title', width: 50 },
    { header: 'How the figures are worked out', key: 'definition', width: 100 },
  ];
  contents.getRow(1).font = { bold: true };
  contents.insertRows(1, [
    [`${report.office.name}: Board report`],
    [
      `${report.period.label} (${formatDate(report.period.from)} to ${formatDate(report.period.to)}), compared with ${report.previous.label}`,
    ],
    [`Produced on ${formatDate(report.generatedOn)}`],
    [],
  ]);
  contents.getRow(1).font = { bold: true, size: 14 };
  for (const section of report.sections) {
    for (const table of section.tables) {
      contents.addRow({
        sheet: table.id,
        section: section.title,
        title: table.title,
        definition: table.definition,
      });
      const sheet = book.addWorksheet(table.id);
      const columns = exportColumns(table);
      sheet.addRow(columns.map((c) => c.label)).font = { bold: true };
      sheet.views = [{ state: 'frozen', ySplit: 1 }];
      for (const row of table.rows as Row[]) {
        const added = sheet.addRow(
          columns.map((c) => {
            const value = c.value(row);
            return c.kind(row) === 'date' && typeof value === 'string'
              ? new Date(`${value}T00:00:00Z`)
              : value;
          }),
        );
        columns.forEach((c, i) => {
          const format = numberFormats[c.kind(row)];
          if (format) added.getCell(i + 1).numFmt = format;
        });
      }
      columns.forEach((c, i) => {
        sheet.getColumn(i + 1).width = Math.min(60, Math.max(12, c.label.length + 2));
      });
    }
  }
  const buffer = Buffer.from(await book.xlsx.writeBuffer());
  return { fileName: `${fileStem(report)}.xlsx`, base64: buffer.toString('base64') };
}
