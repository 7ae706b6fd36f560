import type { InputOf, OutputOf, ProcedureName } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { session } from './session';
import type { Transport } from './transport';

/** Calls a procedure and unwraps its envelope: a refusal becomes an AppError with the code and fields. */
export async function call<N extends ProcedureName>(
  transport: Transport,
  name: N,
  input: InputOf<N>,
): Promise<OutputOf<N>> {
  const envelope = await transport.invoke(name, input, session.token() ?? undefined);
  if (!envelope.ok) {
    // The session has ended (idle, or signed out elsewhere): back to the sign-in screen.
    if (envelope.error.code === 'UNAUTHENTICATED' && session.token())
      session.set(null, envelope.error.message);
    throw new AppError(envelope.error.code, envelope.error.message, envelope.error.fields);
  }
  return envelope.value as OutputOf<N>;
}
