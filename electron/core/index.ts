import type { Envelope } from '../../shared/errors';
import { defaultCost } from './auth/passwords';
import { createSessions } from './auth/sessions';
import { systemClock, todayIn, type Clock } from './clock';
import { openDatabaseHolder } from './backup/holder';
import { startAutomaticBackups } from './backup/schedule';
import { createBackupService } from './backup/service';
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
  /** A copy at start and then every so often while running; off unless asked (tests, browser mode). */
  automaticBackups?: { everyMinutes: number };
}

export interface Core {
  /** Calls a procedure for the caller signed in with `token` (none for the public procedures). */
  dispatch(name: string, input: unknown, token?: string): Promise<Envelope<unknown>>;
  /** Told after every successful write, so open screens can refresh. */
  onEvent(listener: (event: ChangeEvent) => void): () => void;
  readonly databaseFile: string;
  readonly backupFile: string | null;
  /** Plain sentences to show the person at the computer once (a network data folder, say). */
  readonly warnings: string[];
  close(): void;
}

/** The whole backend, with no Electron in it: the same core serves the window, browser mode and tests. */
export async function createCore(options: CoreOptions): Promise<Core> {
  const clock = options.clock ?? systemClock;
  // The holder owns the open database: a restore closes it, swaps the file and reopens it, so
  // everything below asks the holder for the connection on each call instead of keeping one.
  const holder = await openDatabaseHolder({
    dataDir: options.dataDir,
    migrationsDir: options.migrationsDir,
    clock,
  });
  const first = holder.current();
  const backups = createBackupService(holder, clock);
  const listeners = new Set<(event: ChangeEvent) => void>();
  const emit = (event: ChangeEvent) => listeners.forEach((l) => l(event));
  const idleMinutes = () => policyOn(holder.current().db, todayIn(clock)).values.idleLockMinutes;
  const sessions = createSessions(() => clock.now().getTime(), idleMinutes);
  // After a restore (or its undo) the accounts are the restored copy's: everyone signs in again,
  // and every open screen reloads.
  holder.onReplace(() => {
    sessions.endAll();
    emit({ type: 'changed', procedure: 'backups.restore' });
  });
  const stopBackups = options.automaticBackups
    ? startAutomaticBackups(backups, {
        everyMs: options.automaticBackups.everyMinutes * 60_000,
        log: options.log,
      })
    : () => {};
  const router = createRouter({
    handlers,
    validateOutputs: options.validateOutputs,
    log: options.log,
    resolve: sessions.resolve,
    peek: sessions.peek,
    idleMinutes,
    context: (token, account) => {
      const { db, sqlite } = holder.current();
      return {
        db,
        sqlite,
        today: todayIn(clock),
        now: clock.now().toISOString(),
        account,
        token,
        sessions,
        passwordCost: options.passwordCost ?? defaultCost,
        backups,
      };
    },
    onChange: emit,
  });
  return {
    dispatch: router.dispatch,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    databaseFile: holder.file,
    backupFile: first.backupFile,
    warnings: first.warnings,
    close() {
      stopBackups();
      listeners.clear();
      holder.close();
    },
  };
}

export type { ChangeEvent } from './router';
export type { Clock } from './clock';
