import type { Envelope } from '../../shared/errors';

/** How the renderer reaches the core: Electron's preload bridge, loopback HTTP, or in-process in tests. */
export interface Transport {
  /** Calls a procedure as the person signed in with `token` (none before signing in). */
  invoke(name: string, input: unknown, token?: string): Promise<Envelope<unknown>>;
  onEvent(listener: (event: { type: string; procedure?: string }) => void): () => void;
}

/** What the preload script exposes on `window.amends`. */
export interface Bridge {
  invoke(name: string, input: unknown, token?: string): Promise<Envelope<unknown>>;
  /** Desktop only: print the page on screen to a PDF file the person chooses. */
  savePdf?(title: string, fileName: string): Promise<{ saved: boolean; path?: string }>;
  onEvent(listener: (event: { type: string; procedure?: string }) => void): () => void;
}

declare global {
  interface Window {
    amends?: Bridge;
  }
}

export function httpTransport(base = ''): Transport {
  return {
    async invoke(name, input, token) {
      try {
        const response = await fetch(`${base}/rpc/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(token ? { 'x-amends-session': token } : {}),
          },
          body: JSON.stringify(input ?? {}),
        });
        return (await response.json()) as Envelope<unknown>;
      } catch {
        return {
          ok: false,
          error: {
            code: 'INTERNAL',
            message: 'Amends could not reach its data. Check that it is still running.',
          },
        };
      }
    },
    onEvent(listener) {
      const source = new EventSource(`${base}/events`);
      source.onmessage = (message) => listener(JSON.parse(message.data as string));
      return () => source.close();
    },
  };
}

/** Picks the transport at start-up: the desktop app's bridge when present, else the loopback server. */
export function detectTransport(): Transport {
  return window.amends ?? httpTransport();
}

/**
 * For component tests: the real core called directly, with input and answer passed through JSON
 * as the other transports would, so nothing that could not cross a process boundary slips through.
 */
export function inProcessTransport(backend: {
  dispatch(name: string, input: unknown, token?: string): Promise<Envelope<unknown>>;
  onEvent(listener: (event: { type: string; procedure?: string }) => void): () => void;
}): Transport {
  return {
    async invoke(name, input, token) {
      const answer = await backend.dispatch(name, JSON.parse(JSON.stringify(input ?? {})), token);
      return JSON.parse(JSON.stringify(answer)) as Envelope<unknown>;
    },
    onEvent: (listener) => backend.onEvent(listener),
  };
}
