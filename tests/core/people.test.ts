import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/contract';
import { personInput, smallOffice, testCore, type TestCore } from '../support/core';
import { countRows, executeBehind, orderInput, rowsOf } from './helpers';

let core: TestCore;
let office: Awaited<ReturnType<typeof smallOffice>>;

beforeEach(async () => {
  core = await testCore();
  office = await smallOffice(core);
});

afterEach(() => core.close());

const person = (overrides: Record<string, unknown> = {}) =>
  personInput(office.caseManager.id, overrides);

describe('people.create', () => {
  it('registers a person and stores the row', async () => {
    const created = await core.ok(
      'people.create',
      person({ caseReference: '  nv200001 ', postcode: 'nv1 2ab', email: '', phone: ' ' }),
    );
    expect(created).toEqual({
      id: 1,
      familyName: 'Walker',
      givenNames: 'Jordan',
      dateOfBirth: '1995-03-14',
      caseReference: 'NV200001',
      gender: 'MALE',
      ethnicity: 'WHITE_BRITISH',
      disability: 'NO',
      disabilityDetails: null,
      religion: 'NONE',
      firstLanguage: 'English',
      interpreterNeeded: false,
      phone: null,
      email: null,
      address: null,
      postcode: 'NV1 2AB',
      caseManagerId: office.caseManager.id,
      caseManagerName: 'Sarah Hughes',
    });
    expect(
      rowsOf(
        core,
        'SELECT case_reference, family_name, search_text, interpreter_needed, email, created_at FROM people',
      ),
    ).toEqual([
      {
        case_reference: 'NV200001',
        family_name: 'Walker',
        search_text: 'walker jordan nv200001',
        interpreter_needed: 0,
        email: null,
        created_at: '2026-11-26T10:00:00.000Z',
      },
    ]);
    expect(await core.ok('people.get', { id: created.id })).toEqual({ ...created, orders: [] });
  });

  it('refuses a case reference already used, naming the other person, and writes nothing', async () => {
    await core.ok('people.create', person());
    const envelope = await core.call(
      'people.create',
      person({ familyName: 'Khan', givenNames: 'Imran', caseReference: 'nv200001 ' }),
    );
    const message = 'Case reference NV200001 is already used by Walker, Jordan';
    expect(envelope).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message, fields: { caseReference: message } },
    });
    expect(countRows(core, 'people')).toBe(1);
  });

  it.each([
    ['tomorrow', '2026-11-27', 'Date of birth must be in the past'],
    ['today', '2026-11-26', 'Date of birth must be in the past'],
    ['before 1900', '1899-12-31', 'Date of birth must be after 01/01/1900'],
  ])('refuses a date of birth %s', async (_when, dateOfBirth, message) => {
    const envelope = await core.call('people.create', person({ dateOfBirth }));
    expect(envelope).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message, fields: { dateOfBirth: message } },
    });
    expect(countRows(core, 'people')).toBe(0);
  });

  it('refuses a case manager who is not a case manager', async () => {
    const supervisor = await core.ok('staff.save', { name: 'Gary Moore', role: 'SUPERVISOR' });
    const message = 'Case manager must be one of the office’s case managers in post';
    for (const caseManagerId of [supervisor.id, 999]) {
      expect(await core.call('people.create', person({ caseManagerId }))).toEqual({
        ok: false,
        error: { code: 'VALIDATION', message, fields: { caseManagerId: message } },
      });
    }
    expect(countRows(core, 'people')).toBe(0);
  });

  it('refuses a case manager no longer in post for a new person, but keeps one already assigned', async () => {
    const kept = await core.ok('people.create', person());
    await core.ok('staff.save', {
      id: office.caseManager.id,
      name: 'Sarah Hughes',
      role: 'CASE_MANAGER',
      active: false,
    });
    const refused = await core.call('people.create', person({ caseReference: 'NV200002' }));
    expect(refused).toMatchObject({
      ok: false,
      error: {
        fields: { caseManagerId: 'Case manager must be one of the office’s case managers in post' },
      },
    });
    const updated = await core.ok('people.update', {
      ...person({ phone: '07700 900123' }),
      id: kept.id,
    });
    expect(updated).toMatchObject({ caseManagerId: office.caseManager.id, phone: '07700 900123' });
    expect(countRows(core, 'people')).toBe(1);
  });

  it('refuses a case reference with other characters', async () => {
    const envelope = await core.call('people.create', person({ caseReference: 'NV 2000' }));
    expect(envelope.ok).toBe(false);
    if (envelope.ok) return;
    expect(envelope.error.fields).toEqual({
      caseReference: 'Case reference may hold only letters, digits, / and -',
    });
  });
});

