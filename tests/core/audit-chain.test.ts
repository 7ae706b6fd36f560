import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entryHash } from '../../electron/core/audit/chain';
import { smallOffice, testCore, testPassword, type TestCore } from '../support/core';
import { countRows, executeBehind, rowsOf } from './helpers';
import { clockedCore, type ClockedCore } from './security-support';

describe('an append-only, chained log', () => {
  let core: TestCore;

  beforeEach(async () => {
    core = await testCore();
    await smallOffice(core);
    // Entries: 1 set-up, 2 sign-in, 3 office, 4–5 courts, 6–7 staff.
    expect(countRows(core, 'audit_log')).toBe(7);
  });

  afterEach(() => core.close());

  const verify = () => core.call('audit.verify', {});

  it('refuses to change or delete an entry behind the core’s back', async () => {
    expect(() => executeBehind(core, "UPDATE audit_log SET detail = '{}' WHERE id = 3")).toThrow(
      /append-only/,
    );
    expect(() => executeBehind(core, 'DELETE FROM audit_log WHERE id = 3')).toThrow(/append-only/);
    expect(() => executeBehind(core, 'DELETE FROM audit_log')).toThrow(/append-only/);
    expect(countRows(core, 'audit_log')).toBe(7);
    expect(await verify()).toEqual({
      ok: true,
      value: { entries: 7, intact: true, firstBrokenId: null },
    });
  });

  it('detects an entry changed by a program that dropped the trigger', async () => {
    executeBehind(
      core,
      `DROP TRIGGER audit_log_no_update;
       UPDATE audit_log SET detail = '{"name":"Nothing to see"}' WHERE id = 3`,
    );
    expect(await verify()).toEqual({
      ok: true,
      value: { entries: 7, intact: false, firstBrokenId: 3 },
    });
  });

  it('detects a change whose hash was made again: the next link breaks', async () => {
    const row = rowsOf<{ at: string; previous_hash: string; account_id: number }>(
      core,
      'SELECT at, previous_hash, account_id FROM audit_log WHERE id = 3',
    )[0]!;
    const forged = {
      at: row.at,
      accountId: row.account_id,
      accountName: 'Someone Else',
      procedure: 'office.setUp',
      kind: 'WRITE' as const,
      recordType: 'office',
      recordId: null,
      detail: '{"name":"Forged"}',
    };
    const hash = entryHash(forged, row.previous_hash);
    executeBehind(
      core,
      `DROP TRIGGER audit_log_no_update;
       UPDATE audit_log SET account_name = 'Someone Else', detail = '{"name":"Forged"}',
         hash = '${hash}' WHERE id = 3`,
    );
    expect(await verify()).toEqual({
      ok: true,
      value: { entries: 7, intact: false, firstBrokenId: 4 },
    });
  });

  it('detects a deleted entry in the middle', async () => {
    executeBehind(core, 'DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = 3');
    expect(await verify()).toEqual({
      ok: true,
      value: { entries: 6, intact: false, firstBrokenId: 4 },
    });
  });

  it('detects the last entries put in another order', async () => {
    executeBehind(
      core,
      `DROP TRIGGER audit_log_no_update;
       UPDATE audit_log SET id = 100 WHERE id = 6;
       UPDATE audit_log SET id = 6 WHERE id = 7;
       UPDATE audit_log SET id = 7 WHERE id = 100`,
    );
    expect(await verify()).toMatchObject({ value: { intact: false, firstBrokenId: 6 } });
  });
});

describe('retention', () => {
  let core: ClockedCore;

  /** Jumps the clock, which outlasts the session: sign in again and write something. */
  async function at(iso: string, courtName?: string) {
    core.setNow(iso);
    const signedIn = await core.dispatch('auth.signIn', {
      username: 'manager',
      password: testPassword,
    });
    core.token = signedIn.ok ? (signedIn.value as { token: string }).token : '';
    if (courtName) await core.ok('courts.save', { name: courtName, kind: 'CROWN' }, core.token);
  }

  beforeEach(async () => {
    // Set up on 01/06/2024: more than two years before 26/11/2026.
    core = await clockedCore('2024-06-01T09:00:00.000Z');
    await core.ok('courts.save', { name: 'Old Crown Court', kind: 'CROWN' });
    await at('2024-12-01T09:00:00.000Z', 'Newer Crown Court');
    await at('2026-11-26T10:00:00.000Z');
  });

  afterEach(() => core.close());

  it('removes entries older than two years and keeps newer ones', async () => {
    expect(countRows(core, 'audit_log')).toBe(5);
    expect(await core.dispatch('audit.applyRetention', {}, core.token)).toEqual({
      ok: true,
      value: { removed: 2, deleteBefore: '2024-11-26T00:00:00.000Z' },
    });
    expect(
      rowsOf<{ at: string; procedure: string }>(
        core,
        'SELECT at, procedure FROM audit_log ORDER BY id',
      ),
    ).toEqual([
      { at: '2024-12-01T09:00:00.000Z', procedure: 'auth.signIn' },
      { at: '2024-12-01T09:00:00.000Z', procedure: 'courts.save' },
      { at: '2026-11-26T10:00:00.000Z', procedure: 'auth.signIn' },
      { at: '2026-11-26T10:00:00.000Z', procedure: 'audit.applyRetention' },
    ]);
    // What was recorded stays recorded: only the log is trimmed.
    expect(countRows(core, 'courts')).toBe(2);
    // The chain still verifies from the oldest entry kept.
    expect(await core.dispatch('audit.verify', {}, core.token)).toEqual({
      ok: true,
      value: { entries: 4, intact: true, firstBrokenId: null },
    });
  });

  it('still refuses to delete a recent entry, or to move the cut-off back, afterwards', async () => {
    await core.ok('audit.applyRetention', {});
    const kept = rowsOf<{ id: number }>(core, 'SELECT MIN(id) AS id FROM audit_log')[0]!.id;
    expect(() => executeBehind(core, `DELETE FROM audit_log WHERE id = ${kept}`)).toThrow(
      /append-only/,
    );
    expect(() =>
      executeBehind(core, "UPDATE audit_retention SET delete_before = '0000-01-01'"),
    ).toThrow(/only move forward/);
    expect(countRows(core, 'audit_log')).toBe(4);
  });

  it('keeps the log as long as the policy in force says', async () => {
    const current = await core.ok<{ values: Record<string, number> }>('policy.current', {});
    await core.ok('policy.change', {
      effectiveFrom: '2026-11-26',
      values: { ...current.values, auditRetentionYears: 1 },
      reason: 'Area decision',
    });
    expect(await core.dispatch('audit.applyRetention', {}, core.token)).toEqual({
      ok: true,
      value: { removed: 4, deleteBefore: '2025-11-26T00:00:00.000Z' },
    });
    expect(
      rowsOf<{ at: string }>(core, 'SELECT at FROM audit_log').every((e) => e.at >= '2025-11-26'),
    ).toBe(true);
  });

  it('removes nothing when nothing is that old, and says so', async () => {
    await core.ok('audit.applyRetention', {});
    expect(await core.dispatch('audit.applyRetention', {}, core.token)).toMatchObject({
      ok: true,
      value: { removed: 0 },
    });
  });
});
