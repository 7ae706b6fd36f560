/**
 * Board report benchmark at region scale (issue 5): the report for the year 2026 through the
 * router, each section built on its own, and the same figures worked out by the plainest
 * hand-written SQL (tests/bench/board-plain.ts) — the ratio says what the report costs over its
 * queries. The plain figures are checked against the report's first, table by table, and the run
 * stops when any differ, so the ratio never compares different work. Then the exports: the
 * workbook (board.exportXlsx) and the PDF Chromium prints from the report page in browser mode.
 * Prints figures; asserts nothing about timing. Run alone: `npx tsx tests/bench/board.ts`.
 *
 * The PDF is printed from the built renderer (dist/renderer): it is built with vite when missing,
 * but a stale build prints the page as it was: run `npx vite build` after changing the page.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { createCore, type Core } from '../../electron/core';
import { boardWorkbook } from '../../electron/core/board/exports';
import { periodsFor, type Period, type Periods } from '../../electron/core/board/period';
import { boardReport } from '../../electron/core/board/report';
import { capacitySection } from '../../electron/core/board/sections/capacity';
import { diversitySection } from '../../electron/core/board/sections/diversity';
import { employabilitySection } from '../../electron/core/board/sections/employability';
import { enforcementSection } from '../../electron/core/board/sections/enforcement';
import { exitInterviewsSection } from '../../electron/core/board/sections/exit-interviews';
import { hoursOfferedSection } from '../../electron/core/board/sections/hours-offered';
import { ordersSection } from '../../electron/core/board/sections/orders';
import { outcomesSection } from '../../electron/core/board/sections/outcomes';
import { riskSection } from '../../electron/core/board/sections/risk';
import { standDownsSection } from '../../electron/core/board/sections/stand-downs';
import { surveysSection } from '../../electron/core/board/sections/surveys';
import { timelinessSection } from '../../electron/core/board/sections/timeliness';
import type { Sqlite } from '../../electron/core/db/open';
import * as schema from '../../electron/core/db/schema';
import { createWebServer } from '../../electron/web/server';
import type { InputOf, OutputOf, ProcedureName } from '../../shared/contract';
import {
  sectionIds,
  type BoardReport,
  type BoardSection,
  type BoardTable,
  type SectionId,
} from '../../shared/contract/board';
import { pdfFooter, pdfHeader, pdfMarginMm } from '../../shared/print';
import { artefacts, launchChromium } from '../support/browser';
import { fixedClock, migrationsDir, tempDir } from '../support/core';
import { plainSections, type PlainTable } from './board-plain';
import { format, median, since, table } from './measure';

const TODAY = '2026-11-26';
const YEAR = { kind: 'YEAR', from: '2026-01-01' } as const;
const ROUNDS = 5;
const credentials = { username: 'bench', password: 'bench password 1' };
const rendererDir = path.resolve(import.meta.dirname, '../../dist/renderer');

/** Each section's builder, called directly as electron/core/board/report.ts calls it. */
const builders: Record<SectionId, (sqlite: Sqlite, periods: Periods) => BoardSection> = {
  orders: ordersSection,
  standDowns: standDownsSection,
  hoursOffered: hoursOfferedSection,
  timeliness: timelinessSection,
  risk: riskSection,
  employability: employabilitySection,
  diversity: diversitySection,
  enforcement: enforcementSection,
  exitInterviews: exitInterviewsSection,
  surveys: surveysSection,
  outcomes: outcomesSection,
  capacity: capacitySection,
};

async function timed<T>(work: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: since(start), value };
}

/** One warm-up, then the median of ROUNDS runs, with the last run's value. */
async function medianOf<T>(work: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  let run = await timed(work);
  const ms: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    run = await timed(work);
    ms.push(run.ms);
  }
  return { ms: median(ms), value: run.value };
}

// ---------------------------------------------------------------------------------------------
// Same figures: the plain tables against the report's
// ---------------------------------------------------------------------------------------------

interface Check {
  title: string;
  tables: number;
  checked: number;
  rows: number;
  differences: string[];
}

/** A report table's rows in the plain table's columns, as text to compare. */
function rowsOf(report: BoardTable, plain: PlainTable): string[] {
  const rows = report.rows.map((r) => JSON.stringify(plain.columns.map((c) => r[c] ?? null)));
  return plain.ordered ? rows : rows.sort();
}

