import type { z } from 'zod';

/** A procedure's shape: reads run outside a transaction, writes inside one. */
export interface Procedure<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  kind: 'read' | 'write';
  doc: string;
  input: I;
  output: O;
}

export function read<I extends z.ZodType, O extends z.ZodType>(
  doc: string,
  input: I,
  output: O,
): Procedure<I, O> {
  return { kind: 'read', doc, input, output };
}

export function write<I extends z.ZodType, O extends z.ZodType>(
  doc: string,
  input: I,
  output: O,
): Procedure<I, O> {
  return { kind: 'write', doc, input, output };
}
