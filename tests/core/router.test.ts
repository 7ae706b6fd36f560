import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  fixedClock,
  migrationsDir,
  personInput,
  smallOffice,
  tempDir,
  testCore,
  testPassword,
} from '../support/core';
import type { TestCore } from '../support/core';
import { createCore, type ChangeEvent } from '../../electron/core';
import { countRows, executeBehind, orderInput, rowsOf } from './helpers';

const internalMessage =
  'Something went wrong and nothing was saved. Please try again; if it happens again, tell your system administrator.';

let core: TestCore;
let office: Awaited<ReturnType<typeof smallOffice>>;

beforeEach(async () => {
  core = await testCore();
  office = await smallOffice(core);
});

afterEach(() => core.close());

async function personWithOrder() {
  const person = await core.ok('people.create', personInput(office.caseManager.id));
  const order = await core.ok('orders.create', orderInput(person.id, office.magistrates.id));
  return { person, order };
}

describe('procedure names', () => {
  it.each([
    'orders.delete',
    'nothing.here',
    'office',
    'office.get.extra',
    '',
    'office.toString',
    'constructor.name',
    '__proto__.get',
  ])('%j is NOT_FOUND', async (name) => {
    const envelope = await core.dispatch(name, {});
    expect(envelope).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: `There is no procedure called "${name}".` },
    });
  });
});

describe('validation', () => {
  it('names the hours in words', async () => {
    const { person } = await personWithOrder();
    const envelope = await core.call(
      'orders.create',
      orderInput(person.id, office.magistrates.id, { hours: 350 }),
    );
    expect(envelope).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'Hours must be a whole number from 40 to 300',
        fields: { hours: 'Hours must be a whole number from 40 to 300' },
      },
    });
    expect(countRows(core, 'orders')).toBe(1);
  });

  it('names a missing family name and a malformed date together', async () => {
    const input: Record<string, unknown> = {
      ...personInput(office.caseManager.id),
      dateOfBirth: '2026-13-40',
    };
    delete input.familyName;
    const envelope = await core.dispatch('people.create', input);
    expect(envelope).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message:
          'Please check 2 fields: Family name is required; Date of birth must be a real date, written as dd/mm/yyyy',
        fields: {
          familyName: 'Family name is required',
          dateOfBirth: 'Date of birth must be a real date, written as dd/mm/yyyy',
        },
      },
    });
    expect(countRows(core, 'people')).toBe(0);
  });

  it('refuses hours that are not whole and text where a number belongs', async () => {
    const envelope = await core.dispatch('orders.create', {
      ...orderInput(1, office.magistrates.id),
      hours: 40.5,
      courtId: 'one',
    });
    expect(envelope.ok).toBe(false);
    if (envelope.ok) return;
    expect(envelope.error.fields).toEqual({
      hours: 'Hours must be a whole number',
      courtId: 'Choose the court',
    });
  });

  it('gives VALIDATION, not a crash, for a credit beyond the hours outstanding', async () => {
    const { order } = await personWithOrder();
    const envelope = await core.call('orders.creditAdjustment', {
      orderId: order.id,
      date: '2026-02-01',
      minutes: 7201,
      reason: 'Transferred in',
    });
    expect(envelope).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'Credit cannot be more than the 120 h outstanding',
        fields: { minutes: 'Credit cannot be more than the 120 h outstanding' },
      },
    });
  });
});

describe('rules and missing records', () => {
  it('refuses with RULE to extend an order that has ended', async () => {
    const { order } = await personWithOrder();
    executeBehind(
      core,
      `UPDATE orders SET status = 'REVOKED', ended_on = '2026-06-01' WHERE id = ${order.id}`,
    );
    const envelope = await core.call('orders.extend', {
      orderId: order.id,
      grantedOn: '2026-11-20',
      newEndDate: '2027-04-15',
      reason: 'Illness',
    });
    expect(envelope).toEqual({
      ok: false,
      error: { code: 'RULE', message: 'This order has ended; it cannot be changed.' },
    });
    expect(countRows(core, 'order_extensions')).toBe(0);
    expect(rowsOf(core, 'SELECT end_date FROM orders')).toEqual([{ end_date: '2027-01-15' }]);
  });

  it('gives NOT_FOUND for an order that does not exist', async () => {
    expect(await core.call('orders.get', { id: 999 })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'The order was not found. It may have been removed.' },
    });
  });
});

