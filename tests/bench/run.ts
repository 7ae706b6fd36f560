/**
 * `npm run bench`: how long the region-scale demonstration office takes to build, how quickly
 * people are searched among 50,000, and what the router adds to a call. It prints figures and
 * ratios only; it asserts nothing about timing.
 */
import fs from 'node:fs';
import os from 'node:os';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { createCore, type Core } from '../../electron/core';
import { createSessions } from '../../electron/core/auth/sessions';
import type { Context } from '../../electron/core/context';
import { handlers as allHandlers } from '../../electron/core/handlers';
import * as schema from '../../electron/core/db/schema';
import type { Sqlite } from '../../electron/core/db/open';
import { generateDemoOffice, type DemoScale } from '../../electron/core/demo/generate';
import { createRouter } from '../../electron/core/router';
import type { InputOf, OutputOf, ProcedureName } from '../../shared/contract';
import { people as peopleContract } from '../../shared/contract/people';
import type { Envelope } from '../../shared/errors';
import { fixedClock, migrationsDir, tempDir } from '../support/core';
import { benchAllocation } from './allocation';
import { benchBackup } from './backup';
import { databaseBytes, fileSize, format, median, percentile, since, table } from './measure';

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
/** Calls per side for the router comparison; fewer when a call is slow, to keep the run short. */
const ROUTER_CALLS_MAX = 5_000;
const ROUTER_CALLS_MIN = 500;
/** Wall time for one procedure's timed blocks, all sides together. */
const ROUTER_BUDGET_MS = 15_000;
const ROUTER_WARM_UP = 300;
const ROUTER_BLOCKS = 50;

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

/** The i-th item of a non-empty list, going round it again past the end. */
function cycle<T>(list: readonly T[], i: number): T {
  const item = list[i % list.length];
  if (item === undefined) throw new Error('cycle: the list is empty');
  return item;
}

