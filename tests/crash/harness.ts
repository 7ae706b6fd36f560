/**
 * Crash safety: a child process writes through a real core as fast as it can and is killed with
 * SIGKILL at a random (seeded) moment; then the database is reopened the way Amends opens it and
 * checked. Every trial reuses the same data folder, so each child also starts on a database
 * whose last writer was killed. A second set of trials kills a child in the middle of restores.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { firstBreak } from '../../electron/core/audit/chain';
import { chainRows } from '../../electron/core/audit/store';
import { openDatabaseHolder } from '../../electron/core/backup/holder';
import { checkFile, listBackups } from '../../electron/core/backup/inspect';
import { createBackupService } from '../../electron/core/backup/service';
import { seededRandom } from '../../electron/core/demo/random';
import { openDatabase, type Sqlite } from '../../electron/core/db/open';
import { fixedClock } from '../support/core';
import { bundleChildren, migrationsDir, runChild, type ChildRun, type Kill } from './process';

export interface TrialResult {
  trial: number;
  kill: Kill;
  /** Writes (or restores) the child reported as done before it died. */
  committed: number;
  /** What is wrong after the crash; empty when all is well. */
  problems: string[];
}

export interface CrashRun {
  trials: TrialResult[];
  committed: number;
  kills: number;
  ms: number;
}

/** What is wrong with every line the child reported: each must be in the database. */
function missing(sqlite: Sqlite, lines: string[]): string[] {
  const has = (sql: string, ...params: unknown[]) =>
    sqlite.prepare(sql).get(...params) !== undefined;
  return lines.filter((line) => {
    const [kind, a, b, c] = line.split(' ');
    if (kind === 'ready') return false;
    if (kind === 'court') return !has('SELECT 1 FROM courts WHERE id = ?', Number(a));
    if (kind === 'person') return !has('SELECT 1 FROM people WHERE id = ?', Number(a));
    if (kind === 'order')
      return !has('SELECT 1 FROM orders WHERE id = ? AND person_id = ?', Number(a), Number(b));
    if (kind === 'credit')
      return !has(
        'SELECT 1 FROM ledger_adjustments WHERE order_id = ? AND reason = ? AND minutes = ?',
        Number(a),
        b,
        Number(c),
      );
    return true;
  });
}

/** Opens the database as Amends does after a crash (quick_check first) and checks it through. */
async function check(dataDir: string, lines: string[]): Promise<string[]> {
  const problems: string[] = [];
  const opened = await openDatabase({ dataDir, migrationsDir, now: new Date() });
  const db = opened.sqlite;
  const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
    problems.push(...missing(db, lines).map((line) => `reported but missing: ${line}`));
    const credit = count(
      `SELECT COUNT(*) AS n FROM orders o WHERE o.credited_minutes <>
         COALESCE((SELECT SUM(minutes) FROM ledger_adjustments WHERE order_id = o.id), 0) +
         COALESCE((SELECT SUM(credited_minutes) FROM bookings WHERE order_id = o.id), 0)`,
    );
    if (credit) problems.push(`${credit} orders whose credited minutes differ from their ledger`);
    const orphans = count(
      'SELECT COUNT(*) AS n FROM orders WHERE person_id NOT IN (SELECT id FROM people)',
    );
    if (orphans) problems.push(`${orphans} orders without their person`);
    const keys = db.pragma('foreign_key_check') as unknown[];
    if (keys.length) problems.push(`${keys.length} rows fail foreign_key_check`);
    const broken = firstBreak(chainRows(opened.db));
    if (broken !== null) problems.push(`the audit chain breaks at entry ${broken}`);
  } finally {
    db.close();
  }
  return problems;
}

/** A database that will not open (damaged, say) is a problem to report, not a harness failure. */
async function opensAnd(checks: () => Promise<string[]>): Promise<string[]> {
  try {
    return await checks();
  } catch (error) {
    return [`it does not open: ${error instanceof Error ? error.message : String(error)}`];
  }
}

function outcome(run: ChildRun, kill: Kill): string[] {
  const problems = run.killed ? [] : [`the child ended by itself: ${run.stderr.trim()}`];
  if (kill.from === 'ready' && !run.lines.includes('ready'))
    problems.push(`the child never got ready: ${run.stderr.trim()}`);
  return problems;
}

