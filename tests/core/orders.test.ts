import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/contract';
import { personInput, smallOffice, testCore, type TestCore } from '../support/core';
import { countRows, executeBehind, orderInput, rowsOf } from './helpers';

let core: TestCore;
let office: Awaited<ReturnType<typeof smallOffice>>;
let adultId: number;

beforeEach(async () => {
  core = await testCore();
  office = await smallOffice(core);
  adultId = (await core.ok('people.create', personInput(office.caseManager.id))).id;
});

afterEach(() => core.close());

const credit = (orderId: number, minutes: number, date = '2026-03-01', reason = 'Transferred in') =>
  core.call('orders.creditAdjustment', { orderId, date, minutes, reason });

describe('orders.create', () => {
  it('registers an order ending twelve months after sentence', async () => {
    const order = await core.ok('orders.create', orderInput(adultId, office.magistrates.id));
    expect(order).toEqual({
      id: 1,
      personId: adultId,
      personName: 'Walker, Jordan',
      caseReference: 'NV200001',
      dateOfBirth: '1995-03-14',
      ageAtSentence: 30,
      courtId: office.magistrates.id,
      courtName: "Northvale Magistrates' Court",
      sentenceDate: '2026-01-15',
      hoursOrderedMinutes: 7200,
      requirementType: 'COMMUNITY_ORDER',
      offenceCategory: 'THEFT',
      offence: 'Theft from a shop',
      status: 'LIVE',
      endedOn: null,
      endDate: '2027-01-15',
      daysLeft: 50,
      creditedMinutes: 0,
      outstandingMinutes: 7200,
      caseManagerName: 'Sarah Hughes',
    });
    expect(
      rowsOf(core, 'SELECT status, end_date, hours_ordered_minutes, credited_minutes FROM orders'),
    ).toEqual([
      { status: 'LIVE', end_date: '2027-01-15', hours_ordered_minutes: 7200, credited_minutes: 0 },
    ]);
  });

  it('ends a leap-day sentence on 28 February', async () => {
    const order = await core.ok(
      'orders.create',
      orderInput(adultId, office.crown.id, { sentenceDate: '2024-02-29', hours: 300 }),
    );
    expect(order).toMatchObject({ endDate: '2025-02-28', ageAtSentence: 28, daysLeft: -636 });
  });

  async function refused(input: InputOf<'orders.create'>, fields: Record<string, string>) {
    const envelope = await core.call('orders.create', input);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields } });
    if (!envelope.ok) expect(envelope.error.fields).toEqual(fields);
    expect(countRows(core, 'orders')).toBe(0);
  }

  it('refuses 350 hours', async () => {
    await refused(orderInput(adultId, office.magistrates.id, { hours: 350 }), {
      hours: 'Hours must be a whole number from 40 to 300',
    });
  });

  it('refuses 250 hours for a 17-year-old, naming the age', async () => {
    const youth = await core.ok(
      'people.create',
      personInput(office.caseManager.id, { dateOfBirth: '2009-06-01', caseReference: 'NV200002' }),
    );
    await refused(
      orderInput(youth.id, office.magistrates.id, { sentenceDate: '2026-11-02', hours: 250 }),
      {
        hours: 'Hours must be from 40 to 240 for a person aged 17 at sentence',
      },
    );
    const allowed = await core.ok(
      'orders.create',
      orderInput(youth.id, office.magistrates.id, {
        sentenceDate: '2026-11-02',
        hours: 240,
        requirementType: 'YOUTH_REHABILITATION_ORDER',
      }),
    );
    expect(allowed).toMatchObject({ ageAtSentence: 17, hoursOrderedMinutes: 14400 });
  });

  it('refuses a sentence date in the future', async () => {
    await refused(orderInput(adultId, office.magistrates.id, { sentenceDate: '2026-11-27' }), {
      sentenceDate: 'Sentence date cannot be in the future',
    });
  });

  it('refuses a court that is no longer in use', async () => {
    await core.ok('courts.save', { ...office.crown, active: false });
    await refused(orderInput(adultId, office.crown.id), {
      courtId: 'Court must be one of the courts in use',
    });
    await refused(orderInput(adultId, 99), { courtId: 'Court must be one of the courts in use' });
  });

  it('gives NOT_FOUND for a person who does not exist', async () => {
    expect(await core.call('orders.create', orderInput(99, office.crown.id))).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'The person was not found. It may have been removed.' },
    });
    expect(countRows(core, 'orders')).toBe(0);
  });
});