/** Every plain table of a section against the report's table of the same id. */
function checkSection(section: BoardSection, plain: Record<string, PlainTable>): Check {
  const differences: string[] = [];
  let rows = 0;
  for (const [id, mine] of Object.entries(plain)) {
    const theirs = section.tables.find((t) => t.id === id);
    if (!theirs) {
      differences.push(`${id}: the report has no such table`);
      continue;
    }
    const missing = mine.columns.filter((c) => !theirs.columns.some((k) => k.key === c));
    if (missing.length) differences.push(`${id}: the report has no column ${missing.join(', ')}`);
    const a = rowsOf(theirs, mine);
    const b = mine.rows.map((r) => JSON.stringify(r));
    if (!mine.ordered) b.sort();
    rows += a.length;
    if (a.length !== b.length) {
      differences.push(`${id}: the report has ${a.length} rows, the plain SQL ${b.length}`);
      continue;
    }
    const at = a.findIndex((row, i) => row !== b[i]);
    if (at >= 0) differences.push(`${id}: row ${at + 1}: report ${a[at]}, plain SQL ${b[at]}`);
  }
  return {
    title: section.title,
    tables: section.tables.length,
    checked: Object.keys(plain).length,
    rows,
    differences,
  };
}

/**
 * The plain figures of every section against the report as the router returns it, a line a
 * section; throws when any differ, since a ratio over different work would mean nothing.
 */
function checkFigures(report: BoardReport, reader: Sqlite, periods: Periods) {
  const checks = new Map<SectionId, Check>();
  for (const id of sectionIds) {
    const section = report.sections.find((s) => s.id === id);
    if (!section) throw new Error(`The report has no section ${id}`);
    const result = checkSection(section, plainSections[id](reader, periods));
    checks.set(id, result);
    console.log(
      `  ${result.title}: same figures: ${result.differences.length ? 'no' : 'yes'} (${result.checked} of ${result.tables} tables, ${format.int(result.rows)} rows)`,
    );
    for (const d of result.differences) console.log(`    ${d}`);
  }
  const differing = sectionIds.filter((id) => checks.get(id)!.differences.length);
  if (differing.length) {
    throw new Error(`The plain SQL and the report differ in: ${differing.join(', ')}`);
  }
  return checks;
}

// ---------------------------------------------------------------------------------------------
// Times: the whole report and each section, against the plain SQL
// ---------------------------------------------------------------------------------------------

/**
 * The median time of each piece of work: all of them once as a warm-up, then ROUNDS times in
 * turn, so a report and its plain SQL see the same state of the machine (other work on it, the
 * operating system's cache of the database file).
 */
async function interleaved(works: Map<string, () => unknown>): Promise<Map<string, number>> {
  const ms = new Map([...works.keys()].map((key) => [key, [] as number[]]));
  for (let round = 0; round <= ROUNDS; round++) {
    for (const [key, work] of works) {
      const run = await timed(work);
      if (round > 0) ms.get(key)!.push(run.ms);
    }
  }
  return new Map([...ms].map(([key, runs]) => [key, median(runs)]));
}

/** What the period holds, so the times can be read against the size of the work. */
function describeData(reader: Sqlite, periods: Periods) {
  const count = (sql: string, p: Period) =>
    format.int(reader.prepare(sql).pluck().get(p) as number);
  const row = (measure: string, sql: string) => [
    measure,
    count(sql, periods.current),
    count(sql, periods.previous),
  ];
  console.log(
    `\n${table(
      ['Region office', periods.current.label, periods.previous.label],
      [
        row(
          'Orders live',
          'SELECT COUNT(*) FROM orders WHERE sentence_date <= @to AND (ended_on IS NULL OR ended_on >= @from)',
        ),
        row(
          'Orders sentenced',
          'SELECT COUNT(*) FROM orders WHERE sentence_date BETWEEN @from AND @to',
        ),
        row('Sessions', 'SELECT COUNT(*) FROM sessions WHERE date BETWEEN @from AND @to'),
        row(
          'Bookings',
          'SELECT COUNT(*) FROM bookings b JOIN sessions s ON s.id = b.session_id WHERE s.date BETWEEN @from AND @to',
        ),
        row(
          'Allocations',
          'SELECT COUNT(*) FROM allocations WHERE allocated_on BETWEEN @from AND @to',
        ),
        row(
          'Enforcement decisions',
          'SELECT COUNT(*) FROM enforcement_decisions WHERE decided_on BETWEEN @from AND @to',
        ),
        row(
          'Exit interviews',
          'SELECT COUNT(*) FROM exit_interviews WHERE interviewed_on BETWEEN @from AND @to',
        ),
        row(
          'Beneficiary surveys',
          'SELECT COUNT(*) FROM beneficiary_surveys WHERE surveyed_on BETWEEN @from AND @to',
        ),
      ],
    )}`,
  );
}

// ---------------------------------------------------------------------------------------------
// The PDF, printed by Chromium from the report page in browser mode
// ---------------------------------------------------------------------------------------------

