import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core';
import { migrationsDir, tempDir, testCore, testPassword, type TestCore } from '../support/core';
import { countRows, rowsOf } from './helpers';
import { clockedCore, minutes, type ClockedCore } from './security-support';

const wrongDetails = {
  ok: false,
  error: { code: 'UNAUTHENTICATED', message: 'Wrong username or password.' },
};
const signInFirst = {
  ok: false,
  error: { code: 'UNAUTHENTICATED', message: 'Please sign in first.' },
};

interface AccountRow {
  failed_attempts: number;
  locked_until: string | null;
  password_hash: string;
}

function accountRow(core: TestCore | ClockedCore, username: string): AccountRow {
  return rowsOf<AccountRow>(
    core,
    'SELECT failed_attempts, locked_until, password_hash FROM accounts WHERE username = ?',
    username,
  )[0]!;
}

describe('first run', () => {
  it('sets up the first manager once, signed in, and refuses a second set-up with CONFLICT', async () => {
    const core = await createCore({
      dataDir: tempDir(),
      migrationsDir,
      passwordCost: 2 ** 10,
      log: () => {},
    });
    try {
      expect(await core.dispatch('auth.status', {})).toMatchObject({
        ok: true,
        value: { hasAccounts: false, account: null, idleLockMinutes: 15 },
      });
      const first = await core.dispatch('auth.setUpFirstManager', {
        name: 'Ann Manager',
        username: 'Ann.Manager',
        password: testPassword,
      });
      expect(first).toMatchObject({
        ok: true,
        value: { account: { username: 'ann.manager', name: 'Ann Manager', role: 'MANAGER' } },
      });
      const token = first.ok ? (first.value as { token: string }).token : undefined;
      expect(await core.dispatch('auth.status', {}, token)).toMatchObject({
        ok: true,
        value: { hasAccounts: true, account: { username: 'ann.manager', role: 'MANAGER' } },
      });
      expect(
        await core.dispatch('auth.setUpFirstManager', {
          name: 'Intruder',
          username: 'intruder',
          password: testPassword,
        }),
      ).toEqual({
        ok: false,
        error: { code: 'CONFLICT', message: 'Amends already has accounts: sign in instead.' },
      });
      expect(countRows(core, 'accounts')).toBe(1);
    } finally {
      core.close();
    }
  });
});

describe('signing in', () => {
  let core: TestCore;
  beforeEach(async () => {
    core = await testCore();
  });
  afterEach(() => core.close());

  it('signs in with the right password, whatever the case of the username', async () => {
    const envelope = await core.call('auth.signIn', {
      username: ' Manager ',
      password: testPassword,
    });
    expect(envelope).toMatchObject({
      ok: true,
      value: { account: { username: 'manager', name: 'Test Manager', role: 'MANAGER' } },
    });
    const token = envelope.ok ? envelope.value.token : '';
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    expect(await core.call('accounts.list', {}, token)).toMatchObject({ ok: true });
  });

  it('says the same for an unknown username, a wrong password and a deactivated account', async () => {
    await core.signInAs('CASE_ADMINISTRATOR', 'left');
    const left = rowsOf<{ id: number }>(core, "SELECT id FROM accounts WHERE username = 'left'");
    await core.ok('accounts.save', {
      id: left[0]!.id,
      username: 'left',
      name: 'Left Office',
      role: 'CASE_ADMINISTRATOR',
      active: false,
    });
    for (const attempt of [
      { username: 'nobody', password: testPassword },
      { username: 'manager', password: 'not the password' },
      { username: 'left', password: testPassword },
    ]) {
      expect(await core.call('auth.signIn', attempt)).toEqual(wrongDetails);
    }
  });

  it('keeps the failed-attempt counter although the call is refused', async () => {
    expect(await core.call('auth.signIn', { username: 'manager', password: 'wrong one' })).toEqual(
      wrongDetails,
    );
    expect(accountRow(core, 'manager')).toMatchObject({ failed_attempts: 1, locked_until: null });
    await core.call('auth.signIn', { username: 'manager', password: 'wrong two' });
    expect(accountRow(core, 'manager').failed_attempts).toBe(2);
  });

  it('locks for 30 seconds after three failures, even with the right password', async () => {
    for (let i = 0; i < 3; i += 1) {
      await core.call('auth.signIn', { username: 'manager', password: `wrong ${i}` });
    }
    expect(accountRow(core, 'manager')).toMatchObject({
      failed_attempts: 3,
      locked_until: '2026-11-26T10:00:30.000Z',
    });
    expect(await core.call('auth.signIn', { username: 'manager', password: testPassword })).toEqual(
      {
        ok: false,
        error: {
          code: 'UNAUTHENTICATED',
          message: 'Too many failed attempts: try again in 30 seconds.',
        },
      },
    );
    expect(accountRow(core, 'manager').failed_attempts).toBe(3);
  });

  it('resets the counter on a successful sign-in', async () => {
    await core.call('auth.signIn', { username: 'manager', password: 'wrong one' });
    await core.call('auth.signIn', { username: 'manager', password: 'wrong two' });
    expect(
      await core.call('auth.signIn', { username: 'manager', password: testPassword }),
    ).toMatchObject({ ok: true });
    expect(accountRow(core, 'manager')).toMatchObject({ failed_attempts: 0, locked_until: null });
  });

  it('stores passwords as salted scrypt hashes only', async () => {
    await core.signInAs('SUPERVISOR', 'sam');
    const manager = accountRow(core, 'manager').password_hash;
    const sam = accountRow(core, 'sam').password_hash;
    for (const hash of [manager, sam]) {
      expect(hash.startsWith('scrypt$1024$8$1$')).toBe(true);
      expect(hash).not.toContain(testPassword);
    }
    // The same password, but each account has its own salt.
    expect(sam).not.toBe(manager);
  });
});

