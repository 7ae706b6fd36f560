import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { Core } from '../../electron/core';
import { createSessions } from '../../electron/core/auth/sessions';
import type { Context } from '../../electron/core/context';
import type { Sqlite } from '../../electron/core/db/open';
import * as schema from '../../electron/core/db/schema';
import { handlers as allHandlers } from '../../electron/core/handlers';
import { createRouter } from '../../electron/core/router';
import { people as peopleContract } from '../../shared/contract/people';
import type { Envelope } from '../../shared/errors';
import { cycle, format, heading, median, percentile, since, table } from './measure';

const TODAY = '2026-11-26';
const NOW = `${TODAY}T10:00:00.000Z`;
/** Calls per side for the router comparison; fewer when a call is slow, to keep the run short. */
const ROUTER_CALLS_MAX = 5_000;
const ROUTER_CALLS_MIN = 500;
/** Wall time for one procedure's timed blocks, all sides together. */
const ROUTER_BUDGET_MS = 15_000;
const ROUTER_WARM_UP = 300;
const ROUTER_BLOCKS = 50;

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

/** Section 3 of the benchmark: what the router adds to a call, and what its protections cost. */
export async function routerCost(
  core: Core,
  sqlite: Sqlite,
  token: string | undefined,
): Promise<string[][]> {
  const summary: string[][] = [];
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
  for (const { label, figures: f } of results) {
    summary.push([
      `  guarded / unguarded router: ${label}`,
      format.ratio(f.bench.median / f.bare.median),
    ]);
  }
  return summary;
}