/** The built renderer, built with vite first when it is missing. */
function ensureRenderer() {
  if (fs.existsSync(path.join(rendererDir, 'index.html'))) return;
  console.log('dist/renderer is missing: building it with vite');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: path.resolve(rendererDir, '../..'),
    stdio: 'inherit',
  });
}

/**
 * Serves the bench's own core as `npm run web` does (startBrowserMode would make a fresh test
 * core, and the region would have to be built a second time), signs in, opens the year's report
 * and prints it as the desktop's Save as PDF does: A4, backgrounds, 18 mm margins, page numbers.
 */
async function printReport(core: Core, label: string) {
  ensureRenderer();
  const web = createWebServer(core, rendererDir);
  const url = await web.listen(0);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    await page.getByLabel(/Username/).fill(credentials.username);
    await page.getByLabel(/Password/).fill(credentials.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();

    // On screen: from opening the page to the first section's heading (the call and the render).
    const shown = await timed(async () => {
      await page.goto(`${url}#/board?kind=${YEAR.kind}&from=${YEAR.from}`);
      await page
        .getByRole('article', { name: 'Board report' })
        .getByRole('heading', { name: '1. Orders' })
        .waitFor({ timeout: 120_000 });
    });

    // The pointer is left where the Sign in button was, over a chart: move it off, or the
    // chart's tooltip would be printed as if the person were hovering there.
    await page.mouse.move(0, 0);
    await page.emulateMedia({ media: 'print' });
    const margin = `${pdfMarginMm}mm`;
    const pdf = await medianOf(() =>
      page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: pdfHeader,
        footerTemplate: pdfFooter(`Board report, ${label}`),
        margin: { top: margin, bottom: margin, left: margin, right: margin },
      }),
    );
    // Kept with the tests' pictures, to see what was timed.
    fs.mkdirSync(artefacts, { recursive: true });
    const file = path.join(artefacts, 'bench-board-report.pdf');
    fs.writeFileSync(file, pdf.value);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    if (errors.length) throw new Error(`The report page raised errors:\n${errors.join('\n')}`);
    return {
      file,
      onScreenMs: shown.ms,
      pdfMs: pdf.ms,
      bytes: pdf.value.length,
      pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? Number.NaN),
    };
  } finally {
    await browser.close();
    await web.close();
  }
}

// ---------------------------------------------------------------------------------------------

/**
 * Local diversity targets for both years when the demo sets none, so the check covers the
 * diversity tables' targets and results too: met or not, some high, some low.
 */
async function setTargets(call: Awaited<ReturnType<typeof openCore>>['call']) {
  for (const year of [2025, 2026]) {
    if ((await call('board.targets', { year })).length) continue;
    for (const [dimension, groupCode, feature, targetPercent] of [
      ['ETHNICITY', 'White', 'SKILLS_LEARNING', 40],
      ['ETHNICITY', 'Asian, Asian British or Asian Welsh', 'BENEFICIARY_CONTACT', 90],
      ['GENDER', 'FEMALE', 'BENEFICIARY_CONTACT', 20],
      ['AGE_BAND', '16-17', 'SKILLS_LEARNING', 75],
      ['DISABILITY', 'YES', 'SKILLS_LEARNING', 30],
    ] as const) {
      await call('board.saveTarget', { year, dimension, groupCode, feature, targetPercent });
    }
  }
}

/** A core on a fresh data folder with the bench's manager signed in, and a typed call through the router. */
async function openCore(dataDir: string) {
  const core = await createCore({
    dataDir,
    migrationsDir,
    clock: fixedClock(`${TODAY}T10:00:00.000Z`),
  });
  await core.dispatch('auth.setUpFirstManager', { name: 'Bench Manager', ...credentials });
  const signedIn = await core.dispatch('auth.signIn', credentials);
  if (!signedIn.ok) throw new Error(`Could not sign in: ${signedIn.error.message}`);
  const token = (signedIn.value as { token: string }).token;
  const call = async <N extends ProcedureName>(name: N, input: InputOf<N>) => {
    const envelope = await core.dispatch(name, input, token);
    if (!envelope.ok) throw new Error(`${name} refused: ${JSON.stringify(envelope.error)}`);
    return envelope.value as OutputOf<N>;
  };
  return { core, call };
}