describe('people.update', () => {
  it('changes the details and what the person is found by', async () => {
    const created = await core.ok('people.create', person());
    const updated = await core.ok('people.update', {
      ...person({ familyName: 'Walker-Smith', caseReference: 'nv200009' }),
      id: created.id,
      caseManagerId: office.otherCaseManager.id,
    });
    expect(updated).toMatchObject({
      id: created.id,
      familyName: 'Walker-Smith',
      caseReference: 'NV200009',
      caseManagerName: 'David Price',
    });
    expect(rowsOf(core, 'SELECT search_text FROM people')).toEqual([
      { search_text: 'walker-smith jordan nv200009' },
    ]);
    const found = await core.ok('people.list', { search: 'smith' });
    expect(found.rows.map((r) => r.name)).toEqual(['Walker-Smith, Jordan']);
  });

  it('keeps the person’s own case reference and refuses another’s', async () => {
    const jordan = await core.ok('people.create', person());
    await core.ok('people.create', person({ familyName: 'Khan', caseReference: 'NV200002' }));
    expect((await core.call('people.update', { ...person(), id: jordan.id })).ok).toBe(true);
    const envelope = await core.call('people.update', {
      ...person({ caseReference: 'NV200002' }),
      id: jordan.id,
    });
    expect(envelope).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        fields: { caseReference: 'Case reference NV200002 is already used by Khan, Jordan' },
      },
    });
    expect(rowsOf(core, 'SELECT case_reference FROM people ORDER BY id')).toEqual([
      { case_reference: 'NV200001' },
      { case_reference: 'NV200002' },
    ]);
  });

  it('recomputes the age at sentence when the date of birth is corrected', async () => {
    const p = await core.ok('people.create', person({ dateOfBirth: '1995-03-14' }));
    const order = await core.ok(
      'orders.create',
      orderInput(p.id, office.magistrates.id, { sentenceDate: '2026-01-15', hours: 200 }),
    );
    expect(order.ageAtSentence).toBe(30);
    await core.ok('people.update', { ...person({ dateOfBirth: '2000-06-01' }), id: p.id });
    expect((await core.ok('orders.get', { id: order.id })).ageAtSentence).toBe(25);
  });

  it('refuses a date of birth that would make an order break the youth limit, and changes nothing', async () => {
    const p = await core.ok('people.create', person({ dateOfBirth: '1995-03-14' }));
    await core.ok(
      'orders.create',
      orderInput(p.id, office.magistrates.id, { sentenceDate: '2026-01-15', hours: 300 }),
    );
    const envelope = await core.call('people.update', {
      ...person({ dateOfBirth: '2009-06-01' }),
      id: p.id,
    });
    const message =
      'This date of birth does not fit the order of 15/01/2026: Hours must be from 40 to 240 for a person aged 16 at sentence';
    expect(envelope).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message, fields: { dateOfBirth: message } },
    });
    expect(rowsOf(core, 'SELECT date_of_birth FROM people')).toEqual([
      { date_of_birth: '1995-03-14' },
    ]);
    expect(rowsOf(core, 'SELECT age_at_sentence FROM orders')).toEqual([{ age_at_sentence: 30 }]);
  });

  it('gives NOT_FOUND for a person who does not exist', async () => {
    expect(await core.call('people.update', { ...person(), id: 42 })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'The person was not found. It may have been removed.' },
    });
    expect(countRows(core, 'people')).toBe(0);
  });
});

