import { z } from 'zod';
import { codesOf } from '../codes';
import { targetDimensions, targetFeatures } from '../session-codes';
import { managers, read, write } from './procedure';
import { id, isoDate, oneOf, requiredText, wholeNumber } from './fields';

/**
 * The Board report as data: sections of tables, each table with typed columns and the definition
 * of its figures in words. The screen, the printed PDF, the XLSX and the CSV all render this one
 * object, so a figure is the same everywhere.
 */

/**
 * How a column's values are typed: counts and minutes are numbers, percentages 0–100 or null,
 * dates ISO. A `mixed` column takes each row's own kind from the row's `kind` value (a table of
 * measures, this period against the last, mixes counts, hours and percentages).
 */
export const columnKinds = [
  'text',
  'count',
  'minutes',
  'percent',
  'number',
  'date',
  'mixed',
] as const;
export type ColumnKind = (typeof columnKinds)[number];

const column = z.object({ key: z.string(), label: z.string(), kind: z.enum(columnKinds) });
const cell = z.union([z.string(), z.number(), z.null()]);

const boardTable = z.object({
  /** Stable and short: used as the XLSX sheet name and the CSV file name. */
  id: z.string(),
  title: z.string(),
  columns: z.array(column),
  rows: z.array(z.record(z.string(), cell)),
  /** How every figure in the table is worked out, in words, shown in the report's notes. */
  definition: z.string(),
  /** Said plainly instead of an empty table when the period has nothing to count. */
  emptyMessage: z.string(),
});

export const sectionIds = [
  'orders',
  'standDowns',
  'hoursOffered',
  'timeliness',
  'risk',
  'employability',
  'diversity',
  'enforcement',
  'exitInterviews',
  'surveys',
  'outcomes',
  'capacity',
] as const;
export type SectionId = (typeof sectionIds)[number];

const section = z.object({
  id: z.enum(sectionIds),
  title: z.string(),
  /** One or two sentences a Board member reads first. */
  summary: z.string(),
  tables: z.array(boardTable),
});

const period = z.object({ from: z.string(), to: z.string(), label: z.string() });

export const periodKinds = ['QUARTER', 'YEAR', 'DATES'] as const;

export const reportInput = z
  .object({
    kind: z.enum(periodKinds, { error: 'Period must be a quarter, a year or dates' }),
    /** QUARTER: any date in the quarter; YEAR: the first day of the year (April for a business year is not used). */
    from: isoDate('From'),
    /** DATES only: the last day. */
    to: isoDate('To').optional(),
  })
  .refine((p) => p.kind !== 'DATES' || (p.to !== undefined && p.to >= p.from), {
    path: ['to'],
    message: 'To must be given and not before From',
  });

const report = z.object({
  office: z.object({
    name: z.string(),
    address: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
  }),
  period,
  previous: period,
  generatedOn: z.string(),
  /** False when the period has no orders, sessions or decisions at all: the report says so. */
  hasData: z.boolean(),
  sections: z.array(section),
});

const target = z.object({
  id: z.number(),
  year: z.number(),
  dimension: z.enum(codesOf(targetDimensions)),
  groupCode: z.string(),
  groupLabel: z.string(),
  feature: z.enum(codesOf(targetFeatures)),
  targetPercent: z.number(),
});

export const targetInput = z.object({
  year: wholeNumber('Year', 2000, 2100),
  dimension: oneOf('Measured on', targetDimensions),
  groupCode: requiredText('Group', 60),
  feature: oneOf('Placement quality', targetFeatures),
  targetPercent: wholeNumber('Target', 0, 100),
});

export const board = {
  report: read(
    'The Board report for a quarter, a year or dates, against the period before it.',
    reportInput,
    report,
    { auditRead: true },
  ),
  exportXlsx: read(
    'The Board report as a workbook: a contents sheet, then one typed sheet per table.',
    reportInput,
    z.object({ fileName: z.string(), base64: z.string() }),
    { auditRead: true },
  ),
  exportCsv: read(
    'One table of the Board report as CSV.',
    z.object({
      period: reportInput,
      tableId: requiredText('Table', 40),
    }),
    z.object({ fileName: z.string(), csv: z.string() }),
    { auditRead: true },
  ),
  targets: read(
    'Local diversity targets of a year.',
    z.object({ year: wholeNumber('Year', 2000, 2100) }),
    z.array(target),
  ),
  saveTarget: write(
    'Set a local diversity target for a year (replacing the same group and quality).',
    targetInput,
    target,
    { roles: managers },
  ),
  removeTarget: write(
    'Remove a local diversity target.',
    z.object({ id: id('Target') }),
    z.object({}),
    {
      roles: managers,
    },
  ),
};

export type BoardReport = z.output<typeof report>;
export type ReportInput = z.input<typeof reportInput>;
export type BoardSection = z.output<typeof section>;
export type BoardTable = z.output<typeof boardTable>;
export type LocalTarget = z.output<typeof target>;
export type ReportPeriod = z.output<typeof period>;