export async function benchBoard(): Promise<string[][]> {
  const dataDir = tempDir('amends-bench-board-');
  let core: Core | null = null;
  try {
    const opened = await openCore(dataDir);
    core = opened.core;
    const call = opened.call;
    console.log('\nBoard report: building a region-scale demo office');
    const demo = await timed(() => call('office.loadDemo', { scale: 'region' }));
    const periods = periodsFor(YEAR, TODAY);
    await setTargets(call);
    const rows: string[][] = [
      [
        'Board: region demo (office.loadDemo)',
        `${format.s(demo.ms)} (${format.int(demo.value.orders)} orders)`,
      ],
    ];

    // The sections and the plain SQL read through a connection of their own, as rota.ts does.
    const reader = new Database(core.databaseFile, { readonly: true });
    try {
      describeData(reader, periods);
      console.log('\nThe plainest SQL against the report, table by table:');
      const report = await call('board.report', YEAR);
      const checks = checkFigures(report, reader, periods);
      // The whole report through the router and without it (no session check, no audit entry
      // of the read), and each section's builder beside its plain SQL.
      const db = drizzle(reader, { schema });
      const times = await interleaved(
        new Map<string, () => unknown>([
          ['router', () => call('board.report', YEAR)],
          ['direct', () => boardReport(db, reader, periods)],
          ...sectionIds.flatMap((id): [string, () => unknown][] => [
            [`report ${id}`, () => builders[id](reader, periods)],
            [`plain ${id}`, () => plainSections[id](reader, periods)],
          ]),
        ]),
      );
      const [routerMs, directMs] = [times.get('router')!, times.get('direct')!];
      const sections = sectionIds.map((id) => ({
        id,
        report: times.get(`report ${id}`)!,
        plain: times.get(`plain ${id}`)!,
      }));

      const sum = (of: (s: (typeof sections)[number]) => number) =>
        sections.reduce((t, s) => t + of(s), 0);
      const [builtMs, plainMs] = [sum((s) => s.report), sum((s) => s.plain)];
      const tables = (of: (c: Check) => number) =>
        [...checks.values()].reduce((t, c) => t + of(c), 0);
      const [checked, all] = [tables((c) => c.checked), tables((c) => c.tables)];
      console.log(
        `\n${table(
          ['Section', 'Tables checked', 'Report', 'Plain SQL', 'Report ÷ plain'],
          [
            ...sections.map((s) => {
              const c = checks.get(s.id)!;
              return [
                c.title,
                `${c.checked} of ${c.tables}`,
                format.ms(s.report),
                format.ms(s.plain),
                format.ratio(s.report / s.plain),
              ];
            }),
            [
              'All sections, built directly',
              `${checked} of ${all}`,
              format.ms(builtMs),
              format.ms(plainMs),
              format.ratio(builtMs / plainMs),
            ],
            [
              'The whole report, built directly (boardReport)',
              '',
              format.ms(directMs),
              format.ms(plainMs),
              format.ratio(directMs / plainMs),
            ],
            [
              'board.report through the router',
              '',
              format.ms(routerMs),
              format.ms(plainMs),
              format.ratio(routerMs / plainMs),
            ],
          ],
        )}\n(medians of ${ROUNDS} runs after a warm-up)`,
      );

      const xlsx = await medianOf(() => call('board.exportXlsx', YEAR));
      const xlsxBytes = Buffer.from(xlsx.value.base64, 'base64').length;
      // The export makes the report again; the workbook alone is the rest.
      const workbook = await medianOf(() => boardWorkbook(report));
      rows.push(
        [
          `Board: board.report, ${periods.current.label} (median of ${ROUNDS})`,
          format.ms(routerMs),
        ],
        [
          `Board: the ${sectionIds.length} sections built directly (sum of medians)`,
          format.ms(builtMs),
        ],
        ['Board: the plainest SQL for the same figures (sum of medians)', format.ms(plainMs)],
        [
          'Board: board.report against the plain SQL',
          `${format.ratio(routerMs / plainMs)} (same figures in ${checked} of ${all} tables)`,
        ],
        [
          `Board: board.exportXlsx (median of ${ROUNDS})`,
          `${format.ms(xlsx.ms)} (${format.int(all + 1)} sheets, ${format.int(xlsxBytes / 1024)} KB)`,
        ],
        ['Board: of which the workbook alone (boardWorkbook)', format.ms(workbook.ms)],
      );
    } finally {
      reader.close();
    }

    const printed = await printReport(core, periods.current.label);
    rows.push(
      [
        'Board: the year on screen in Chromium, first opening (to "1. Orders")',
        format.ms(printed.onScreenMs),
      ],
      [
        `Board: PDF, page.pdf A4 (median of ${ROUNDS})`,
        `${format.ms(printed.pdfMs)} (${format.int(printed.pages)} pages, ${format.int(printed.bytes / 1024)} KB)`,
      ],
    );
    console.log(
      `\nBoard report (the PDF is ${path.relative(process.cwd(), printed.file)})\n${table(['measure', 'result'], rows)}\n`,
    );
    return rows;
  } finally {
    core?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchBoard();