describe('people.list', () => {
  const listed = async (query: InputOf<'people.list'>) => {
    const page = await core.ok('people.list', query);
    return { names: page.rows.map((r) => r.name), total: page.total };
  };

  beforeEach(async () => {
    // family name, given names, date of birth, case reference, gender
    const rows = [
      ['Walker', 'Jordan', '1995-03-14', 'NV200001', 'MALE'],
      ['Walker', 'Emma', '1990-07-01', 'NV200002', 'FEMALE'],
      ['Khan', 'Jordan', '1988-01-20', 'NV300003', 'MALE'],
      ['Ab_cd', 'Lee', '1980-05-05', 'NV400004', 'MALE'],
      ['Abxcd', 'Sam', '1981-05-05', 'NV400005', 'OTHER'],
      ['Fif%ty', 'Alex', '1982-05-05', 'NV400006', 'MALE'],
    ];
    for (const [familyName, givenNames, dateOfBirth, caseReference, gender] of rows) {
      await core.ok(
        'people.create',
        person({ familyName, givenNames, dateOfBirth, caseReference, gender }),
      );
    }
  });

  it.each([
    ['walker', ['Walker, Emma', 'Walker, Jordan']],
    ['WALKER', ['Walker, Emma', 'Walker, Jordan']],
    ['jordan', ['Khan, Jordan', 'Walker, Jordan']],
    ['walker jordan', ['Walker, Jordan']],
    ['  jordan   KHAN ', ['Khan, Jordan']],
    ['300', ['Khan, Jordan']],
    ['nv20000', ['Walker, Emma', 'Walker, Jordan']],
    ['14/03/1995', ['Walker, Jordan']],
    ['1/7/1990', ['Walker, Emma']],
    ['1988-01-20', ['Khan, Jordan']],
    ['31/02/1995', []],
    ['ab_cd', ['Ab_cd, Lee']],
    ['%', ['Fif%ty, Alex']],
    ['fif%ty', ['Fif%ty, Alex']],
    ['f%y', []],
    ['walker smith', []],
  ])('search %j', async (search, names) => {
    expect(await listed({ search })).toEqual({ names, total: names.length });
  });

  it('sorts by name both ways', async () => {
    const ascending = [
      'Ab_cd, Lee',
      'Abxcd, Sam',
      'Fif%ty, Alex',
      'Khan, Jordan',
      'Walker, Emma',
      'Walker, Jordan',
    ];
    expect((await listed({ sortField: 'name', sortDirection: 'asc' })).names).toEqual(ascending);
    expect((await listed({ sortField: 'name', sortDirection: 'desc' })).names).toEqual(
      [...ascending].reverse(),
    );
  });

  it('sorts by date of birth and case reference', async () => {
    expect((await listed({ sortField: 'dateOfBirth' })).names[0]).toBe('Ab_cd, Lee');
    expect((await listed({ sortField: 'caseReference', sortDirection: 'desc' })).names[0]).toBe(
      'Fif%ty, Alex',
    );
  });

  it('pages', async () => {
    expect(await listed({ pageSize: 4, page: 0 })).toEqual({
      names: ['Ab_cd, Lee', 'Abxcd, Sam', 'Fif%ty, Alex', 'Khan, Jordan'],
      total: 6,
    });
    expect(await listed({ pageSize: 4, page: 1 })).toEqual({
      names: ['Walker, Emma', 'Walker, Jordan'],
      total: 6,
    });
    expect(await listed({ pageSize: 4, page: 2 })).toEqual({ names: [], total: 6 });
    expect(await listed({ pageSize: 1, page: 1, search: 'walker' })).toEqual({
      names: ['Walker, Jordan'],
      total: 2,
    });
  });

  it('refuses a page size over 100', async () => {
    expect(await core.call('people.list', { pageSize: 101 })).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        fields: { pageSize: 'Page size must be a whole number from 1 to 100' },
      },
    });
  });

  it('filters by gender', async () => {
    expect(await listed({ gender: 'FEMALE' })).toEqual({ names: ['Walker, Emma'], total: 1 });
    expect(await listed({ gender: 'MALE', search: 'jordan' })).toEqual({
      names: ['Khan, Jordan', 'Walker, Jordan'],
      total: 2,
    });
  });

  it('shows only people with a live order, with their live orders and hours outstanding', async () => {
    const live = await core.ok(
      'orders.create',
      orderInput(1, office.magistrates.id, { hours: 100 }),
    );
    await core.ok(
      'orders.create',
      orderInput(1, office.crown.id, { hours: 60, sentenceDate: '2026-03-01' }),
    );
    await core.ok('orders.create', orderInput(3, office.crown.id, { hours: 80 }));
    await core.ok('orders.creditAdjustment', {
      orderId: live.id,
      date: '2026-02-01',
      minutes: 90,
      reason: 'Brought forward',
    });
    await core.ok('orders.create', orderInput(3, office.crown.id, { hours: 40 }));
    // Khan's two orders have ended.
    executeBehind(
      core,
      "UPDATE orders SET status = 'REVOKED', ended_on = '2026-06-01' WHERE person_id = 3",
    );

    const page = await core.ok('people.list', { liveOnly: true });
    expect(page.total).toBe(1);
    expect(page.rows).toEqual([
      {
        id: 1,
        name: 'Walker, Jordan',
        caseReference: 'NV200001',
        dateOfBirth: '1995-03-14',
        gender: 'MALE',
        caseManagerName: 'Sarah Hughes',
        liveOrders: 2,
        outstandingMinutes: 100 * 60 - 90 + 60 * 60,
      },
    ]);
    const walker = await core.ok('people.get', { id: 1 });
    // Newest sentence first.
    expect(
      walker.orders.map((o) => [
        o.sentenceDate,
        o.courtName,
        o.hoursOrderedMinutes,
        o.creditedMinutes,
      ]),
    ).toEqual([
      ['2026-03-01', 'Northvale Crown Court', 3600, 0],
      ['2026-01-15', "Northvale Magistrates' Court", 6000, 90],
    ]);
    const everyone = await core.ok('people.list', {
      sortField: 'liveOrders',
      sortDirection: 'desc',
    });
    expect(everyone.total).toBe(6);
    expect(everyone.rows[0]?.name).toBe('Walker, Jordan');
  });
});
