import { randomBytes } from 'node:crypto';
import type { AccountRole } from '../../../shared/contract/procedure';

export interface SignedIn {
  id: number;
  name: string;
  username: string;
  role: AccountRole;
}

/**
 * Signed-in sessions, held in memory only: a restart signs everyone out. A session unused for
 * longer than the idle limit is over, and says so.
 */
export function createSessions(now: () => number, idleMinutes: () => number) {
  const open = new Map<string, { account: SignedIn; lastSeen: number }>();
  return {
    start(account: SignedIn): string {
      const token = randomBytes(32).toString('hex');
      open.set(token, { account, lastSeen: now() });
      return token;
    },
    /** The account behind a token (and the use is noted), 'IDLE' when it timed out, or null. */
    resolve(token: string | undefined): SignedIn | 'IDLE' | null {
      const session = token ? open.get(token) : undefined;
      if (!session) return null;
      if (now() - session.lastSeen > idleMinutes() * 60_000) {
        open.delete(token!);
        return 'IDLE';
      }
      session.lastSeen = now();
      return session.account;
    },
    /** The account behind a token without counting it as use (for the public procedures). */
    peek(token: string | undefined): SignedIn | null {
      const session = token ? open.get(token) : undefined;
      return session && now() - session.lastSeen <= idleMinutes() * 60_000 ? session.account : null;
    },
    end(token: string | undefined) {
      if (token) open.delete(token);
    },
    /** Ends every session: after a restore the accounts are the restored copy's. */
    endAll() {
      open.clear();
    },
    /** Ends every session of an account (deactivated, or its role changed). */
    endFor(accountId: number) {
      for (const [token, s] of open) if (s.account.id === accountId) open.delete(token);
    },
  };
}

export type Sessions = ReturnType<typeof createSessions>;
