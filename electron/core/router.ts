import type { z } from 'zod';
import { procedureNamed } from '../../shared/contract';
import type { Procedure } from '../../shared/contract/procedure';
import { AppError, genericRefusal, type Envelope, type FieldErrors } from '../../shared/errors';
import { auditDetail, recordOf } from './audit/chain';
import { appendAudit } from './audit/store';
import type { SignedIn } from './auth/sessions';
import type { AllHandlers, Context } from './context';

export interface ChangeEvent {
  type: 'changed';
  procedure: string;
}

export interface RouterOptions {
  handlers: AllHandlers;
  /** The context of one call, for the caller behind the token. */
  context: (token: string | undefined, account: SignedIn | null) => Context;
  resolve: (token: string | undefined) => SignedIn | 'IDLE' | null;
  /** Who is behind a token, without counting the call as use (public procedures). */
  peek: (token: string | undefined) => SignedIn | null;
  /** The idle limit in force, for the message of a session that ended. */
  idleMinutes: () => number;
  /** Tests check every answer against the contract's output schema. */
  validateOutputs?: boolean;
  /** For the benchmark only: the same router without the role check and the audit entry. */
  unguarded?: boolean;
  onChange?: (event: ChangeEvent) => void;
  log?: (message: string, error: unknown) => void;
}

export function fieldsOf(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : 'input';
    fields[key] ??= issue.message;
  }
  return fields;
}

function validationMessage(fields: FieldErrors): string {
  const messages = Object.values(fields);
  if (messages.length === 1) return messages[0]!;
  return `Please check ${messages.length} fields: ${messages.join('; ')}`;
}

function failure(code: AppError['code'], message: string, fields?: FieldErrors): Envelope<never> {
  return { ok: false, error: fields ? { code, message, fields } : { code, message } };
}

/** An audited read still finishing its answer (a file being written) after its transaction. */
class Pending {
  constructor(readonly result: Promise<unknown>) {}
}

/** A refusal whose writes stand (see AppError.keepWrites): carried out of the transaction. */
class Kept {
  constructor(readonly error: AppError) {}
}

/** Who may call: null when allowed, else the refusal. Nothing has been read or written yet. */
function guard(
  procedure: Procedure,
  account: SignedIn | 'IDLE' | null,
  idleMinutes: () => number,
): Envelope<never> | null {
  if (procedure.roles === 'public') return null;
  if (account === 'IDLE') {
    return failure(
      'UNAUTHENTICATED',
      `Signed out after ${idleMinutes()} minutes without use. Please sign in again.`,
    );
  }
  if (!account) return failure('UNAUTHENTICATED', 'Please sign in first.');
  if (!procedure.roles.includes(account.role)) {
    return failure(
      'FORBIDDEN',
      `Your role does not allow this: ${procedure.doc.replace(/\.$/, '').toLowerCase()}.`,
    );
  }
  return null;
}

/**
 * name → who may call → validate → handler (writes, and reads of someone's record, in one
 * transaction with their audit entry) → envelope. Never throws: every transport gets
 * `{ ok, value }` or `{ ok: false, error: { code, message, fields? } }`.
 */
export function createRouter(options: RouterOptions) {
  const { handlers } = options;
  const log = options.log ?? ((message, error) => console.error(message, error));

  async function dispatch(name: string, raw: unknown, token?: string): Promise<Envelope<unknown>> {
    const procedure: Procedure | undefined = procedureNamed(name);
    if (!procedure) return failure('NOT_FOUND', `There is no procedure called "${name}".`);
    // A public call (the status the sign-in screen asks for) does not keep a session alive.
    const resolved = options.unguarded
      ? null
      : procedure.roles === 'public'
        ? options.peek(token)
        : options.resolve(token);
    const refused = options.unguarded ? null : guard(procedure, resolved, options.idleMinutes);
    if (refused) return refused;
    const account = resolved === 'IDLE' ? null : resolved;
    const parsed = procedure.input.safeParse(raw ?? {});
    if (!parsed.success) {
      const fields = fieldsOf(parsed.error);
      return failure('VALIDATION', validationMessage(fields), fields);
    }
    const [domain, verb] = name.split('.') as [string, string];
    const handler = (
      handlers as unknown as Record<string, Record<string, (i: unknown, c: Context) => unknown>>
    )[domain]![verb]!;
    try {
      const ctx = options.context(token, account);
      const checked = (value: unknown) =>
        options.validateOutputs ? procedure.output.parse(value) : value;
      const audited = !options.unguarded && (procedure.kind === 'write' || procedure.auditRead);
      const audit = (value: unknown, refused?: string) => {
        // Signing in is recorded as the account that signed in, whatever session the call carried.
        const who = (value as { account?: SignedIn } | null)?.account ?? ctx.account;
        appendAudit(ctx.db, {
          at: ctx.now,
          accountId: who?.id ?? null,
          accountName: who?.name ?? null,
          procedure: name,
          kind: procedure.kind === 'write' ? 'WRITE' : 'READ',
          ...recordOf(domain, parsed.data, value),
          detail:
            procedure.kind === 'write'
              ? auditDetail(refused ? { ...(parsed.data as object), refused } : parsed.data)
              : null,
        });
      };
      let value: unknown;
      if (audited) {
        // The call's own connection: after a restore it is not the one the core started with.
        value = ctx.sqlite.transaction(() => {
          try {
            const result = handler(parsed.data, ctx);
            if (result instanceof Promise) {
              if (procedure.kind === 'write')
                throw new Error(`${name}: a handler that writes must be synchronous`);
              // An export that finishes its file after reading (a workbook) is logged as opened;
              // better-sqlite3 refuses a transaction that returns a promise, so it is carried out.
              audit(null);
              return new Pending(result);
            }
            audit(result);
            return checked(result);
          } catch (error) {
            if (error instanceof AppError && error.keepWrites) {
              // The refusal's own writes stand (a failed sign-in is counted), and so does its entry.
              audit(null, error.message);
              return new Kept(error);
            }
            throw error;
          }
        })();
        if (value instanceof Kept) return { ok: false, error: value.error.toBody() };
        if (value instanceof Pending) value = checked(await value.result);
      } else {
        value = checked(await handler(parsed.data, ctx));
      }
      if (procedure.kind === 'write') options.onChange?.({ type: 'changed', procedure: name });
      return { ok: true, value };
    } catch (error) {
      if (error instanceof AppError) {
        if (error.code === 'VALIDATION' && error.fields) {
          // A handler's own heading ("The register for 21/11/2026 was not saved") leads the details.
          const details = validationMessage(error.fields);
          const plain =
            error.message === genericRefusal || Object.values(error.fields).includes(error.message);
          const message = plain ? details : `${error.message}. ${details}`;
          return failure('VALIDATION', message, error.fields);
        }
        return { ok: false, error: error.toBody() };
      }
      log(`Procedure ${name} failed`, error);
      return failure(
        'INTERNAL',
        'Something went wrong and nothing was saved. Please try again; if it happens again, tell your system administrator.',
      );
    }
  }

  return { dispatch };
}

export type Dispatch = ReturnType<typeof createRouter>['dispatch'];