describe('extensions and credits', () => {
  let orderId: number;
  beforeEach(async () => {
    orderId = (await core.ok('orders.create', orderInput(adultId, office.magistrates.id))).id;
  });

  it('starts with an empty ledger and no extensions', async () => {
    expect(await core.ok('orders.get', { id: orderId })).toMatchObject({
      extensions: [],
      ledger: [],
      creditedMinutes: 0,
      outstandingMinutes: 7200,
    });
  });

  it('moves the end date on an extension', async () => {
    const input = { orderId, grantedOn: '2026-11-20', newEndDate: '2027-04-15', reason: 'Illness' };
    const detail = await core.ok('orders.extend', input);
    expect(detail).toMatchObject({ endDate: '2027-04-15', daysLeft: 140 });
    expect(detail.extensions).toEqual([
      { id: 1, grantedOn: '2026-11-20', newEndDate: '2027-04-15', reason: 'Illness' },
    ]);
    expect(rowsOf(core, 'SELECT end_date FROM orders')).toEqual([{ end_date: '2027-04-15' }]);
  });

  it.each([
    [
      'an earlier new end date',
      { newEndDate: '2027-03-01' },
      { newEndDate: 'New end date must be after the current end date' },
    ],
    [
      'a grant in the future',
      { grantedOn: '2026-11-27' },
      { grantedOn: 'Date granted cannot be in the future' },
    ],
    [
      'a grant before sentence',
      { grantedOn: '2026-01-14' },
      { grantedOn: 'Date granted cannot be before the sentence date' },
    ],
  ])('refuses %s and writes nothing', async (_name, change, fields) => {
    await core.ok('orders.extend', {
      orderId,
      grantedOn: '2026-11-20',
      newEndDate: '2027-04-15',
      reason: 'Illness',
    });
    const envelope = await core.call('orders.extend', {
      orderId,
      grantedOn: '2026-11-21',
      newEndDate: '2027-06-30',
      reason: 'Second illness',
      ...change,
    });
    expect(envelope).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: Object.values(fields)[0], fields },
    });
    expect(countRows(core, 'order_extensions')).toBe(1);
    expect(rowsOf(core, 'SELECT end_date FROM orders')).toEqual([{ end_date: '2027-04-15' }]);
  });

  it('credits hours with a running balance, in date order', async () => {
    expect((await credit(orderId, 600, '2026-03-01', 'March')).ok).toBe(true);
    const envelope = await credit(orderId, 90, '2026-02-01', 'February');
    expect(envelope.ok).toBe(true);
    if (!envelope.ok) return;
    expect(envelope.value).toMatchObject({ creditedMinutes: 690, outstandingMinutes: 6510 });
    expect(envelope.value.ledger).toEqual([
      {
        date: '2026-02-01',
        kind: 'ADJUSTMENT',
        description: 'February',
        creditedMinutes: 90,
        balanceMinutes: 7110,
      },
      {
        date: '2026-03-01',
        kind: 'ADJUSTMENT',
        description: 'March',
        creditedMinutes: 600,
        balanceMinutes: 6510,
      },
    ]);
    expect(rowsOf(core, 'SELECT credited_minutes FROM orders')).toEqual([
      { credited_minutes: 690 },
    ]);
    expect(
      rowsOf(core, 'SELECT date, minutes, reason FROM ledger_adjustments ORDER BY id'),
    ).toEqual([
      { date: '2026-03-01', minutes: 600, reason: 'March' },
      { date: '2026-02-01', minutes: 90, reason: 'February' },
    ]);
  });

  it('refuses a credit beyond the hours outstanding, and allows exactly them', async () => {
    await credit(orderId, 690);
    const message = 'Credit cannot be more than the 108 h 30 m outstanding';
    expect(await credit(orderId, 6511)).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message, fields: { minutes: message } },
    });
    expect(countRows(core, 'ledger_adjustments')).toBe(1);
    const all = await core.ok('orders.creditAdjustment', {
      orderId,
      date: '2026-11-26',
      minutes: 6510,
      reason: 'Rest',
    });
    expect(all).toMatchObject({ creditedMinutes: 7200, outstandingMinutes: 0 });
    expect(all.ledger.at(-1)?.balanceMinutes).toBe(0);
  });

  it.each([
    ['2026-11-27', 'Date cannot be in the future'],
    ['2026-01-14', 'Date cannot be before the sentence date'],
  ])('refuses a credit dated %s', async (date, message) => {
    expect(await credit(orderId, 60, date)).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message, fields: { date: message } },
    });
    expect(rowsOf(core, 'SELECT credited_minutes FROM orders')).toEqual([{ credited_minutes: 0 }]);
  });

  it('refuses to credit an order that has ended', async () => {
    executeBehind(core, `UPDATE orders SET status = 'COMPLETED', ended_on = '2026-10-01'`);
    expect(await credit(orderId, 60)).toEqual({
      ok: false,
      error: { code: 'RULE', message: 'This order has ended; it cannot be changed.' },
    });
    expect(countRows(core, 'ledger_adjustments')).toBe(0);
  });
});
