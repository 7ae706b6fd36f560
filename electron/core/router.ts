import type { z } from 'zod';
import { procedureNamed } from '../../shared/contract';
import type { Procedure } from '../../shared/contract/procedure';
import { AppError, type Envelope, type FieldErrors } from '../../shared/errors';
import type { AllHandlers, Context } from './context';
import type { Sqlite } from './db/open';

export interface ChangeEvent {
  type: 'changed';
  procedure: string;
}

export interface RouterOptions {
  handlers: AllHandlers;
  sqlite: Sqlite;
  context: () => Context;
  /** Tests check every answer against the contract's output schema. */
  validateOutputs?: boolean;
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

/**
 * name → validate → handler (writes in one transaction) → envelope. Never throws: every
 * transport gets `{ ok, value }` or `{ ok: false, error: { code, message, fields? } }`.
 */
export function createRouter(options: RouterOptions) {
  const { handlers, sqlite } = options;
  const log = options.log ?? ((message, error) => console.error(message, error));

  async function dispatch(name: string, raw: unknown): Promise<Envelope<unknown>> {
    const procedure: Procedure | undefined = procedureNamed(name);
    if (!procedure) return failure('NOT_FOUND', `There is no procedure called "${name}".`);
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
      const ctx = options.context();
      const checked = (value: unknown) =>
        options.validateOutputs ? procedure.output.parse(value) : value;
      let value: unknown;
      if (procedure.kind === 'write') {
        value = sqlite.transaction(() => {
          const result = handler(parsed.data, ctx);
          if (result instanceof Promise)
            throw new Error(`${name}: a write handler must be synchronous`);
          return checked(result);
        })();
      } else {
        value = checked(await handler(parsed.data, ctx));
      }
      if (procedure.kind === 'write') options.onChange?.({ type: 'changed', procedure: name });
      return { ok: true, value };
    } catch (error) {
      if (error instanceof AppError) {
        if (error.code === 'VALIDATION' && error.fields) {
          return failure('VALIDATION', validationMessage(error.fields), error.fields);
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