function heading(text: string) {
  console.log(`\n${text}\n${'='.repeat(text.length)}`);
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
// 3. Router cost per call: core.dispatch against the handler called directly
// ---------------------------------------------------------------------------------------------

type Call = (i: number) => Promise<void>;

interface SideFigures {
  /** µs per call: the median block, and the 10th-percentile block (steadier on a noisy machine). */
  median: number;
  p10: number;
}

async function runCalls(call: Call, from: number, count: number): Promise<number> {
  const start = performance.now();
  for (let i = from; i < from + count; i++) await call(i);
  return since(start);
}

/**
 * Warms every side up, sizes the run from the warm-up, then times ROUTER_BLOCKS blocks of each
 * side in rotating order, so that drift and bursts of noise fall on all sides alike. Each side
 * is summarised by its blocks' per-call times.
 */
async function compare<K extends string>(sides: Record<K, Call>) {
  const entries = Object.entries(sides) as [K, Call][];
  for (const [, call] of entries) await runCalls(call, 0, ROUTER_WARM_UP);
  let probe = 0;
  for (const [, call] of entries)
    probe += (await runCalls(call, 0, ROUTER_WARM_UP)) / ROUTER_WARM_UP;
  const wanted = Math.floor(ROUTER_BUDGET_MS / Math.max(probe, 1e-6));
  const calls = Math.min(ROUTER_CALLS_MAX, Math.max(ROUTER_CALLS_MIN, wanted));
  const perBlock = Math.max(1, Math.round(calls / ROUTER_BLOCKS));

  const blocks = new Map<K, number[]>(entries.map(([name]) => [name, []]));
  for (let block = 0; block < ROUTER_BLOCKS; block++) {
    for (let k = 0; k < entries.length; k++) {
      const [name, call] = cycle(entries, block + k);
      const ms = await runCalls(call, block * perBlock, perBlock);
      blocks.get(name)?.push(ms / perBlock);
    }
  }
  const figures = {} as Record<K, SideFigures>;
  for (const [name, perCall] of blocks) {
    figures[name] = { median: median(perCall), p10: percentile(perCall, 10) };
  }
  return { calls: perBlock * ROUTER_BLOCKS, figures };
}

async function routerCost(core: Core, sqlite: Sqlite) {
  heading('3. Router cost per call: core.dispatch vs handler called directly');
  const manager = { id: 1, name: 'Bench Manager', username: 'bench', role: 'MANAGER' as const };
  const sessions = createSessions(
    () => Date.now(),
    () => 60,
  );
  const ctx: Context = {
    db: drizzle(sqlite, { schema }),
    sqlite,
    today: TODAY,
    now: NOW,
    account: manager,
    token: undefined,
    sessions,
    passwordCost: 2 ** 10,
  };
  /**
   * The same router over the bench's own connection, with the role check and the audit entry
   * ("guarded") and without them ("unguarded"): the difference is what those protections cost.
   */
  const routerWith = (unguarded: boolean) =>
    createRouter({
      handlers: allHandlers,
      context: () => ctx,
      resolve: () => manager,
      peek: () => manager,
      idleMinutes: () => 60,
      unguarded,
      log: (message, error) => console.error(message, error),
    });
  const benchRouter = routerWith(false);
  const bareRouter = routerWith(true);
  const token = tokens.get(core);
  const maxId = (sqlite.prepare('SELECT MAX(id) AS n FROM people').get() as { n: number }).n;
  const gets = Array.from({ length: 997 }, (_, i) => {
    const id = 1 + Math.floor(((i * 7919) % 997) * (maxId / 997));
    return { raw: { id }, parsed: peopleContract.get.input.parse({ id }) };
  });
  const listRaw = { pageSize: 25 };
  const listParsed = peopleContract.list.input.parse(listRaw);
  const expectOk = async (name: string, envelope: Promise<Envelope<unknown>>) => {
    if (!(await envelope).ok) throw new Error(`${name} refused during the router comparison`);
  };
  const settle = async (value: unknown) => {
    if (value instanceof Promise) await value;
  };

  const results = [
    {
      label: 'people.get { id }',
      ...(await compare({
        core: (i) => expectOk('people.get', core.dispatch('people.get', cycle(gets, i).raw, token)),
        bench: (i) =>
          expectOk('people.get', benchRouter.dispatch('people.get', cycle(gets, i).raw)),
        bare: (i) => expectOk('people.get', bareRouter.dispatch('people.get', cycle(gets, i).raw)),
        direct: (i) => settle(allHandlers.people.get(cycle(gets, i).parsed, ctx)),
      })),
    },
    {
      label: 'people.list { pageSize: 25 }',
      ...(await compare({
        core: () => expectOk('people.list', core.dispatch('people.list', listRaw, token)),
        bench: () => expectOk('people.list', benchRouter.dispatch('people.list', listRaw)),
        bare: () => expectOk('people.list', bareRouter.dispatch('people.list', listRaw)),
        direct: () => settle(allHandlers.people.list(listParsed, ctx)),
      })),
    },
  ];

  const us = (f: SideFigures) => `${(f.median * 1000).toFixed(1)} (${(f.p10 * 1000).toFixed(1)})`;
  const ratio = (a: SideFigures, b: SideFigures) =>
    `${format.ratio(a.median / b.median)} (${format.ratio(a.p10 / b.p10)})`;
  const adds = (a: SideFigures, b: SideFigures) =>
    `${((a.median - b.median) * 1000).toFixed(1)} (${((a.p10 - b.p10) * 1000).toFixed(1)})`;
  console.log(
    table(
      [
        'µs per call: median (p10)',
        'calls each',
        'core.dispatch',
        'guarded router',
        'unguarded router',
        'direct',
        'dispatch/direct',
        'guarded/unguarded',
        'router adds',
      ],
      results.map(({ label, calls, figures: f }) => [
        label,
        format.int(calls),
        us(f.core),
        us(f.bench),
        us(f.bare),
        us(f.direct),
        ratio(f.core, f.direct),
        ratio(f.bench, f.bare),
        adds(f.bench, f.direct),
      ]),
    ),
  );
  console.log(
    [
      `Figures are per-call times of ${ROUTER_BLOCKS} interleaved blocks per side: their median and their 10th percentile.`,
      'core.dispatch runs on the core’s own connection; the guarded router (role check, and an audit entry for',
      'people.get, which opens a person’s record) and the unguarded one are createRouter on the bench’s second',
      'connection, as the direct calls use; "router adds" = guarded router − direct.',
    ].join('\n'),
  );
  const perCall = (f: SideFigures) => (f.median * 1000).toFixed(1);
  for (const { label, figures: f } of results) {
    summary.push(
      [
        `Router: ${label} dispatch / direct`,
        `${perCall(f.core)} / ${perCall(f.direct)} µs (${format.ratio(f.core.median / f.direct.median)})`,
      ],
      [
        '  router adds (same connection)',
        `${((f.bench.median - f.direct.median) * 1000).toFixed(1)} µs`,
      ],
    );
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
      await routerCost(core, sqlite);
    } finally {
      sqlite.close();
      core.close();
    }

    summary.push(...(await benchAllocation()));
    summary.push(...(await benchBackup()));

    heading('Summary');
    summary.push(['Whole benchmark run', format.s(since(started))]);
    console.log(table(['Measure', 'Result'], summary));
  } finally {
    for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
