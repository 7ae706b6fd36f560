import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../electron/core';
import { procedureNamed } from '../../shared/contract';
import { testCore, type TestCore } from '../support/core';

/**
 * The backups procedures through a real core: these run once the contract is registered and
 * createCore holds its database in a DatabaseHolder (see the wiring notes); until then they skip.
 */
const wired = procedureNamed('backups.list') !== undefined;

const open: TestCore[] = [];
afterEach(() => {
  for (const core of open.splice(0)) core.close();
});

async function core(): Promise<TestCore> {
  const c = await testCore();
  open.push(c);
  await c.ok('office.setUp', { name: 'Wired Office' });
  return c;
}

/** The dispatch of a name the typed helpers do not know yet. */
async function value<T>(c: TestCore, name: string, input: unknown, token?: string): Promise<T> {
  const envelope = await c.dispatch(name, input, token);
  if (!envelope.ok) throw new Error(`${name} refused: ${envelope.error.message}`);
  return envelope.value as T;
}

const courtNames = async (c: TestCore) =>
  (await c.ok('courts.list', {})).map((court) => court.name).sort();

describe.skipIf(!wired)('backups through the core', () => {
  it('restores, takes writes on the restored database, tells open screens, and undoes', async () => {
    const c = await core();
    await c.ok('courts.save', { name: 'Kept Court', kind: 'CROWN' });
    const made = await value<{ file: string; officeName: string }>(c, 'backups.create', {});
    expect(made.officeName).toBe('Wired Office');
    await c.ok('courts.save', { name: 'Later Court', kind: 'CROWN' });

    const events: ChangeEvent[] = [];
    c.onEvent((e) => events.push(e));
    const restored = await value<{ safetyCopy: string }>(c, 'backups.restore', {
      file: made.file,
    });
    expect(events).toContainEqual({ type: 'changed', procedure: 'backups.restore' });
    // The restored copy's accounts are the ones that count now: sign in again.
    expect((await c.dispatch('courts.list', {})).ok).toBe(false);
    const again = await c.dispatch('auth.signIn', {
      username: 'manager',
      password: 'correct horse battery staple',
    });
    expect(again.ok).toBe(true);
    const token = (again as { value: { token: string } }).value.token;
    const list = await value<{ name: string }[]>(c, 'courts.list', {}, token);
    expect(list.map((court) => court.name)).toEqual(['Kept Court']);
    // A write goes to the restored database (the router's transaction is on the new connection).
    expect(
      (await c.dispatch('courts.save', { name: 'After Restore', kind: 'CROWN' }, token)).ok,
    ).toBe(true);

    const undone = await value<{ restoredFrom: string }>(c, 'backups.undoRestore', {}, token);
    expect(undone.restoredFrom).toBe(restored.safetyCopy);
    const signedIn = await c.dispatch('auth.signIn', {
      username: 'manager',
      password: 'correct horse battery staple',
    });
    const last = (signedIn as { value: { token: string } }).value.token;
    expect(
      (await value<{ name: string }[]>(c, 'courts.list', {}, last)).map((x) => x.name).sort(),
    ).toEqual(['Kept Court', 'Later Court']);
  });

  it('is for managers only, and refuses a path for a file name', async () => {
    const c = await core();
    const administrator = await c.signInAs('CASE_ADMINISTRATOR');
    expect(await c.dispatch('backups.list', {}, administrator)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await c.dispatch('backups.restore', { file: '../amends.db' })).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        fields: { file: 'Choose a backup by its name in the backup folder, not a path' },
      },
    });
    expect(fs.existsSync(path.join(c.dataDir, 'backups'))).toBe(false);
    expect(await courtNames(c)).toEqual([]);
  });
});
