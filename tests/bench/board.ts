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
import { createCore, type Core } from '../../electron/core';
import { periodsFor, type Periods } from '../../electron/core/board/period';
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
import { createWebServer } from '../../electron/web/server';
import type { InputOf, OutputOf, ProcedureName } from '../../shared/contract';
import type { BoardReport, BoardSection, BoardTable, SectionId } from '../../shared/contract/board';
import { pdfFooter, pdfHeader, pdfMarginMm } from '../../shared/print';
import { launchChromium } from '../support/browser';
import { fixedClock, migrationsDir, tempDir } from '../support/core';
import { plainSections, type Cell, type PlainTable } from './board-plain';
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

/** A row's values in the plain table's columns, as text to compare (null for a missing column). */
function rowsOf(report: BoardTable, plain: PlainTable): string[] {
  const rows = report.rows.map((r) => JSON.stringify(plain.columns.map((c) => r[c] ?? null)));
  return plain.ordered ? rows : rows.sort();
}

interface Check {
  tables: number;
  checked: number;
  rows: number;
  differences: string[];
}

/** Every plain table of a section against the report's table of the same id. */
function check(section: BoardSection, plain: Record<string, PlainTable>): Check {
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
    tables: section.tables.length,
    checked: Object.keys(plain).length,
    rows,
    differences,
  };
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
async function printReport(core: Core, dir: string) {
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

    await page.emulateMedia({ media: 'print' });
    const margin = `${pdfMarginMm}mm`;
    const pdf = await medianOf(() =>
      page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: pdfHeader,
        footerTemplate: pdfFooter('Board report, the year 2026'),
        margin: { top: margin, bottom: margin, left: margin, right: margin },
      }),
    );
    const file = path.join(dir, 'board-report.pdf');
    fs.writeFileSync(file, pdf.value);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    if (errors.length) throw new Error(`The report page raised errors:\n${errors.join('\n')}`);
    return {
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

export async function benchBoard(): Promise<string[][]> {
  const dataDir = tempDir('amends-bench-board-');
  let core: Core | null = null;
  try {
    if (process.env.DEVDB) fs.copyFileSync(process.env.DEVDB, path.join(dataDir, 'amends.db')); // DEVHOOK
    core = await createCore({
      dataDir,
      migrationsDir,
      clock: fixedClock(`${TODAY}T10:00:00.000Z`),
    });
    await core.dispatch('auth.setUpFirstManager', { name: 'Bench Manager', ...credentials });
    const signedIn = await core.dispatch('auth.signIn', credentials);
    if (!signedIn.ok) throw new Error(`Could not sign in: ${signedIn.error.message}`);
    const token = (signedIn.value as { token: string }).token;
    const open = core;
    const call = async <N extends ProcedureName>(name: N, input: InputOf<N>) => {
      const envelope = await open.dispatch(name, input, token);
      if (!envelope.ok) throw new Error(`${name} refused: ${JSON.stringify(envelope.error)}`);
      return envelope.value as OutputOf<N>;
    };

    const demo = process.env.DEVDB
      ? { ms: 0, value: { orders: 0 } } /* DEVHOOK */
      : await timed(() => call('office.loadDemo', { scale: 'region' }));
    const periods = periodsFor(YEAR, TODAY);
    // The sections and the plain SQL read through one connection of their own, as rota.ts does.
    const reader = new Database(core.databaseFile, { readonly: true });
    let rows: string[][];
    try {
      const count = (sql: string, p: { from: string; to: string }) =>
        reader.prepare(sql).pluck().get(p) as number;
      const bookingsIn = (p: { from: string; to: string }) =>
        count(
          'SELECT COUNT(*) FROM bookings b JOIN sessions s ON s.id = b.session_id WHERE s.date BETWEEN @from AND @to',
          p,
        );
      const sessionsIn = (p: { from: string; to: string }) =>
        count('SELECT COUNT(*) FROM sessions WHERE date BETWEEN @from AND @to', p);
      const ordersIn = (p: { from: string; to: string }) =>
        count(
          'SELECT COUNT(*) FROM orders WHERE sentence_date <= @to AND (ended_on IS NULL OR ended_on >= @from)',
          p,
        );
      const { current, previous } = periods;
      console.log(
        `\nBoard report: region demo in ${format.s(demo.ms)}; ${format.int(demo.value.orders)} orders. ` +
          `${current.label}: ${format.int(ordersIn(current))} orders live, ${format.int(sessionsIn(current))} sessions, ${format.int(bookingsIn(current))} bookings; ` +
          `${previous.label}: ${format.int(ordersIn(previous))} orders live, ${format.int(sessionsIn(previous))} sessions, ${format.int(bookingsIn(previous))} bookings.`,
      );

      // Same figures first: the plain SQL against the report as the router returns it.
      const report: BoardReport = await call('board.report', YEAR);
      const ids = Object.keys(builders) as SectionId[];
      const checks = new Map<SectionId, Check>();
      for (const id of ids) {
        const section = report.sections.find((s) => s.id === id);
        if (!section) throw new Error(`The report has no section ${id}`);
        const result = check(section, plainSections[id](reader, periods));
        checks.set(id, result);
        console.log(
          `  ${section.title}: same figures: ${result.differences.length ? 'no' : 'yes'} (${result.checked} of ${result.tables} tables, ${format.int(result.rows)} rows)`,
        );
        for (const d of result.differences) console.log(`    ${d}`);
      }
      const differing = ids.filter((id) => checks.get(id)!.differences.length);
      if (differing.length) {
        throw new Error(`The plain SQL and the report differ in: ${differing.join(', ')}`);
      }

      // Then the times: the whole report through the router, and each section against its
      // plain SQL, interleaved round by round so both see the same state of the machine.
      const whole = await medianOf(() => call('board.report', YEAR));
      const sectionMs = new Map(
        ids.map((id) => [id, { report: [] as number[], plain: [] as number[] }]),
      );
      for (let round = 0; round <= ROUNDS; round++) {
        for (const id of ids) {
          const built = await timed(() => builders[id](reader, periods));
          const plain = await timed(() => plainSections[id](reader, periods));
          if (round === 0) continue; // the warm-up
          sectionMs.get(id)!.report.push(built.ms);
          sectionMs.get(id)!.plain.push(plain.ms);
        }
      }
      const medians = ids.map((id) => ({
        id,
        title: report.sections.find((s) => s.id === id)!.title,
        report: median(sectionMs.get(id)!.report),
        plain: median(sectionMs.get(id)!.plain),
      }));
      const sum = (of: (m: (typeof medians)[number]) => number) =>
        medians.reduce((t, m) => t + of(m), 0);
      const [sectionsSum, plainSum] = [sum((m) => m.report), sum((m) => m.plain)];
      const tablesChecked = ids.reduce((t, id) => t + checks.get(id)!.checked, 0);
      const tablesAll = ids.reduce((t, id) => t + checks.get(id)!.tables, 0);
      console.log(
        `\n${table(
          ['Section', 'Tables checked', 'Report', 'Plain SQL', 'Report ÷ plain'],
          [
            ...medians.map((m) => [
              m.title,
              `${checks.get(m.id)!.checked} of ${checks.get(m.id)!.tables}`,
              format.ms(m.report),
              format.ms(m.plain),
              format.ratio(m.report / m.plain),
            ]),
            [
              'All sections, built directly',
              `${tablesChecked} of ${tablesAll}`,
              format.ms(sectionsSum),
              format.ms(plainSum),
              format.ratio(sectionsSum / plainSum),
            ],
            [
              'board.report through the router',
              '',
              format.ms(whole.ms),
              format.ms(plainSum),
              format.ratio(whole.ms / plainSum),
            ],
          ],
        )}\n(medians of ${ROUNDS} runs after a warm-up)`,
      );

      const xlsx = await medianOf(() => call('board.exportXlsx', YEAR));
      const xlsxBytes = Buffer.from(xlsx.value.base64, 'base64').length;
      rows = [
        ['Board: region demo (office.loadDemo)', format.s(demo.ms)],
        [`Board: board.report, ${current.label} (median of ${ROUNDS})`, format.ms(whole.ms)],
        ['Board: the 12 sections built directly (sum of medians)', format.ms(sectionsSum)],
        ['Board: the plainest SQL for the same figures (sum of medians)', format.ms(plainSum)],
        [
          'Board: report against the plain SQL',
          `${format.ratio(whole.ms / plainSum)} (same figures in ${tablesChecked} of ${tablesAll} tables)`,
        ],
        [
          `Board: board.exportXlsx (median of ${ROUNDS})`,
          `${format.ms(xlsx.ms)} (${format.int(tablesAll + 1)} sheets, ${format.int(xlsxBytes / 1024)} KB)`,
        ],
      ];
    } finally {
      reader.close();
    }

    const printed = await printReport(core, dataDir);
    rows.push(
      ['Board: report on screen in Chromium (to "1. Orders")', format.ms(printed.onScreenMs)],
      [
        `Board: PDF, page.pdf A4 (median of ${ROUNDS})`,
        `${format.ms(printed.pdfMs)} (${format.int(printed.pages)} pages, ${format.int(printed.bytes / 1024)} KB)`,
      ],
    );
    console.log(`\nBoard report\n${table(['measure', 'result'], rows)}\n`);
    return rows;
  } finally {
    core?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchBoard();