function describe(trial: TrialResult, what: string): string {
  const { kill, committed, problems } = trial;
  return `trial ${String(trial.trial + 1).padStart(2)}: killed ${String(kill.afterMs).padStart(4)} ms after ${kill.from.padEnd(5)}, ${String(committed).padStart(4)} ${what} reported, ${problems.length ? problems.join('; ') : 'all present, checks ok'}`;
}

export async function runCrashTrials(options: {
  trials: number;
  restoreTrials: number;
  seed: number;
  log?: (line: string) => void;
}): Promise<{ writes: CrashRun; restores: CrashRun }> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'amends-crash-'));
  try {
    const children = await bundleChildren(work);
    const rng = seededRandom(options.seed);
    const writes = await trialsOf(options.trials, async (trial) => {
      // The first child sets the office up, so it always gets going; after that one in five is
      // killed counting from its start (opening, recovery, signing in) rather than its first write.
      const from = trial > 0 && rng.chance(0.2) ? 'start' : 'ready';
      const kill: Kill = { from, afterMs: rng.int(0, from === 'start' ? 400 : 1000) };
      const dataDir = path.join(work, 'data');
      const args = [dataDir, migrationsDir, String(options.seed * 1000 + trial), String(trial)];
      const run = await runChild(children.writes, args, kill);
      const problems = [
        ...outcome(run, kill),
        ...(await opensAnd(() => check(dataDir, run.lines))),
      ];
      const result = {
        trial,
        kill,
        committed: run.lines.filter((l) => l !== 'ready').length,
        problems,
      };
      options.log?.(describe(result, 'writes'));
      return result;
    });
    const restoreDir = path.join(work, 'restores');
    const states = await twoStates(restoreDir);
    const restores = await trialsOf(options.restoreTrials, async (trial) => {
      const kill: Kill = { from: 'ready', afterMs: rng.int(0, 800) };
      const run = await runChild(
        children.restores,
        [restoreDir, migrationsDir, ...states.files],
        kill,
      );
      const problems = [
        ...outcome(run, kill),
        ...(await opensAnd(() => checkRestored(restoreDir, states.names))),
      ];
      const result = {
        trial,
        kill,
        committed: run.lines.filter((l) => l !== 'ready').length,
        problems,
      };
      options.log?.(describe(result, 'restores'));
      return result;
    });
    return { writes, restores };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

async function trialsOf(
  count: number,
  run: (trial: number) => Promise<TrialResult>,
): Promise<CrashRun> {
  const started = performance.now();
  const trials: TrialResult[] = [];
  for (let trial = 0; trial < count; trial++) trials.push(await run(trial));
  return {
    trials,
    committed: trials.reduce((sum, t) => sum + t.committed, 0),
    kills: trials.length,
    ms: performance.now() - started,
  };
}

/** A database and two backups of it, told apart by the office's name. */
async function twoStates(dataDir: string) {
  const clock = fixedClock('2026-11-26T10:00:00Z');
  const holder = await openDatabaseHolder({ dataDir, migrationsDir, clock });
  const service = createBackupService(holder, clock);
  const names = ['State A', 'State B'];
  const files: string[] = [];
  const { sqlite } = holder.current();
  sqlite
    .prepare("INSERT INTO office (id, name, is_demo, created_at) VALUES (1, ?, 0, '2026-11-26')")
    .run(names[0]);
  files.push((await service.create('MANUAL'))!.file);
  sqlite.prepare('UPDATE office SET name = ?').run(names[1]);
  files.push((await service.create('MANUAL'))!.file);
  holder.close();
  return { names, files };
}

/** After a kill mid-restore the database opens, is whole, and is one of the two states. */
async function checkRestored(dataDir: string, names: string[]): Promise<string[]> {
  const problems: string[] = [];
  const opened = await openDatabase({ dataDir, migrationsDir, now: new Date() });
  try {
    const integrity = opened.sqlite.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
    const office = opened.sqlite.prepare('SELECT name FROM office').get() as
      { name: string } | undefined;
    if (!office || !names.includes(office.name))
      problems.push(`the office is ${office?.name ?? 'missing'}`);
  } finally {
    opened.sqlite.close();
  }
  // A copy cut off by the kill stays `.partial`: never listed, so every listed copy is whole.
  const listed = listBackups(path.join(dataDir, 'backups'));
  for (const backup of listed) {
    if (!checkFile(path.join(dataDir, 'backups', backup.file)).ok)
      problems.push(`a listed backup is damaged: ${backup.file}`);
  }
  if (listed.length < 2) problems.push('the two backups restored from are not both listed');
  return problems;
}
