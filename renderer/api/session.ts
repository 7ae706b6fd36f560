/**
 * The signed-in session's token, held in memory only: closing the window signs out. Screens
 * follow it through useSyncExternalStore; when a session ends on its own (idle, or after a
 * restore) the reason is kept for the sign-in screen.
 */
let token: string | null = null;
let endedBecause: string | null = null;
const listeners = new Set<() => void>();

export const session = {
  token: () => token,
  endedBecause: () => endedBecause,
  set(next: string | null, reason: string | null = null) {
    token = next;
    endedBecause = next ? null : reason;
    listeners.forEach((l) => l());
  },
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
};
