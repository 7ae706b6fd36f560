import { z } from 'zod';
import { accountRoles, everyone, managers, read, write } from './procedure';
import { id, listOf, listPage, isoDate, optionalText, requiredText, oneOf } from './fields';

const roleItems = [
  { code: 'MANAGER', label: 'Manager' },
  { code: 'CASE_ADMINISTRATOR', label: 'Case administrator' },
  { code: 'SUPERVISOR', label: 'Supervisor (read only)' },
  { code: 'AUDITOR', label: 'Auditor (read only)' },
] as const;
export { roleItems as accountRoleItems };

const username = requiredText('Username', 40)
  .transform((v) => v.toLowerCase())
  .refine(
    (v) => /^[a-z0-9._-]+$/.test(v),
    'Username may hold only letters, digits, dots, dashes and underscores',
  );
export const newPassword = z
  .string({ error: 'Password is required' })
  .min(10, 'Password must be at least 10 characters')
  .max(200, 'Password must be at most 200 characters');

const account = z.object({
  id: z.number(),
  username: z.string(),
  name: z.string(),
  role: z.enum(accountRoles),
});

const accountRow = account.extend({ active: z.boolean(), lastSignIn: z.string().nullable() });
const signedIn = z.object({ token: z.string(), account });

export const firstManagerInput = z.object({
  name: requiredText('Name', 120),
  username,
  password: newPassword,
});

export const auth = {
  status: read(
    'Who is signed in on this connection (null if nobody), and whether any account exists yet.',
    z.object({}),
    z.object({
      hasAccounts: z.boolean(),
      account: account.nullable(),
      idleLockMinutes: z.number(),
    }),
    { roles: 'public' },
  ),
  setUpFirstManager: write(
    'Create the first manager account on a new installation, and sign in.',
    firstManagerInput,
    signedIn,
    {
      roles: 'public',
    },
  ),
  signIn: write(
    'Sign in with a username and password.',
    z.object({
      username: requiredText('Username', 40),
      password: z.string({ error: 'Password is required' }).min(1, 'Password is required'),
    }),
    signedIn,
    { roles: 'public' },
  ),
  signOut: write('Sign out of this connection.', z.object({}), z.object({}), { roles: everyone }),
};

export const accounts = {
  list: read('Every account, active first.', z.object({}), z.array(accountRow), {
    roles: managers,
  }),
  save: write(
    'Add an account (with its first password), or change one’s name, role or whether it is active.',
    z.object({
      id: id('Account').optional(),
      username,
      name: requiredText('Name', 120),
      role: oneOf('Role', roleItems),
      active: z.boolean({ error: 'Active must be yes or no' }).default(true),
      password: newPassword.optional(),
    }),
    accountRow,
    { roles: managers },
  ),
  setPassword: write(
    'Set a new password: a manager for anyone, anyone for themselves with their current password.',
    z.object({
      accountId: id('Account'),
      currentPassword: optionalText('Current password', 200),
      newPassword,
    }),
    z.object({}),
    { roles: everyone },
  ),
};

const auditRow = z.object({
  id: z.number(),
  at: z.string(),
  accountId: z.number().nullable(),
  accountName: z.string().nullable(),
  procedure: z.string(),
  kind: z.enum(['READ', 'WRITE']),
  recordType: z.string().nullable(),
  recordId: z.number().nullable(),
  detail: z.string().nullable(),
});

const auditFilters = {
  from: isoDate('From').optional(),
  to: isoDate('To').optional(),
  accountId: id('Account').optional(),
  procedure: optionalText('Action', 80).transform((v) => v ?? undefined),
  recordType: optionalText('Record type', 40).transform((v) => v ?? undefined),
  recordId: id('Record').optional(),
};

const auditors = ['MANAGER', 'AUDITOR'] as const;

export const audit = {
  search: read(
    'Audit entries, newest first, filtered, a page at a time.',
    z.object({ ...listPage, ...auditFilters }),
    listOf(auditRow),
    {
      roles: auditors,
    },
  ),
  verify: read(
    'Checks the chain of hashes: where (if anywhere) the audit log was changed outside Amends.',
    z.object({}),
    z.object({ entries: z.number(), intact: z.boolean(), firstBrokenId: z.number().nullable() }),
    { roles: auditors },
  ),
  export: read(
    'The filtered audit entries as CSV.',
    z.object(auditFilters),
    z.object({ csv: z.string(), entries: z.number() }),
    {
      roles: auditors,
      auditRead: true,
    },
  ),
  applyRetention: write(
    'Remove audit entries older than the retention period (two years by default).',
    z.object({}),
    z.object({ removed: z.number(), deleteBefore: z.string() }),
    { roles: managers },
  ),
};

export type Account = z.output<typeof account>;
