import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/contract';
import { personInput, smallOffice, testCore, type TestCore } from '../support/core';
import { executeBehind, orderInput } from './helpers';

/**
 * Seven orders on 26/11/2026, built so that every figure can be worked out by hand:
 *
 *   order  person  court  sentence    hours  end date     credited  status
 *   A      Walker  mags   2025-11-26  100    2026-11-26   0         LIVE (ends today)
 *   B      Khan    crown  2026-01-21   60    2027-01-21   120       LIVE (ends in 56 days)
 *   C      Walker  crown  2026-01-22   80    2027-01-22   0         LIVE (ends in 57 days)
 *   D      Khan    mags   2025-11-25   40    2026-11-25   2400      LIVE (ended yesterday)
 *   E      Walker  mags   2025-12-10  200    2026-12-10   0         COMPLETED
 *   F      Khan    crown  2025-12-15   50    2027-03-01   30        LIVE (extended from 2026-12-15)
 *   G      Young   mags   2026-11-02   60    2027-11-02   0         LIVE (youth rehabilitation order)
 */
type Letter = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G';
type RequirementType = InputOf<'orders.create'>['requirementType'];

let core: TestCore;
let byId: Map<number, Letter>;

async function build() {
  const office = await smallOffice(core);
  const cm = office.caseManager.id;
  const walker = (await core.ok('people.create', personInput(cm))).id;
  const khan = (
    await core.ok(
      'people.create',
      personInput(cm, {
        familyName: 'Khan',
        givenNames: 'Aisha',
        dateOfBirth: '1990-01-01',
        caseReference: 'NV300002',
        gender: 'FEMALE',
      }),
    )
  ).id;
  const young = (
    await core.ok(
      'people.create',
      personInput(cm, {
        familyName: 'Young',
        givenNames: 'Tyler',
        dateOfBirth: '2009-06-01',
        caseReference: 'NV400003',
      }),
    )
  ).id;
  const mags = office.magistrates.id;
  const crown = office.crown.id;
  const specs: [Letter, number, number, string, number, RequirementType][] = [
    ['A', walker, mags, '2025-11-26', 100, 'COMMUNITY_ORDER'],
    ['B', khan, crown, '2026-01-21', 60, 'SUSPENDED_SENTENCE_ORDER'],
    ['C', walker, crown, '2026-01-22', 80, 'COMMUNITY_ORDER'],
    ['D', khan, mags, '2025-11-25', 40, 'SUSPENDED_SENTENCE_ORDER'],
    ['E', walker, mags, '2025-12-10', 200, 'COMMUNITY_ORDER'],
    ['F', khan, crown, '2025-12-15', 50, 'COMMUNITY_ORDER'],
    ['G', young, mags, '2026-11-02', 60, 'YOUTH_REHABILITATION_ORDER'],
  ];
  const ids = new Map<Letter, number>();
  for (const [letter, personId, courtId, sentenceDate, hours, requirementType] of specs) {
    const order = await core.ok(
      'orders.create',
      orderInput(personId, courtId, { sentenceDate, hours, requirementType }),
    );
    ids.set(letter, order.id);
  }
  const idOf = (letter: Letter) => {
    const id = ids.get(letter);
    if (id === undefined) throw new Error(`No order ${letter}`);
    return id;
  };
  const credit = (letter: Letter, minutes: number, date: string) =>
    core.ok('orders.creditAdjustment', {
      orderId: idOf(letter),
      date,
      minutes,
      reason: 'Brought forward',
    });
  await credit('B', 120, '2026-02-01');
  await credit('D', 2400, '2026-01-01');
  await credit('F', 30, '2026-01-10');
  await core.ok('orders.extend', {
    orderId: idOf('F'),
    grantedOn: '2026-11-20',
    newEndDate: '2027-03-01',
    reason: 'Illness',
  });
  executeBehind(
    core,
    `UPDATE orders SET status = 'COMPLETED', ended_on = '2026-11-01' WHERE id = ${idOf('E')}`,
  );
  const supervisor = await core.ok('staff.save', { name: 'Gary Moore', role: 'SUPERVISOR' });
  for (const letter of ['A', 'F'] as const) {
    await core.ok('induction.record', {
      orderId: idOf(letter),
      inductedOn: '2026-11-25',
      inductedBy: supervisor.id,
      availability: ['SAT_MORNING'],
      wheelchairUser: false,
      transport: 'PUBLIC',
      reading: 'NO_DIFFICULTY',
      writing: 'NO_DIFFICULTY',
      numeracy: 'NO_DIFFICULTY',
      skills: [],
      employabilityNeed: false,
      preference: 'NONE',
      clothingSize: 'L',
      footwearSize: '9',
      healthAndSafetyBriefed: true,
    });
  }
  return new Map([...ids].map(([letter, id]) => [id, letter]));
}

beforeEach(async () => {
  core = await testCore();
  byId = await build();
});

afterEach(() => core.close());

async function listed(query: InputOf<'orders.list'>) {
  const page = await core.ok('orders.list', query);
  return { orders: page.rows.map((r) => byId.get(r.id)).join(''), total: page.total };
}

