/**
 * The signed-in session's token, held in memory only: closing the window signs out. Screens
 * follow it through useSyncExternalStore.
 */
let token: string | null = null;
const listeners = new Set<() => void>();

export const session = {
  token: () => token,
  set(next: string | null) {
    token = next;
    listeners.forEach((l) => l());
  },
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
