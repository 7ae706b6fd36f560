import type { Envelope } from '../../shared/errors';
import { defaultCost } from './auth/passwords';
import { createSessions } from './auth/sessions';
import { systemClock, todayIn, type Clock } from './clock';
import { openDatabase } from './db/open';
import { policyOn } from './policy/store';
import { handlers } from './handlers';
import { createRouter, type ChangeEvent } from './router';

export interface CoreOptions {
  dataDir: string;
  migrationsDir: string;
  clock?: Clock;
  validateOutputs?: boolean;
  /** scrypt cost for new passwords; tests use a cheap one. */
  passwordCost?: number;
  log?: (message: string, error: unknown) => void;
}

export interface Core {
  /** Calls a procedure for the caller signed in with `token` (none for the public procedures). */
  dispatch(name: string, input: unknown, token?: string): Promise<Envelope<unknown>>;
  /** Told after every successful write, so open screens can refresh. */
  onEvent(listener: (event: ChangeEvent) => void): () => void;
  readonly databaseFile: string;
  readonly backupFile: string | null;
  close(): void;
}

/** The whole backend, with no Electron in it: the same core serves the window, browser mode and tests. */
export async function createCore(options: CoreOptions): Promise<Core> {
  const clock = options.clock ?? systemClock;
  const opened = await openDatabase({
    dataDir: options.dataDir,
    migrationsDir: options.migrationsDir,
    now: clock.now(),
  });
  const listeners = new Set<(event: ChangeEvent) => void>();
  const idleMinutes = () => policyOn(opened.db, todayIn(clock)).values.idleLockMinutes;
  const sessions = createSessions(() => clock.now().getTime(), idleMinutes);
  const router = createRouter({
    handlers,
    sqlite: opened.sqlite,
    validateOutputs: options.validateOutputs,
    log: options.log,
    resolve: sessions.resolve,
    peek: sessions.peek,
    idleMinutes,
    context: (token, account) => ({
      db: opened.db,
      sqlite: opened.sqlite,
      today: todayIn(clock),
      now: clock.now().toISOString(),
      account,
      token,
      sessions,
      passwordCost: options.passwordCost ?? defaultCost,
    }),
    onChange: (event) => listeners.forEach((l) => l(event)),
  });
  return {
    dispatch: router.dispatch,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    databaseFile: opened.file,
    backupFile: opened.backupFile,
    close() {
      listeners.clear();
      opened.sqlite.pragma('optimize');
      opened.sqlite.close();
    },
  };
}

export type { ChangeEvent } from './router';
export type { Clock } from './clock';
