/**
 * Demonstration office benchmark: the year of sessions on its own. The office is built up to the
 * year (courts, staff, placements, people, orders, journeys) in one transaction, then the year is
 * timed alone: sessions, bookings with their outcomes and credit, stand-downs, enforcement,
 * incidents, supervision and endings; the court notices issued after it are timed apart. Office
 * and region scale. Prints figures; asserts nothing about timing. Run alone: `npx tsx tests/bench/demo-sessions.ts`.
 */
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { createCore } from '../../electron/core';
import { buildDemoOffice, demoScales, type ReportCounts } from '../../electron/core/demo/generate';
import type { YearCounts } from '../../electron/core/demo/year';
import { fixedClock, migrationsDir, tempDir } from '../support/core';
import { format, since, table } from './measure';

const TODAY = '2026-11-26';
const NOW = `${TODAY}T10:00:00.000Z`;

interface YearRun {
  buildMs: number;
  yearMs: number;
  yearCpuMs: number;
  commitMs: number;
  noticesMs: number;
  counts: YearCounts;
  reports: ReportCounts;
  bytes: number;
}

/** A fresh migrated database; the office built up to its year; the year timed on its own. */
async function runYear(scale: 'office' | 'region'): Promise<YearRun> {
  const dataDir = tempDir(`amends-bench-demo-${scale}-`);
  try {
    const migrated = await createCore({ dataDir, migrationsDir, clock: fixedClock(NOW) });
    const file = migrated.databaseFile;
    migrated.close();
    const sqlite = new Database(file);
    try {
      sqlite.pragma('foreign_keys = ON');
      const run = {
        buildMs: 0,
        yearMs: 0,
        yearCpuMs: 0,
        noticesMs: 0,
        counts: null as YearCounts | null,
        reports: null as ReportCounts | null,
      };
      const start = performance.now();
      let committing = 0;
      sqlite.transaction(() => {
        const built = buildDemoOffice(sqlite, { scale: demoScales[scale], today: TODAY, now: NOW });
        run.buildMs = since(start);
        const yearStart = performance.now();
        const cpu = process.cpuUsage();
        run.counts = built.year.run();
        run.yearCpuMs = process.cpuUsage(cpu).user / 1000;
        run.yearMs = since(yearStart);
        const noticesStart = performance.now();
        built.issueNotices();
        run.noticesMs = since(noticesStart);
        run.reports = built.reports;
        committing = performance.now();
      })();
      const commitMs = since(committing);
      return {
        ...run,
        counts: run.counts!,
        reports: run.reports!,
        commitMs,
        bytes: fs.statSync(file).size,
      };
    } finally {
      sqlite.close();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function benchDemoSessions(): Promise<string[][]> {
  const summary: string[][] = [];
  const rows: string[][] = [];
  for (const scale of ['office', 'region'] as const) {
    const run = await runYear(scale);
    const c = run.counts;
    const perSecond = (n: number) => format.int(n / (run.yearMs / 1000));
    rows.push(
      [`${scale}: build up to the year (one transaction)`, format.s(run.buildMs)],
      [
        `${scale}: the year of sessions alone (wall / CPU)`,
        `${format.s(run.yearMs)} / ${format.s(run.yearCpuMs)}`,
      ],
      [`${scale}: commit`, format.ms(run.commitMs)],
      [`${scale}: sessions made`, format.int(c.sessions)],
      [
        `${scale}: bookings made / outcomes recorded`,
        `${format.int(c.bookings)} / ${format.int(c.outcomes)}`,
      ],
      [`${scale}: sessions stood down (whole)`, format.int(c.standDownSessions)],
      [
        `${scale}: decisions / alerts / incidents`,
        `${format.int(c.decisions)} / ${format.int(c.alerts)} / ${format.int(c.incidents)}`,
      ],
      [
        `${scale}: endings / exit interviews`,
        `${format.int(c.endings)} / ${format.int(c.exitInterviews)}`,
      ],
      [`${scale}: court notices issued after the year`, format.ms(run.noticesMs)],
      [
        `${scale}: surveys / local targets / notices`,
        `${format.int(run.reports.surveys)} / ${format.int(run.reports.targets)} / ${format.int(run.reports.notices)}`,
      ],
      [`${scale}: rows written by the year`, format.int(c.rows)],
      [`${scale}: rows per second (the year)`, perSecond(c.rows)],
      [
        `${scale}: sessions / bookings per second`,
        `${perSecond(c.sessions)} / ${perSecond(c.bookings)}`,
      ],
      [`${scale}: database file`, format.mb(run.bytes)],
    );
    summary.push(
      [`Demo year (${scale}): time alone`, format.s(run.yearMs)],
      [
        `Demo year (${scale}): sessions / bookings / outcomes`,
        `${format.int(c.sessions)} / ${format.int(c.bookings)} / ${format.int(c.outcomes)}`,
      ],
      [`Demo year (${scale}): rows per second`, perSecond(c.rows)],
    );
  }
  console.log(
    `\nDemonstration office: the year of sessions\n${table(['measure', 'result'], rows)}\n`,
  );
  return summary;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  await benchDemoSessions();
