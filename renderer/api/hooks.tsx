import {
  QueryClient,
  QueryClientProvider,
  useMutation,
  useQuery,
  useQueryClient,
  keepPreviousData,
} from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { InputOf, OutputOf, ProcedureName } from '../../shared/contract';
import type { AppError } from '../../shared/errors';
import { call } from './client';
import { session } from './session';
import type { Transport } from './transport';

const TransportContext = createContext<Transport | null>(null);

function useTransport(): Transport {
  const transport = useContext(TransportContext);
  if (!transport) throw new Error('ApiProvider is missing');
  return transport;
}

/** Gives the screens their transport and query cache; a change made anywhere refreshes every open read. */
export function ApiProvider({
  transport,
  children,
}: {
  transport: Transport;
  children: ReactNode;
}) {
  const [client] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          queries: { retry: false, refetchOnWindowFocus: false, staleTime: 5_000 },
        },
      }),
  );
  useEffect(() => transport.onEvent(() => void client.invalidateQueries()), [transport, client]);
  // Another person (or nobody) now: nothing read for the previous one may show.
  useEffect(() => session.subscribe(() => void client.resetQueries()), [client]);
  return (
    <TransportContext.Provider value={transport}>
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </TransportContext.Provider>
  );
}

/** A read through TanStack Query, keyed by procedure and input; the previous page stays while the next loads. */
export function useRead<N extends ProcedureName>(
  name: N,
  input: InputOf<N>,
  options: { enabled?: boolean } = {},
) {
  const transport = useTransport();
  return useQuery<OutputOf<N>, AppError>({
    queryKey: [name, input],
    queryFn: () => call(transport, name, input),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

/** A write; on success every cached read is refreshed (reads are cheap, stale figures are not). */
export function useWrite<N extends ProcedureName>(name: N) {
  const transport = useTransport();
  const queries = useQueryClient();
  return useMutation<OutputOf<N>, AppError, InputOf<N>>({
    mutationFn: (input) => call(transport, name, input),
    onSuccess: () => queries.invalidateQueries(),
  });
}

/** A procedure to call on demand (an export, say) rather than to keep on screen. */
export function useCaller() {
  const transport = useTransport();
  return useCallback(
    <N extends ProcedureName>(name: N, input: InputOf<N>) => call(transport, name, input),
    [transport],
  );
}
