import type { z } from 'zod';

/** Who may sign in, and so who may call what. */
export const accountRoles = ['MANAGER', 'CASE_ADMINISTRATOR', 'SUPERVISOR', 'AUDITOR'] as const;
export type AccountRole = (typeof accountRoles)[number];

/** Everyone signed in: reads are open to every role unless a procedure says otherwise. */
export const everyone: readonly AccountRole[] = accountRoles;
/** The office's own staff who enter and change records. */
export const officeStaff: readonly AccountRole[] = ['MANAGER', 'CASE_ADMINISTRATOR'];
export const managers: readonly AccountRole[] = ['MANAGER'];

export interface ProcedureOptions {
  /** Who may call it; 'public' is for signing in and the first run only. */
  roles?: readonly AccountRole[] | 'public';
  /** A read that opens someone's record (or a report or export) and so is written to the audit log. */
  auditRead?: boolean;
}

/** A procedure's shape: reads run outside a transaction, writes inside one. */
export interface Procedure<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  kind: 'read' | 'write';
  doc: string;
  input: I;
  output: O;
  roles: readonly AccountRole[] | 'public';
  auditRead: boolean;
}

export function read<I extends z.ZodType, O extends z.ZodType>(
  doc: string,
  input: I,
  output: O,
  options: ProcedureOptions = {},
): Procedure<I, O> {
  return {
    kind: 'read',
    doc,
    input,
    output,
    roles: options.roles ?? everyone,
    auditRead: options.auditRead ?? false,
  };
}

export function write<I extends z.ZodType, O extends z.ZodType>(
  doc: string,
  input: I,
  output: O,
  options: ProcedureOptions = {},
): Procedure<I, O> {
  return {
    kind: 'write',
    doc,
    input,
    output,
    roles: options.roles ?? officeStaff,
    auditRead: false,
  };
}
