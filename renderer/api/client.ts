import type { InputOf, OutputOf, ProcedureName } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { Transport } from './transport';

/** Calls a procedure and unwraps its envelope: a refusal becomes an AppError with the code and fields. */
export async function call<N extends ProcedureName>(
  transport: Transport,
  name: N,
  input: InputOf<N>,
): Promise<OutputOf<N>> {
  const envelope = await transport.invoke(name, input);
  if (!envelope.ok)
    throw new AppError(envelope.error.code, envelope.error.message, envelope.error.fields);
  return envelope.value as OutputOf<N>;
}
