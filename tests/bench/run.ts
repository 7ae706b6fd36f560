/**
 * `npm run bench`: how long the region-scale demonstration office takes to build, how quickly
 * people are searched among 50,000, and what the router adds to a call. It prints figures and
 * ratios only; it asserts nothing about timing.
 */
import fs from 'node:fs';
import os from 'node:os';
import Database from 'better-sqlite3';
import { createCore, type Core } from '../../electron/core';
import type { Sqlite } from '../../electron/core/db/open';
import { generateDemoOffice, type DemoScale } from '../../electron/core/demo/generate';
import type { InputOf, OutputOf, ProcedureName } from '../../shared/contract';
import { fixedClock, migrationsDir, tempDir } from '../support/core';
import { benchAllocation } from './allocation';
import { benchBackup } from './backup';
import { benchBoard } from './board';
import { benchDemoSessions } from './demo-sessions';
import {
  cycle,
  databaseBytes,
  fileSize,
  format,
  heading,
  median,
  percentile,
  since,
  table,
} from './measure';
import { benchRegisters } from './registers';
import { routerCost } from './router';
import { benchRota } from './rota';

const TODAY = '2026-11-26';
const NOW = `${TODAY}T10:00:00.000Z`;
const clock = fixedClock(NOW);

/** The region scale with half as many orders again a year: a little over 50,000 people. */
const SEARCH_SCALE: DemoScale = {
  years: 10,
  ordersPerYear: 5900,
  courts: 20,
  caseManagers: 150,
  placements: 300,
  supervisors: 90,
};
const SEARCH_PEOPLE_TARGET = 50_000;
const SEARCHES = 200;
const SEARCH_WARM_UP = 10;

const tempDirs: string[] = [];
const summary: string[][] = [];

function dataDir(name: string): string {
  const dir = tempDir(`amends-bench-${name}-`);
  tempDirs.push(dir);
  return dir;
}

/** Each bench core's manager session: every procedure but signing in needs one. */
const tokens = new WeakMap<Core, string>();

async function openCore(dir: string): Promise<Core> {
  const core = await createCore({ dataDir: dir, migrationsDir, clock });
  const credentials = { username: 'bench', password: 'bench password 1' };
  await core.dispatch('auth.setUpFirstManager', { name: 'Bench Manager', ...credentials });
  const signedIn = await core.dispatch('auth.signIn', credentials);
  if (!signedIn.ok) throw new Error(`Could not sign in: ${signedIn.error.message}`);
  tokens.set(core, (signedIn.value as { token: string }).token);
  return core;
}

/** Calls a procedure through the core's router and returns its value; throws when refused. */
async function call<N extends ProcedureName>(
  core: Core,
  name: N,
  input: InputOf<N>,
): Promise<OutputOf<N>> {
  const envelope = await core.dispatch(name, input, tokens.get(core));
  if (!envelope.ok) throw new Error(`${name} refused: ${JSON.stringify(envelope.error)}`);
  return envelope.value as OutputOf<N>;
}

// ---------------------------------------------------------------------------------------------
// 1. Region-scale generation through office.loadDemo
// ---------------------------------------------------------------------------------------------

async function regionGeneration() {
  heading('1. Region-scale demo office (office.loadDemo { scale: "region" })');
  const core = await openCore(dataDir('region'));
  let open = true;
  try {
    const start = performance.now();
    const counts = await call(core, 'office.loadDemo', { scale: 'region' });
    const elapsed = since(start);
    const listed = await call(core, 'people.list', { pageSize: 1 });
    const openBytes = databaseBytes(core.databaseFile);
    core.close();
    open = false;
    const closedBytes = fileSize(core.databaseFile);

    const rate = counts.orders / (elapsed / 1000);
    console.log(
      table(
        ['Region generation', 'Value'],
        [
          ['Wall time (one transaction)', format.s(elapsed)],
          ['People', format.int(counts.people)],
          ['People listed afterwards', format.int(listed.total)],
          ['Orders', format.int(counts.orders)],
          ['Courts / staff', `${counts.courts} / ${counts.staff}`],
          ['Orders generated per second', format.int(rate)],
          ['On disk before close (db + wal + shm)', format.mb(openBytes)],
          ['Database file after close', format.mb(closedBytes)],
        ],
      ),
    );
    summary.push(
      ['Region generation: wall time', format.s(elapsed)],
      [
        'Region generation: people / orders',
        `${format.int(counts.people)} / ${format.int(counts.orders)}`,
      ],
      ['Region generation: database file', format.mb(closedBytes)],
    );
  } finally {
    if (open) core.close();
  }
}

// ---------------------------------------------------------------------------------------------
// 2. Search over 50,000 people
// ---------------------------------------------------------------------------------------------

/** A fresh, migrated database filled at SEARCH_SCALE straight through better-sqlite3. */
async function buildSearchOffice(): Promise<{ dir: string; elapsed: number }> {
  const dir = dataDir('search');
  const migrated = await openCore(dir);
  const file = migrated.databaseFile;
  migrated.close();

  const sqlite = new Database(file);
  try {
    sqlite.pragma('foreign_keys = ON');
    const start = performance.now();
    sqlite.transaction(() =>
      generateDemoOffice(sqlite, { scale: SEARCH_SCALE, today: TODAY, now: NOW }),
    )();
    return { dir, elapsed: since(start) };
  } finally {
    sqlite.close();
  }
}

type SearchKind =
  'family-name fragment' | 'full name' | 'case reference fragment' | 'date of birth' | 'no match';

function ukDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** The queries of each kind; names and dates of birth are taken from real rows. */
function searchQueries(sqlite: Sqlite): Record<SearchKind, string[]> {
  const maxId = (sqlite.prepare('SELECT MAX(id) AS n FROM people').get() as { n: number }).n;
  const sample = sqlite.prepare(
    'SELECT family_name, given_names, date_of_birth FROM people WHERE id = ?',
  );
  const picked = [0.07, 0.23, 0.41, 0.58, 0.76, 0.93].map(
    (f) =>
      sample.get(Math.max(1, Math.round(f * maxId))) as {
        family_name: string;
        given_names: string;
        date_of_birth: string;
      },
  );
  return {
    'family-name fragment': ['smi', 'khan', 'kowal', 'jones', 'ahm'],
    'full name': [
      'walker jordan',
      ...picked.slice(0, 4).map((p) => `${p.family_name} ${p.given_names}`.toLowerCase()),
    ],
    'case reference fragment': ['NV1023', 'NV1400', 'nv15', 'NV13999', 'NV100042'],
    'date of birth': picked.map((p) => ukDate(p.date_of_birth)),
    'no match': ['zzqx', 'xylophone', 'NV999999', 'smith zzz', '01/01/1901'],
  };
}

interface SearchTiming {
  kind: SearchKind;
  query: string;
  ms: number;
  total: number;
}

async function searchPeople(core: Core, sqlite: Sqlite) {
  heading(`2. people.list search over ${format.int(SEARCH_PEOPLE_TARGET)}+ people (page of 25)`);
  const queries = searchQueries(sqlite);
  const kinds = Object.keys(queries) as SearchKind[];
  console.log('Queries by kind:');
  for (const kind of kinds)
    console.log(`  ${kind}: ${queries[kind].map((q) => `"${q}"`).join(', ')}`);

  // Interleaved: kind after kind, each kind cycling through its queries.
  const plan = Array.from({ length: SEARCHES }, (_, i) => {
    const kind = cycle(kinds, i);
    return { kind, query: cycle(queries[kind], Math.floor(i / kinds.length)) };
  });
  for (const { query } of plan.slice(0, SEARCH_WARM_UP)) {
    await call(core, 'people.list', { search: query, pageSize: 25 });
  }

  const timings: SearchTiming[] = [];
  for (const { kind, query } of plan) {
    const start = performance.now();
    const result = await call(core, 'people.list', { search: query, pageSize: 25 });
    timings.push({ kind, query, ms: since(start), total: result.total });
  }

  const row = (label: string, ts: readonly SearchTiming[]) => {
    const ms = ts.map((t) => t.ms);
    return [
      label,
      String(ts.length),
      format.ms(median(ms)),
      format.ms(percentile(ms, 95)),
      format.ms(Math.max(...ms)),
      format.int(median(ts.map((t) => t.total))),
    ];
  };
  const rows = kinds.map((kind) =>
    row(
      kind,
      timings.filter((t) => t.kind === kind),
    ),
  );
  rows.push(row('all searches', timings));
  console.log(`\n${table(['Search kind', 'n', 'median', 'p95', 'max', 'matches (median)'], rows)}`);

  const all = timings.map((t) => t.ms);
  summary.push([
    `Search (${SEARCHES} via dispatch): median / p95`,
    `${format.ms(median(all))} / ${format.ms(percentile(all, 95))}`,
  ]);
  for (const kind of kinds) {
    const ms = timings.filter((t) => t.kind === kind).map((t) => t.ms);
    summary.push([
      `  ${kind}: median / p95`,
      `${format.ms(median(ms))} / ${format.ms(percentile(ms, 95))}`,
    ]);
  }
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const started = performance.now();
  console.log(
    `Amends benchmark: node ${process.version}, ${os.platform()} ${os.arch()}, ${os.cpus().length} CPUs, today fixed at ${ukDate(TODAY)}`,
  );
  try {
    await regionGeneration();

    heading(
      `Building a ${format.int(SEARCH_PEOPLE_TARGET)}-person office for the search and router runs`,
    );
    const built = await buildSearchOffice();
    const core = await openCore(built.dir);
    const sqlite = new Database(core.databaseFile);
    try {
      const people = (await call(core, 'people.list', { pageSize: 1 })).total;
      const orders = (sqlite.prepare('SELECT COUNT(*) AS n FROM orders').get() as { n: number }).n;
      console.log(
        table(
          ['Search office', 'Value'],
          [
            ['Scale', JSON.stringify(SEARCH_SCALE)],
            ['Generation (direct, one transaction)', format.s(built.elapsed)],
            ['People', format.int(people)],
            ['Orders', format.int(orders)],
            ['Database file', format.mb(fileSize(core.databaseFile))],
          ],
        ),
      );
      if (people < SEARCH_PEOPLE_TARGET) {
        throw new Error(
          `The search office has ${people} people, fewer than ${SEARCH_PEOPLE_TARGET}: raise SEARCH_SCALE.ordersPerYear`,
        );
      }
      summary.push(['Search office: people', format.int(people)]);

      await searchPeople(core, sqlite);
      summary.push(...(await routerCost(core, sqlite, tokens.get(core))));
    } finally {
      sqlite.close();
      core.close();
    }

    summary.push(...(await benchDemoSessions()));
    summary.push(...(await benchAllocation()));
    summary.push(...(await benchRegisters()));
    summary.push(...(await benchBackup()));
    summary.push(...(await benchRota()));
    summary.push(...(await benchBoard()));

    heading('Summary');
    summary.push(['Whole benchmark run', format.s(since(started))]);
    console.log(table(['Measure', 'Result'], summary));
  } finally {
    for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
