import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

/** scrypt's cost: 2^15 takes tens of milliseconds a guess here; tests pass a cheaper one. */
export const defaultCost = 2 ** 15;

/** `scrypt$N$r$p$salt$hash`, so a later change of cost still verifies older passwords. */
export function hashPassword(password: string, cost = defaultCost): string {
  const salt = randomBytes(16);
  const hash = scryptSync(password, salt, 32, { N: cost, r: 8, p: 1, maxmem: 256 * 1024 * 1024 });
  return ['scrypt', cost, 8, 1, salt.toString('base64'), hash.toString('base64')].join('$');
}

export function verifyPassword(password: string, stored: string): boolean {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = scryptSync(password, Buffer.from(salt, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: 256 * 1024 * 1024,
  });
  return timingSafeEqual(actual, expected);
}

/** Seconds of lock after a failed attempt: none for the first three, then doubling to 15 minutes. */
export function lockSecondsAfter(failedAttempts: number): number {
  if (failedAttempts < 3) return 0;
  return Math.min(15 * 60, 30 * 2 ** (failedAttempts - 3));
}