describe('back-off and idle sessions on a moving clock', () => {
  let core: ClockedCore;
  beforeEach(async () => {
    core = await clockedCore();
  });
  afterEach(() => core.close());

  it('lets the right password in once the lock has passed, then doubles the lock', async () => {
    for (let i = 0; i < 3; i += 1) {
      await core.dispatch('auth.signIn', { username: 'manager', password: `wrong ${i}` });
    }
    core.advance(28_000);
    const early = await core.dispatch('auth.signIn', {
      username: 'manager',
      password: testPassword,
    });
    expect(early).toMatchObject({
      error: { message: 'Too many failed attempts: try again in 2 seconds.' },
    });
    core.advance(3_000);
    expect(
      await core.dispatch('auth.signIn', { username: 'manager', password: 'wrong again' }),
    ).toEqual(wrongDetails);
    expect(accountRow(core, 'manager').failed_attempts).toBe(4);
    const locked = await core.dispatch('auth.signIn', {
      username: 'manager',
      password: testPassword,
    });
    expect(locked).toMatchObject({
      error: { message: 'Too many failed attempts: try again in 60 seconds.' },
    });
    core.advance(60_000);
    expect(
      await core.dispatch('auth.signIn', { username: 'manager', password: testPassword }),
    ).toMatchObject({ ok: true });
    expect(accountRow(core, 'manager')).toMatchObject({ failed_attempts: 0, locked_until: null });
  });

  it('signs out a session unused for 16 minutes, but not one used every 14', async () => {
    core.advance(minutes(14));
    expect(await core.dispatch('people.list', {}, core.token)).toMatchObject({ ok: true });
    core.advance(minutes(14));
    expect(await core.dispatch('people.list', {}, core.token)).toMatchObject({ ok: true });
    core.advance(minutes(16));
    expect(await core.dispatch('people.list', {}, core.token)).toEqual({
      ok: false,
      error: {
        code: 'UNAUTHENTICATED',
        message: 'Signed out after 15 minutes without use. Please sign in again.',
      },
    });
    // The session is over: the next call is simply not signed in, as is a call with no token.
    expect(await core.dispatch('people.list', {}, core.token)).toEqual(signInFirst);
    expect(await core.dispatch('people.list', {}, undefined)).toEqual(signInFirst);
    expect(await core.dispatch('auth.status', {}, core.token)).toMatchObject({
      value: { account: null },
    });
  });

  it('signs out after the idle minutes of the policy in force', async () => {
    const current = await core.ok<{ values: Record<string, number> }>('policy.current', {});
    await core.ok('policy.change', {
      effectiveFrom: '2026-11-26',
      values: { ...current.values, idleLockMinutes: 5 },
      reason: 'Shared computers in the reporting centre',
    });
    expect(await core.dispatch('auth.status', {}, core.token)).toMatchObject({
      value: { idleLockMinutes: 5 },
    });
    core.advance(minutes(4));
    expect(await core.dispatch('people.list', {}, core.token)).toMatchObject({ ok: true });
    core.advance(minutes(6));
    expect(await core.dispatch('people.list', {}, core.token)).toEqual({
      ok: false,
      error: {
        code: 'UNAUTHENTICATED',
        message: 'Signed out after 5 minutes without use. Please sign in again.',
      },
    });
  });
});
