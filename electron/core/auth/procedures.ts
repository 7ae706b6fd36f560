import { AppError, fieldError, notFound } from '../../../shared/errors';
import type { Context, Handlers } from '../context';
import { policyOn } from '../policy/store';
import { hashPassword, lockSecondsAfter, verifyPassword } from './passwords';
import type { SignedIn } from './sessions';
import {
  accountById,
  accountByUsername,
  accountCount,
  activeManagerIds,
  insertAccount,
  listAccounts,
  publicAccount,
  updateAccount,
} from './store';

function signedIn(account: {
  id: number;
  name: string;
  username: string;
  role: SignedIn['role'];
}): SignedIn {
  return { id: account.id, name: account.name, username: account.username, role: account.role };
}

const wrongDetails = 'Wrong username or password.';

export const authProcedures: Handlers<'auth'> = {
  status: (_input, ctx) => ({
    hasAccounts: accountCount(ctx.db) > 0,
    account: ctx.account,
    idleLockMinutes: policyOn(ctx.db, ctx.today).values.idleLockMinutes,
  }),
  setUpFirstManager: ({ name, username, password }, ctx) => {
    if (accountCount(ctx.db) > 0)
      throw new AppError('CONFLICT', 'Amends already has accounts: sign in instead.');
    const passwordHash = hashPassword(password, ctx.passwordCost);
    const id = insertAccount(ctx.db, {
      username,
      name,
      role: 'MANAGER',
      passwordHash,
      active: true,
      createdAt: ctx.now,
    });
    const account = signedIn({ id, name, username, role: 'MANAGER' });
    return { token: ctx.sessions.start(account), account };
  },
  signIn: ({ username, password }, ctx) => {
    const account = accountByUsername(ctx.db, username.trim().toLowerCase());
    // The same words whether the username exists or not, so nobody can fish for usernames.
    if (!account || !account.active) throw new AppError('UNAUTHENTICATED', wrongDetails);
    if (account.lockedUntil && account.lockedUntil > ctx.now) {
      const seconds = Math.ceil((Date.parse(account.lockedUntil) - Date.parse(ctx.now)) / 1000);
      throw new AppError(
        'UNAUTHENTICATED',
        `Too many failed attempts: try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`,
      );
    }
    if (!verifyPassword(password, account.passwordHash)) {
      const failedAttempts = account.failedAttempts + 1;
      const lock = lockSecondsAfter(failedAttempts);
      updateAccount(ctx.db, account.id, {
        failedAttempts,
        lockedUntil: lock ? new Date(Date.parse(ctx.now) + lock * 1000).toISOString() : null,
      });
      throw new AppError('UNAUTHENTICATED', wrongDetails, undefined, { keepWrites: true });
    }
    updateAccount(ctx.db, account.id, {
      failedAttempts: 0,
      lockedUntil: null,
      lastSignIn: ctx.now,
    });
    const who = signedIn(account);
    return { token: ctx.sessions.start(who), account: who };
  },
  signOut: (_input, ctx) => {
    ctx.sessions.end(ctx.token);
    return {};
  },
};

function refuseLosingLastManager(ctx: Context, id: number, role: string, active: boolean) {
  const managers = activeManagerIds(ctx.db);
  if (managers.length === 1 && managers[0] === id && (role !== 'MANAGER' || !active)) {
    throw new AppError('RULE', 'This is the only active manager: make another manager first.');
  }
}

export const accountProcedures: Handlers<'accounts'> = {
  list: (_input, ctx) => listAccounts(ctx.db),
  save: ({ id, password, ...values }, ctx) => {
    const sameName = accountByUsername(ctx.db, values.username);
    if (sameName && sameName.id !== id) {
      const message = `Username ${values.username} is already taken`;
      throw new AppError('CONFLICT', message, { username: message });
    }
    if (id === undefined) {
      if (!password) throw fieldError('password', 'Password is required for a new account');
      const passwordHash = hashPassword(password, ctx.passwordCost);
      return publicAccount(
        ctx.db,
        insertAccount(ctx.db, { ...values, passwordHash, createdAt: ctx.now }),
      )!;
    }
    if (!accountById(ctx.db, id)) throw notFound('The account');
    refuseLosingLastManager(ctx, id, values.role, values.active);
    updateAccount(
      ctx.db,
      id,
      password ? { ...values, passwordHash: hashPassword(password, ctx.passwordCost) } : values,
    );
    // A change of role or a deactivation takes effect at once: the account must sign in again.
    ctx.sessions.endFor(id);
    return publicAccount(ctx.db, id)!;
  },
  setPassword: ({ accountId, currentPassword, newPassword }, ctx) => {
    const target = accountById(ctx.db, accountId);
    if (!target) throw notFound('The account');
    const own = ctx.account?.id === accountId;
    if (!own && ctx.account?.role !== 'MANAGER') {
      throw new AppError('FORBIDDEN', 'Only a manager can set another person’s password.');
    }
    if (own && !(currentPassword && verifyPassword(currentPassword, target.passwordHash))) {
      throw fieldError('currentPassword', 'Current password is not right');
    }
    updateAccount(ctx.db, accountId, {
      passwordHash: hashPassword(newPassword, ctx.passwordCost),
      failedAttempts: 0,
      lockedUntil: null,
    });
    return {};
  },
};