describe('unexpected failures', () => {
  it('answers INTERNAL in a plain sentence and writes nothing', async () => {
    const person = await core.ok('people.create', personInput(office.caseManager.id));
    executeBehind(
      core,
      "CREATE TRIGGER boom BEFORE INSERT ON orders BEGIN SELECT RAISE(ABORT, 'boom'); END;",
    );
    const envelope = await core.call('orders.create', orderInput(person.id, office.magistrates.id));
    expect(envelope).toEqual({ ok: false, error: { code: 'INTERNAL', message: internalMessage } });
    expect(countRows(core, 'orders')).toBe(0);
  });

  it('rolls back the ledger line when keeping the running total fails', async () => {
    const { order } = await personWithOrder();
    executeBehind(
      core,
      "CREATE TRIGGER boom BEFORE UPDATE OF credited_minutes ON orders BEGIN SELECT RAISE(ABORT, 'boom'); END;",
    );
    const envelope = await core.call('orders.creditAdjustment', {
      orderId: order.id,
      date: '2026-02-01',
      minutes: 600,
      reason: 'Transferred in',
    });
    expect(envelope).toEqual({ ok: false, error: { code: 'INTERNAL', message: internalMessage } });
    expect(countRows(core, 'ledger_adjustments')).toBe(0);
    expect(rowsOf(core, 'SELECT credited_minutes FROM orders')).toEqual([{ credited_minutes: 0 }]);
  });

  it('leaves credited minutes as they were when the ledger insert fails', async () => {
    const { order } = await personWithOrder();
    executeBehind(
      core,
      "CREATE TRIGGER boom AFTER INSERT ON ledger_adjustments BEGIN SELECT RAISE(ABORT, 'boom'); END;",
    );
    const envelope = await core.call('orders.creditAdjustment', {
      orderId: order.id,
      date: '2026-02-01',
      minutes: 600,
      reason: 'Transferred in',
    });
    expect(envelope).toEqual({ ok: false, error: { code: 'INTERNAL', message: internalMessage } });
    expect(countRows(core, 'ledger_adjustments')).toBe(0);
    expect(rowsOf(core, 'SELECT credited_minutes FROM orders')).toEqual([{ credited_minutes: 0 }]);
  });

  it('rolls back an extension when moving the end date fails', async () => {
    const { order } = await personWithOrder();
    executeBehind(
      core,
      "CREATE TRIGGER boom BEFORE UPDATE OF end_date ON orders BEGIN SELECT RAISE(ABORT, 'boom'); END;",
    );
    const envelope = await core.call('orders.extend', {
      orderId: order.id,
      grantedOn: '2026-11-20',
      newEndDate: '2027-04-15',
      reason: 'Illness',
    });
    expect(envelope).toEqual({ ok: false, error: { code: 'INTERNAL', message: internalMessage } });
    expect(countRows(core, 'order_extensions')).toBe(0);
    expect(rowsOf(core, 'SELECT end_date FROM orders')).toEqual([{ end_date: '2027-01-15' }]);
  });

  it('logs the real cause for the administrator', async () => {
    const log = vi.fn();
    const own = await createCore({
      dataDir: tempDir(),
      migrationsDir,
      clock: fixedClock('2026-11-26T10:00:00Z'),
      log,
    });
    try {
      executeBehind(
        own,
        "CREATE TRIGGER boom BEFORE INSERT ON office BEGIN SELECT RAISE(ABORT, 'boom'); END;",
      );
      const manager = await own.dispatch('auth.setUpFirstManager', {
        name: 'Test Manager',
        username: 'manager',
        password: testPassword,
      });
      const token = manager.ok ? (manager.value as { token: string }).token : undefined;
      const envelope = await own.dispatch('office.setUp', { name: 'Test' }, token);
      expect(envelope).toEqual({
        ok: false,
        error: { code: 'INTERNAL', message: internalMessage },
      });
      expect(log).toHaveBeenCalledTimes(1);
      expect(log.mock.calls[0]?.[0]).toBe('Procedure office.setUp failed');
      expect(String(log.mock.calls[0]?.[1])).toContain('boom');
    } finally {
      own.close();
    }
  });
});

describe('envelopes', () => {
  it.each([
    ['null', null],
    ['a string', 'people'],
    ['an array', [1, 2]],
    ['a number', 42],
  ])('never throws for %s as input', async (_name, input) => {
    const envelope = await core.dispatch('people.create', input);
    expect(envelope.ok).toBe(false);
    if (envelope.ok) return;
    expect(envelope.error.code).toBe('VALIDATION');
    expect(Object.keys(envelope.error.fields ?? {}).length).toBeGreaterThan(0);
    expect(typeof envelope.error.message).toBe('string');
  });

  it('reads an empty query from null input', async () => {
    expect(await core.dispatch('courts.list', null)).toMatchObject({ ok: true, value: [{}, {}] });
  });

  it('survives a JSON round trip unchanged', async () => {
    const { order } = await personWithOrder();
    const answers = [
      await core.dispatch('orders.get', { id: order.id }),
      await core.dispatch('orders.get', { id: 999 }),
      await core.dispatch('orders.create', { hours: 'many' }),
      await core.dispatch('no.such', {}),
      await core.dispatch('people.list', {}),
    ];
    for (const envelope of answers) {
      expect(JSON.parse(JSON.stringify(envelope))).toEqual(envelope);
    }
  });

  it('tells listeners about successful writes only', async () => {
    const events: ChangeEvent[] = [];
    const stop = core.onEvent((event) => events.push(event));
    await core.call('courts.list', {});
    await core.call('courts.save', { name: 'Northvale Crown Court', kind: 'CROWN' });
    await core.call('courts.save', { name: 'Eastbrook Crown Court', kind: 'CROWN' });
    stop();
    await core.call('courts.save', { name: 'Westford Crown Court', kind: 'CROWN' });
    expect(events).toEqual([{ type: 'changed', procedure: 'courts.save' }]);
  });
});
