import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entryHash } from '../../electron/core/audit/chain';
import { personInput, smallOffice, testCore, testPassword, type TestCore } from '../support/core';
import { assessment } from './fixtures-placements';
import { countRows, orderInput, rowsOf } from './helpers';

interface Entry {
  id: number;
  at: string;
  account_id: number | null;
  account_name: string | null;
  procedure: string;
  kind: 'READ' | 'WRITE';
  record_type: string | null;
  record_id: number | null;
  detail: string | null;
  previous_hash: string;
  hash: string;
}

const now = '2026-11-26T10:00:00.000Z';
let core: TestCore;
let office: Awaited<ReturnType<typeof smallOffice>>;
let managerId: number;

beforeEach(async () => {
  core = await testCore();
  office = await smallOffice(core);
  managerId = rowsOf<{ id: number }>(core, "SELECT id FROM accounts WHERE username = 'manager'")[0]!
    .id;
});

afterEach(() => core.close());

const lastId = () =>
  rowsOf<{ id: number | null }>(core, 'SELECT MAX(id) AS id FROM audit_log')[0]!.id ?? 0;
const entriesAfter = (id: number) =>
  rowsOf<Entry>(core, 'SELECT * FROM audit_log WHERE id > ? ORDER BY id', id);

async function personWithOrder() {
  const person = await core.ok('people.create', personInput(office.caseManager.id));
  const order = await core.ok('orders.create', orderInput(person.id, office.magistrates.id));
  return { person, order };
}

describe('writes', () => {
  it('writes exactly one entry: who, when, which procedure, which record and what was asked', async () => {
    const before = lastId();
    const person = await core.ok('people.create', personInput(office.caseManager.id));
    const entries = entriesAfter(before);
    expect(entries).toHaveLength(1);
    const entry = entries[0]!;
    expect(entry).toMatchObject({
      at: now,
      account_id: managerId,
      account_name: 'Test Manager',
      procedure: 'people.create',
      kind: 'WRITE',
      record_type: 'people',
      record_id: person.id,
    });
    expect(JSON.parse(entry.detail!)).toMatchObject({
      familyName: 'Walker',
      givenNames: 'Jordan',
      caseReference: 'NV200001',
      caseManagerId: office.caseManager.id,
    });
    // Chained to the entry before it, and hashed over its own fields.
    const previous = rowsOf<Entry>(core, 'SELECT hash FROM audit_log WHERE id = ?', before)[0]!;
    expect(entry.previous_hash).toBe(previous.hash);
    expect(entry.hash).toBe(
      entryHash(
        {
          at: entry.at,
          accountId: entry.account_id,
          accountName: entry.account_name,
          procedure: entry.procedure,
          kind: entry.kind,
          recordType: entry.record_type,
          recordId: entry.record_id,
          detail: entry.detail,
        },
        entry.previous_hash,
      ),
    );
  });

  it('names the record changed by an update, and what it was changed to', async () => {
    const { person, order } = await personWithOrder();
    const before = lastId();
    await core.ok('people.update', {
      ...personInput(office.caseManager.id),
      id: person.id,
      familyName: 'Walker-Smith',
    });
    await core.ok('orders.creditAdjustment', {
      orderId: order.id,
      date: '2026-02-01',
      minutes: 600,
      reason: 'Transferred in',
    });
    const entries = entriesAfter(before);
    expect(entries.map((e) => [e.procedure, e.record_type, e.record_id])).toEqual([
      ['people.update', 'people', person.id],
      ['orders.creditAdjustment', 'orders', order.id],
    ]);
    expect(JSON.parse(entries[0]!.detail!)).toMatchObject({ familyName: 'Walker-Smith' });
    expect(JSON.parse(entries[1]!.detail!)).toMatchObject({ minutes: 600 });
  });

  it('removes passwords from what it keeps', async () => {
    const before = lastId();
    const account = await core.ok('accounts.save', {
      username: 'cara',
      name: 'Cara Admin',
      role: 'CASE_ADMINISTRATOR',
      password: 'cara’s secret words',
    });
    await core.ok('accounts.setPassword', {
      accountId: managerId,
      currentPassword: testPassword,
      newPassword: 'another secret phrase',
    });
    // As the sign-in page calls: with no session ('' here, as testCore's default is its manager).
    const signedIn = await core.call(
      'auth.signIn',
      { username: 'cara', password: 'cara’s secret words' },
      '',
    );
    expect(signedIn.ok).toBe(true);
    const entries = entriesAfter(before);
    expect(entries.map((e) => [e.procedure, e.account_id, e.record_type, e.record_id])).toEqual([
      ['accounts.save', managerId, 'accounts', account.id],
      ['accounts.setPassword', managerId, 'accounts', managerId],
      ['auth.signIn', account.id, 'auth', null],
    ]);
    expect(JSON.parse(entries[0]!.detail!)).toMatchObject({
      username: 'cara',
      password: '(removed)',
    });
    expect(JSON.parse(entries[1]!.detail!)).toEqual({
      accountId: managerId,
      currentPassword: '(removed)',
      newPassword: '(removed)',
    });
    expect(JSON.parse(entries[2]!.detail!)).toEqual({ username: 'cara', password: '(removed)' });
    const everything = JSON.stringify(rowsOf(core, 'SELECT * FROM audit_log'));
    for (const secret of [testPassword, 'cara’s secret words', 'another secret phrase'])
      expect(everything).not.toContain(secret);
  });

  // The account that signed in, not the session the connection happened to hold before.
  it('names the account that signed in, even when the call carries another session', async () => {
    await core.signInAs('AUDITOR', 'aud');
    const audId = rowsOf<{ id: number }>(core, "SELECT id FROM accounts WHERE username = 'aud'")[0]!
      .id;
    const before = lastId();
    const signedIn = await core.call(
      'auth.signIn',
      { username: 'aud', password: testPassword },
      core.token,
    );
    expect(signedIn).toMatchObject({ ok: true, value: { account: { id: audId } } });
    expect(entriesAfter(before)).toEqual([
      expect.objectContaining({
        procedure: 'auth.signIn',
        account_id: audId,
        account_name: 'Test AUDITOR',
      }),
    ]);
  });

  it('records the first manager’s set-up as that manager', () => {
    const first = rowsOf<Entry>(core, 'SELECT * FROM audit_log ORDER BY id LIMIT 1')[0]!;
    expect(first).toMatchObject({
      procedure: 'auth.setUpFirstManager',
      kind: 'WRITE',
      account_id: managerId,
      account_name: 'Test Manager',
    });
    expect(JSON.parse(first.detail!)).toMatchObject({ password: '(removed)' });
    expect(first.previous_hash).toBe('0'.repeat(64));
  });

  it('writes nothing for a refused write', async () => {
    const { person, order } = await personWithOrder();
    const before = countRows(core, 'audit_log');
    const refusals = [
      await core.call(
        'orders.create',
        orderInput(person.id, office.magistrates.id, { hours: 350 }),
      ),
      await core.call('accounts.save', {
        id: managerId,
        username: 'manager',
        name: 'Test Manager',
        role: 'AUDITOR',
      }),
      await core.call('orders.extend', {
        orderId: order.id + 100,
        grantedOn: '2026-11-20',
        newEndDate: '2027-04-15',
        reason: 'Illness',
      }),
      await core.call('office.setUp', { name: 'Again' }),
    ];
    expect(refusals.map((e) => (e.ok ? 'OK' : e.error.code))).toEqual([
      'VALIDATION',
      'RULE',
      'NOT_FOUND',
      'CONFLICT',
    ]);
    expect(countRows(core, 'audit_log')).toBe(before);
  });
});

