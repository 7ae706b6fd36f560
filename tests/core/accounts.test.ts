import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testCore, testPassword, type TestCore } from '../support/core';
import { countRows, rowsOf } from './helpers';

const wrongDetails = {
  ok: false,
  error: { code: 'UNAUTHENTICATED', message: 'Wrong username or password.' },
};
const signInFirst = {
  ok: false,
  error: { code: 'UNAUTHENTICATED', message: 'Please sign in first.' },
};
const newPassword = 'a new long passphrase';

function passwordHashOf(core: TestCore, username: string): string {
  return rowsOf<{ password_hash: string }>(
    core,
    'SELECT password_hash FROM accounts WHERE username = ?',
    username,
  )[0]!.password_hash;
}

describe('sessions and accounts', () => {
  let core: TestCore;
  let managerId: number;
  beforeEach(async () => {
    core = await testCore();
    managerId = rowsOf<{ id: number }>(
      core,
      "SELECT id FROM accounts WHERE username = 'manager'",
    )[0]!.id;
  });
  afterEach(() => core.close());

  const idOf = (username: string) =>
    rowsOf<{ id: number }>(core, 'SELECT id FROM accounts WHERE username = ?', username)[0]!.id;

  it('ends the token on signing out', async () => {
    const token = await core.signInAs('AUDITOR');
    expect(await core.call('auth.signOut', {}, token)).toEqual({ ok: true, value: {} });
    expect(await core.call('audit.verify', {}, token)).toEqual(signInFirst);
    expect(await core.call('people.list', {})).toMatchObject({ ok: true });
  });

  it('ends the sessions of an account whose role changes or which is deactivated', async () => {
    const admin = await core.signInAs('CASE_ADMINISTRATOR', 'cara');
    const save = { id: idOf('cara'), username: 'cara', name: 'Cara Admin' };
    await core.ok('accounts.save', { ...save, role: 'SUPERVISOR' });
    expect(await core.call('people.list', {}, admin)).toEqual(signInFirst);
    const again = await core.call('auth.signIn', { username: 'cara', password: testPassword });
    const supervisor = again.ok ? again.value.token : '';
    expect(again).toMatchObject({ ok: true, value: { account: { role: 'SUPERVISOR' } } });
    expect(await core.call('people.create', {} as never, supervisor)).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    await core.ok('accounts.save', { ...save, role: 'SUPERVISOR', active: false });
    expect(await core.call('people.list', {}, supervisor)).toEqual(signInFirst);
    expect(await core.call('auth.signIn', { username: 'cara', password: testPassword })).toEqual(
      wrongDetails,
    );
  });

  it('refuses to demote or deactivate the last active manager', async () => {
    const only = {
      code: 'RULE',
      message: 'This is the only active manager: make another manager first.',
    };
    const me = { id: managerId, username: 'manager', name: 'Test Manager' };
    expect(await core.call('accounts.save', { ...me, role: 'CASE_ADMINISTRATOR' })).toEqual({
      ok: false,
      error: only,
    });
    expect(await core.call('accounts.save', { ...me, role: 'MANAGER', active: false })).toEqual({
      ok: false,
      error: only,
    });
    expect(rowsOf(core, 'SELECT role, active FROM accounts')).toEqual([
      { role: 'MANAGER', active: 1 },
    ]);
    await core.signInAs('MANAGER', 'second');
    expect(await core.call('accounts.save', { ...me, role: 'AUDITOR' })).toMatchObject({
      ok: true,
      value: { role: 'AUDITOR' },
    });
  });

  it('lets anyone change their own password with the current one', async () => {
    const token = await core.signInAs('SUPERVISOR', 'sam');
    const own = { accountId: idOf('sam'), newPassword };
    expect(
      await core.call('accounts.setPassword', { ...own, currentPassword: 'not it at all' }, token),
    ).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'Current password is not right',
        fields: { currentPassword: 'Current password is not right' },
      },
    });
    expect(await core.call('accounts.setPassword', own, token)).toMatchObject({
      error: { fields: { currentPassword: 'Current password is not right' } },
    });
    expect(
      await core.call('accounts.setPassword', { ...own, currentPassword: testPassword }, token),
    ).toEqual({ ok: true, value: {} });
    expect(await core.call('auth.signIn', { username: 'sam', password: testPassword })).toEqual(
      wrongDetails,
    );
    expect(
      await core.call('auth.signIn', { username: 'sam', password: newPassword }),
    ).toMatchObject({ ok: true });
  });

  it('lets a manager set anyone’s password, and nobody else', async () => {
    const admin = await core.signInAs('CASE_ADMINISTRATOR', 'cara');
    await core.signInAs('AUDITOR', 'aud');
    const before = passwordHashOf(core, 'aud');
    expect(
      await core.call('accounts.setPassword', { accountId: idOf('aud'), newPassword }, admin),
    ).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'Only a manager can set another person’s password.' },
    });
    expect(passwordHashOf(core, 'aud')).toBe(before);
    expect(
      await core.call('accounts.setPassword', { accountId: idOf('aud'), newPassword }),
    ).toEqual({ ok: true, value: {} });
    expect(
      await core.call('auth.signIn', { username: 'aud', password: newPassword }),
    ).toMatchObject({ ok: true });
  });

  it('refuses a username already taken, in any case, with CONFLICT', async () => {
    const taken = 'Username manager is already taken';
    expect(
      await core.call('accounts.save', {
        username: 'MANAGER',
        name: 'Another',
        role: 'AUDITOR',
        password: newPassword,
      }),
    ).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: taken, fields: { username: taken } },
    });
    expect(countRows(core, 'accounts')).toBe(1);
  });

  it('refuses passwords under 10 characters, and a new account without one', async () => {
    const short = 'Password must be at least 10 characters';
    const account = { username: 'newbie', name: 'New Person', role: 'AUDITOR' } as const;
    expect(await core.call('accounts.save', { ...account, password: 'short' })).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: short, fields: { password: short } },
    });
    expect(
      await core.call('accounts.setPassword', { accountId: managerId, newPassword: '123456789' }),
    ).toMatchObject({ error: { code: 'VALIDATION', fields: { newPassword: short } } });
    expect(await core.call('accounts.save', account)).toMatchObject({
      error: { code: 'VALIDATION', fields: { password: 'Password is required for a new account' } },
    });
    expect(countRows(core, 'accounts')).toBe(1);
  });
});
