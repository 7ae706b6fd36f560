import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Clock, type Core } from '../../electron/core';
import type { InputOf, OutputOf, ProcedureName } from '../../shared/contract';
import type { AccountRole } from '../../shared/contract/procedure';
import type { Envelope } from '../../shared/errors';

export const migrationsDir = path.resolve(import.meta.dirname, '../../migrations');

export const testPassword = 'correct horse battery staple';

export function fixedClock(iso: string): Clock {
  return { now: () => new Date(iso) };
}

export function tempDir(prefix = 'amends-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface TestCore extends Core {
  dataDir: string;
  /** The session of the manager every test core signs in as. */
  token: string;
  /** Signs in a new account of this role and returns its token. */
  signInAs(role: AccountRole, username?: string): Promise<string>;
  /** Calls a procedure with typed input and returns the envelope as any transport would (JSON round-trip). */
  call<N extends ProcedureName>(
    name: N,
    input: InputOf<N>,
    token?: string,
  ): Promise<Envelope<OutputOf<N>>>;
  /** Calls and returns the value, failing the test with the error body when refused. */
  ok<N extends ProcedureName>(name: N, input: InputOf<N>): Promise<OutputOf<N>>;
}

/** A real core on a fresh temporary database, with today fixed at 26/11/2026 unless told otherwise. */
export async function testCore(
  options: { today?: string; dataDir?: string } = {},
): Promise<TestCore> {
  const dataDir = options.dataDir ?? tempDir();
  const core = await createCore({
    dataDir,
    migrationsDir,
    clock: fixedClock(`${options.today ?? '2026-11-26'}T10:00:00Z`),
    validateOutputs: true,
    passwordCost: 2 ** 10,
    log: () => {},
  });
  // On a reopened data folder the manager exists already and setting up is refused: sign in.
  await core.dispatch('auth.setUpFirstManager', {
    name: 'Test Manager',
    username: 'manager',
    password: testPassword,
  });
  const first = await core.dispatch('auth.signIn', { username: 'manager', password: testPassword });
  if (!first.ok) throw new Error(`Could not sign in the test manager: ${first.error.message}`);
  const token = (first.value as { token: string }).token;
  const dispatch = core.dispatch.bind(core);
  const call = async (name: string, input: unknown, as = token) =>
    JSON.parse(JSON.stringify(await dispatch(name, JSON.parse(JSON.stringify(input ?? {})), as)));
  return Object.assign(core, {
    dataDir,
    token,
    // Calls without a token are the manager's, so tests read as the office would use Amends.
    dispatch: (name: string, input: unknown, as: string | undefined = token) =>
      dispatch(name, input, as),
    async signInAs(role: AccountRole, username = role.toLowerCase()) {
      await call('accounts.save', { username, name: `Test ${role}`, role, password: testPassword });
      const signedIn = await call('auth.signIn', { username, password: testPassword });
      if (!signedIn.ok) throw new Error(`Could not sign in as ${role}`);
      return signedIn.value.token as string;
    },
    call,
    async ok(name: string, input: unknown) {
      const envelope = await call(name, input);
      if (!envelope.ok) throw new Error(`${name} refused: ${JSON.stringify(envelope.error)}`);
      return envelope.value;
    },
  }) as TestCore;
}

/** A small office: name, one magistrates' court, one Crown Court and two case managers. */
export async function smallOffice(core: TestCore) {
  await core.ok('office.setUp', { name: 'Test Unpaid Work' });
  const magistrates = await core.ok('courts.save', {
    name: "Northvale Magistrates' Court",
    kind: 'MAGISTRATES',
  });
  const crown = await core.ok('courts.save', { name: 'Northvale Crown Court', kind: 'CROWN' });
  const caseManager = await core.ok('staff.save', { name: 'Sarah Hughes', role: 'CASE_MANAGER' });
  const otherCaseManager = await core.ok('staff.save', {
    name: 'David Price',
    role: 'CASE_MANAGER',
  });
  return { magistrates, crown, caseManager, otherCaseManager };
}

export function personInput(caseManagerId: number, overrides: Record<string, unknown> = {}) {
  return {
    familyName: 'Walker',
    givenNames: 'Jordan',
    dateOfBirth: '1995-03-14',
    caseReference: 'NV200001',
    gender: 'MALE',
    ethnicity: 'WHITE_BRITISH',
    disability: 'NO',
    religion: 'NONE',
    firstLanguage: 'English',
    interpreterNeeded: false,
    caseManagerId,
    ...overrides,
  } as InputOf<'people.create'>;
}
