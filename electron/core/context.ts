import type { z } from 'zod';
import type { Contract, Domain } from '../../shared/contract';
import type { SignedIn, Sessions } from './auth/sessions';
import type { BackupService } from './backup/service';
import type { Db, Sqlite } from './db/open';

/** What a handler gets besides its input. */
export interface Context {
  db: Db;
  sqlite: Sqlite;
  /** Today in England and Wales (ISO), fixed for the whole call. */
  today: string;
  /** The moment of the call (ISO timestamp), for created_at columns. */
  now: string;
  /** Who is calling: null only for the public procedures (signing in, the first run). */
  account: SignedIn | null;
  /** The caller's session token, so signing out can end it. */
  token: string | undefined;
  sessions: Sessions;
  /** scrypt cost for new password hashes. */
  passwordCost: number;
  /** Backups and restore; absent where a router is built without them (the benchmark). */
  backups?: BackupService;
}

type HandlerFor<P> = P extends {
  input: infer I extends z.ZodType;
  output: infer O extends z.ZodType;
  kind: infer K;
}
  ? K extends 'write'
    ? (input: z.output<I>, ctx: Context) => z.output<O>
    : (input: z.output<I>, ctx: Context) => z.output<O> | Promise<z.output<O>>
  : never;

/** A domain's handlers, one per procedure of its contract; write handlers are synchronous (one transaction). */
export type Handlers<D extends Domain> = { [V in keyof Contract[D]]: HandlerFor<Contract[D][V]> };
export type AllHandlers = { [D in Domain]: Handlers<D> };