describe('office.dashboard', () => {
  it('gives the figures worked out by hand', async () => {
    expect(await core.ok('office.dashboard', {})).toEqual({
      // A, B, C, D, F, G
      liveOrders: 6,
      // A 6000 + B 3480 + C 4800 + D 0 + F 2970 + G 3600
      hoursOutstandingMinutes: 20850,
      // A (today) and B (day 56); C is day 57, D ended yesterday, F was extended, E has ended
      endingWithin8Weeks: 2,
      // A and F have had their induction; E has ended
      waitingForInduction: 4,
    });
  });

  it('agrees with the list the home page links to', async () => {
    expect(await listed({ status: 'LIVE', endingWithinWeeks: 8 })).toEqual({
      orders: 'AB',
      total: 2,
    });
  });

  it('is all zeros for an empty office', async () => {
    const empty = await testCore();
    try {
      expect(await empty.ok('office.dashboard', {})).toEqual({
        liveOrders: 0,
        hoursOutstandingMinutes: 0,
        endingWithin8Weeks: 0,
        waitingForInduction: 0,
      });
    } finally {
      empty.close();
    }
  });
});

describe('orders.list', () => {
  it.each<[string, InputOf<'orders.list'>, string]>([
    ['everything, by end date', {}, 'DAEBCFG'],
    ['live orders', { status: 'LIVE' }, 'DABCFG'],
    ['completed orders', { status: 'COMPLETED' }, 'E'],
    ['revoked orders', { status: 'REVOKED' }, ''],
    ['the Crown Court', { courtId: 2 }, 'BCF'],
    ['suspended sentence orders', { requirementType: 'SUSPENDED_SENTENCE_ORDER' }, 'DB'],
    ['youth rehabilitation orders', { requirementType: 'YOUTH_REHABILITATION_ORDER' }, 'G'],
    ['ending within a week', { endingWithinWeeks: 1 }, 'A'],
    ['ending within 8 weeks', { endingWithinWeeks: 8 }, 'AEB'],
    ['ending within 15 weeks', { endingWithinWeeks: 15 }, 'AEBCF'],
    [
      'live Crown Court community orders',
      { status: 'LIVE', courtId: 2, requirementType: 'COMMUNITY_ORDER' },
      'CF',
    ],
    ['a search by family name', { search: 'khan' }, 'DBF'],
    ['a search by date of birth', { search: '01/01/1990' }, 'DBF'],
    ['a search by case reference', { search: 'nv4' }, 'G'],
    ['a search and a filter', { search: 'walker', courtId: 1 }, 'AE'],
  ])('%s', async (_name, query, expected) => {
    expect(await listed(query)).toEqual({ orders: expected, total: expected.length });
  });

  it.each<[InputOf<'orders.list'>, string]>([
    [{ sortField: 'outstandingMinutes', sortDirection: 'desc' }, 'EACGBFD'],
    [{ sortField: 'outstandingMinutes', sortDirection: 'asc' }, 'DFBGCAE'],
    [{ sortField: 'sentenceDate' }, 'DAEFBCG'],
    [{ sortField: 'hoursOrderedMinutes', sortDirection: 'desc' }, 'EACBGFD'],
    [{ sortField: 'personName' }, 'BDFACEG'],
    [{ sortField: 'courtName', sortDirection: 'desc' }, 'ADEGBCF'],
    [{ sortField: 'caseReference', sortDirection: 'desc' }, 'GBDFACE'],
  ])('sorts %j', async (query, expected) => {
    expect((await listed(query)).orders).toBe(expected);
  });

  it('pages through a sorted list', async () => {
    const query = { sortField: 'outstandingMinutes', sortDirection: 'desc', pageSize: 3 } as const;
    expect(await listed({ ...query, page: 0 })).toEqual({ orders: 'EAC', total: 7 });
    expect(await listed({ ...query, page: 1 })).toEqual({ orders: 'GBF', total: 7 });
    expect(await listed({ ...query, page: 2 })).toEqual({ orders: 'D', total: 7 });
    expect(await listed({ ...query, page: 3 })).toEqual({ orders: '', total: 7 });
  });

  it('shows each row’s figures', async () => {
    const page = await core.ok('orders.list', { search: 'khan', sortField: 'sentenceDate' });
    expect(
      page.rows.map((r) => [r.endDate, r.daysLeft, r.creditedMinutes, r.outstandingMinutes]),
    ).toEqual([
      ['2026-11-25', -1, 2400, 0],
      ['2027-03-01', 95, 30, 2970],
      ['2027-01-21', 56, 120, 3480],
    ]);
  });

  it('shows no days left on an ended order', async () => {
    const page = await core.ok('orders.list', { status: 'COMPLETED' });
    expect(page.rows[0]).toMatchObject({ status: 'COMPLETED', endDate: '2026-12-10', daysLeft: 0 });
  });

  it('refuses a window over a year', async () => {
    expect(await core.call('orders.list', { endingWithinWeeks: 53 })).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        fields: { endingWithinWeeks: 'Ending within (weeks) must be a whole number from 1 to 52' },
      },
    });
  });
});
