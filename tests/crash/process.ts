import { spawn } from 'node:child_process';
import path from 'node:path';
import { build } from 'esbuild';

export const root = path.resolve(import.meta.dirname, '../..');
export const migrationsDir = path.join(root, 'migrations');

export interface Children {
  /** Writes through a real core: courts, people, orders, credit. */
  writes: string;
  /** Restores two backups in turn. */
  restores: string;
}

/**
 * The children as bundled files, so each start costs a Node start rather than a TypeScript
 * compile of the whole core (better-sqlite3 stays a normal require, found through NODE_PATH).
 */
export async function bundleChildren(dir: string): Promise<Children> {
  await build({
    entryPoints: {
      writes: path.join(import.meta.dirname, 'child.ts'),
      restores: path.join(import.meta.dirname, 'restore-child.ts'),
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outdir: dir,
    outExtension: { '.js': '.cjs' },
    external: ['better-sqlite3'],
    logLevel: 'silent',
    absWorkingDir: root,
  });
  return { writes: path.join(dir, 'writes.cjs'), restores: path.join(dir, 'restores.cjs') };
}

export interface Kill {
  /** Counting from the child's start, or from its `ready` line. */
  from: 'start' | 'ready';
  afterMs: number;
}

export interface ChildRun {
  /** Whole lines the child wrote; a line cut off by the kill was never finished and is dropped. */
  lines: string[];
  stderr: string;
  killed: boolean;
}

/** Runs a child and kills it with SIGKILL at the moment given. */
export function runChild(entry: string, args: string[], kill: Kill): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry, ...args], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_PATH: path.join(root, 'node_modules') },
    });
    const killNow = () => child.kill('SIGKILL');
    let out = '';
    let stderr = '';
    let timer = kill.from === 'start' ? setTimeout(killNow, kill.afterMs) : null;
    const guard = setTimeout(killNow, 30_000);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (timer === null && out.includes('ready\n')) timer = setTimeout(killNow, kill.afterMs);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      clearTimeout(guard);
      if (timer) clearTimeout(timer);
      resolve({ lines: out.split('\n').slice(0, -1), stderr, killed: signal === 'SIGKILL' });
    });
  });
}
