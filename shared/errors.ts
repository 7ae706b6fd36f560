/** The error codes every transport carries; see the architecture page's IPC envelope. */
export const errorCodes = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'RULE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** Field path (dotted, e.g. `hours` or `rows.3.start`) → a sentence naming the field. */
export type FieldErrors = Record<string, string>;

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  fields?: FieldErrors;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorBody };

/** Thrown by the backend to refuse a call, and by the renderer client when an envelope fails. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldErrors | undefined;
  /** A refusal whose writes still stand (a failed sign-in is counted even though it is refused). */
  readonly keepWrites: boolean;

  constructor(
    code: ErrorCode,
    message: string,
    fields?: FieldErrors,
    options: { keepWrites?: boolean } = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fields = fields;
    this.keepWrites = options.keepWrites ?? false;
  }

  toBody(): ErrorBody {
    return this.fields
      ? { code: this.code, message: this.message, fields: this.fields }
      : { code: this.code, message: this.message };
  }
}

/** A refusal that names one field, for rules that need the database (age at sentence, unique references). */
export function fieldError(field: string, message: string): AppError {
  return new AppError('VALIDATION', message, { [field]: message });
}

/** The heading of a refusal that has nothing to add to its field messages. */
export const genericRefusal = 'Please check the details';

/** Throws one VALIDATION error carrying every field that failed a check; returns when none did. */
export function refuseFields(fields: FieldErrors): void {
  if (Object.keys(fields).length) throw new AppError('VALIDATION', genericRefusal, fields);
}

export function ruleError(message: string): AppError {
  return new AppError('RULE', message);
}

export function notFound(what: string): AppError {
  return new AppError('NOT_FOUND', `${what} was not found. It may have been removed.`);
}