describe('reads', () => {
  it('records opening a person, an order or its risk history, as the one who opened it', async () => {
    const { person, order } = await personWithOrder();
    await core.ok('risk.record', assessment(order.id));
    const supervisor = await core.signInAs('SUPERVISOR', 'sam');
    const samId = rowsOf<{ id: number }>(core, "SELECT id FROM accounts WHERE username = 'sam'")[0]!
      .id;
    const before = lastId();
    for (const [name, input] of [
      ['people.get', { id: person.id }],
      ['orders.get', { id: order.id }],
      ['risk.history', { orderId: order.id }],
    ] as const) {
      expect(await core.call(name, input, supervisor)).toMatchObject({ ok: true });
    }
    expect(entriesAfter(before)).toEqual([
      expect.objectContaining({
        procedure: 'people.get',
        record_type: 'people',
        record_id: person.id,
      }),
      expect.objectContaining({
        procedure: 'orders.get',
        record_type: 'orders',
        record_id: order.id,
      }),
      expect.objectContaining({
        procedure: 'risk.history',
        record_type: 'orders',
        record_id: order.id,
      }),
    ]);
    for (const entry of entriesAfter(before)) {
      expect(entry).toMatchObject({
        kind: 'READ',
        at: now,
        account_id: samId,
        account_name: 'Test SUPERVISOR',
        detail: null,
      });
    }
  });

  it('records no list, and no opening of a record that is not there', async () => {
    await personWithOrder();
    const before = countRows(core, 'audit_log');
    expect(await core.call('people.list', {})).toMatchObject({ ok: true });
    expect(await core.call('people.list', { search: 'Walker' })).toMatchObject({ ok: true });
    expect(await core.call('orders.list', {})).toMatchObject({ ok: true });
    expect(await core.call('courts.list', {})).toMatchObject({ ok: true });
    expect(await core.call('people.get', { id: 999 })).toMatchObject({
      error: { code: 'NOT_FOUND' },
    });
    expect(countRows(core, 'audit_log')).toBe(before);
  });
});

describe('the chain', () => {
  it('verifies an untouched log, counting every entry', async () => {
    const { person } = await personWithOrder();
    await core.ok('people.get', { id: person.id });
    expect(await core.call('audit.verify', {})).toEqual({
      ok: true,
      value: { entries: countRows(core, 'audit_log'), intact: true, firstBrokenId: null },
    });
  });
});
