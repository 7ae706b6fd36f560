import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../support/core';
import {
  attended,
  placementOffice,
  readyOrder,
  rule,
  validation,
  type Office,
} from './fixtures-placements';
import {
  addSupervisor,
  allocatedPeople,
  NEXT_SATURDAY,
  parkGarden,
  SATURDAY,
  sessionWith,
  setRestrictions,
  withDatabase,
} from './fixtures-rota';
import { rowsOf } from './helpers';
import { snapshot } from './security-support';

/**
 * The rota's procedures: making sessions from the placements' patterns, putting supervisors on
 * sessions and taking them off, and a session's rota. Today is Thursday 26/11/2026.
 */
let core: TestCore;
let office: Office;
let staff: { dan: number; nia: number; tom: number; ann: number; owen: number };
let places: { park: number; canal: number; shop: number; ppws: number };
let people: { park: number[]; canal: number[]; shop: number[] };

beforeEach(async () => {
  core = await testCore();
  office = await placementOffice(core);
  staff = {
    dan: addSupervisor(core, { name: 'Dan Evans' }),
    nia: addSupervisor(core, { name: 'Nia Jones', gender: 'FEMALE' }),
    tom: addSupervisor(core, {
      name: 'Tom Reid',
      away: { kind: 'ANNUAL_LEAVE', from: '2026-11-23', to: '2026-12-04' },
    }),
    ann: addSupervisor(core, {
      name: 'Ann Lee',
      gender: 'FEMALE',
      healthAndSafetyUntil: '2026-10-31',
    }),
    owen: addSupervisor(core, { name: 'Owen Price', slots: ['MON_MORNING', 'TUE_MORNING'] }),
  };
  places = {
    park: (await core.ok('placements.save', parkGarden())).id,
    canal: (await core.ok('placements.save', parkGarden({ name: 'Canal towpath', capacity: 6 })))
      .id,
    shop: (
      await core.ok(
        'placements.save',
        parkGarden({ name: 'Hospice shop', type: 'INDIVIDUAL', capacity: 2, maxRiskLevel: 'LOW' }),
      )
    ).id,
    ppws: (await core.ok('placements.save', parkGarden({ name: 'Depot', type: 'INDUCTION_PPWS' })))
      .id,
  };
  // Inactive, and out of date for health and safety: neither gets sessions.
  await core.ok('placements.save', parkGarden({ name: 'Old library', active: false }));
  const overdue = await core.ok('placements.save', parkGarden({ name: 'Old quarry' }));
  await core.ok('placements.reviewHealthAndSafety', {
    id: overdue.id,
    assessedOn: '2025-11-01',
    reviewDue: '2026-11-27',
  });
  people = {
    park: await allocatedPeople(core, office, places.park, 8),
    canal: await allocatedPeople(core, office, places.canal, 3, 8),
    shop: await allocatedPeople(core, office, places.shop, 1, 11),
  };
});

afterEach(() => core.close());

const supervisorsOf = (sessionId: number) =>
  rowsOf<{ staff_id: number }>(
    core,
    'SELECT staff_id FROM session_supervisors WHERE session_id = ? ORDER BY id',
    sessionId,
  ).map((r) => r.staff_id);

const sessionAt = (placementId: number, date: string) =>
  rowsOf<{ id: number; leader_id: number | null; capacity: number }>(
    core,
    'SELECT id, leader_id, capacity FROM sessions WHERE placement_id = ? AND date = ?',
    placementId,
    date,
  );

const bookedOn = (sessionId: number) =>
  rowsOf<{ order_id: number }>(
    core,
    'SELECT order_id FROM bookings WHERE session_id = ? ORDER BY id',
    sessionId,
  ).map((r) => r.order_id);

describe('rota.generate', () => {
  it('makes the sessions of the patterns with bookings and supervisors, and nothing more the second time', async () => {
    // Park garden on 05/12 is already arranged by hand (Tom leads it once back from leave).
    const byHand = await sessionWith(core, places.park, staff.tom, [], { date: NEXT_SATURDAY });
    const result = await core.ok('rota.generate', { from: '2026-11-27', to: '2026-12-10' });
    // Park 28/11 (8 booked: Dan and Nia); canal 28/11 (3 booked, nobody free: short); canal 05/12
    // (3 booked: Dan again, least used with Nia and first by name; Tom is on Park garden then);
    // the shop on both Saturdays (1 booked, supervised by the beneficiary).
    expect(result).toEqual({
      sessionsMade: 5,
      bookingsMade: 8 + 3 + 3 + 1 + 1,
      supervisorsAssigned: 3,
      sessionsShort: 1,
    });
    const [park] = sessionAt(places.park, SATURDAY);
    expect(park).toEqual({ id: park!.id, leader_id: staff.dan, capacity: 12 });
    expect(supervisorsOf(park!.id)).toEqual([staff.dan, staff.nia]);
    expect(bookedOn(park!.id)).toEqual(people.park);
    const [canal] = sessionAt(places.canal, SATURDAY);
    expect(canal).toMatchObject({ leader_id: null, capacity: 6 });
    expect(bookedOn(canal!.id)).toEqual(people.canal);
    expect(supervisorsOf(canal!.id)).toEqual([]);
    const [canalNext] = sessionAt(places.canal, NEXT_SATURDAY);
    expect(supervisorsOf(canalNext!.id)).toEqual([staff.dan]);
    expect(sessionAt(places.park, NEXT_SATURDAY)).toEqual([
      expect.objectContaining({ id: byHand }),
    ]);
    expect(bookedOn(byHand)).toEqual([]);
    expect(rowsOf(core, 'SELECT DISTINCT placement_id AS id FROM sessions ORDER BY 1')).toEqual(
      [places.park, places.canal, places.shop].map((id) => ({ id })),
    );

    const before = snapshot(core);
    const again = await core.ok('rota.generate', { from: '2026-11-27', to: '2026-12-10' });
    expect(again).toEqual({
      sessionsMade: 0,
      bookingsMade: 0,
      supervisorsAssigned: 0,
      sessionsShort: 0,
    });
    const after = snapshot(core);
    for (const table of ['sessions', 'bookings', 'session_supervisors'])
      expect(after[table], table).toEqual(before[table]);
  });

  it('books nobody twice on a day, nor anyone with no hours left or not free that slot', async () => {
    // The first is at a PPWS that morning; the second is no longer free on Saturdays; the third
    // has worked all their hours.
    const [elsewhere, notFree, done] = people.park;
    await sessionWith(core, places.ppws, staff.owen, [elsewhere!], { startTime: '10:00' });
    withDatabase(core, (db) => {
      db.prepare(`UPDATE inductions SET availability = '["SUN_MORNING"]' WHERE order_id = ?`).run(
        notFree,
      );
      db.prepare('UPDATE orders SET credited_minutes = hours_ordered_minutes WHERE id = ?').run(
        done,
      );
    });
    expect(await core.ok('rota.generate', { from: SATURDAY, to: SATURDAY })).toMatchObject({
      bookingsMade: 5 + 3 + 1,
    });
    const [park] = sessionAt(places.park, SATURDAY);
    expect(bookedOn(park!.id)).toEqual(people.park.slice(3));
    // 5 booked: one supervisor is enough.
    expect(supervisorsOf(park!.id)).toEqual([staff.dan]);
  });

  it.each([
    [
      'from in the past',
      { from: '2026-11-25', to: '2026-12-01' },
      { from: 'From must not be in the past' },
    ],
    [
      'to before from',
      { from: '2026-12-01', to: '2026-11-30' },
      { to: 'To must not be before From' },
    ],
    [
      'more than 8 weeks',
      { from: '2026-11-27', to: '2027-01-22' },
      { to: 'Make sessions for at most 8 weeks at a time' },
    ],
    [
      'not a date',
      { from: '2026-02-30', to: '2026-12-01' },
      { from: 'From must be a real date, written as dd/mm/yyyy' },
    ],
  ])('refuses %s, writing nothing', async (_name, input, fields) => {
    const before = snapshot(core);
    expect(await core.call('rota.generate', input)).toEqual(validation(fields));
    expect(snapshot(core)).toEqual(before);
  });

  it('accepts exactly 8 weeks', async () => {
    expect(
      await core.call('rota.generate', { from: '2026-11-27', to: '2027-01-21' }),
    ).toMatchObject({ ok: true, value: { sessionsMade: 8 + 8 + 8 } });
  });
});

describe('rota.assignSupervisor', () => {
  let park: number;
  let canal: number;
  beforeEach(async () => {
    await core.ok('rota.generate', { from: SATURDAY, to: SATURDAY });
    park = sessionAt(places.park, SATURDAY)[0]!.id;
    canal = sessionAt(places.canal, SATURDAY)[0]!.id;
  });

  it('refuses a supervisor double-booked, naming the other session, and writes nothing', async () => {
    const before = snapshot(core);
    expect(
      await core.call('rota.assignSupervisor', { sessionId: canal, staffId: staff.dan }),
    ).toEqual(rule('Dan Evans is already on Park garden 09:00–16:00 that day.'));
    expect(snapshot(core)).toEqual(before);
    expect(supervisorsOf(canal)).toEqual([]);
  });

  it.each([
    ['on this session already', 'dan', 'park', 'CONFLICT', 'Dan Evans is already on this session.'],
    [
      'away',
      'tom',
      'canal',
      'RULE',
      'Tom Reid cannot be put on this session: Tom Reid is away (annual leave) until 04/12/2026.',
    ],
    [
      'untrained',
      'ann',
      'canal',
      'RULE',
      "Ann Lee cannot be put on this session: Ann Lee's health and safety training is not in date.",
    ],
  ] as const)('refuses a supervisor %s', async (_name, who, where, code, message) => {
    const before = snapshot(core);
    const sessionId = where === 'park' ? park : canal;
    expect(await core.call('rota.assignSupervisor', { sessionId, staffId: staff[who] })).toEqual({
      ok: false,
      error: { code, message },
    });
    expect(snapshot(core)).toEqual(before);
  });

  it('refuses someone who is not a supervisor or UPW manager in post, and a session that is not there', async () => {
    const gone = addSupervisor(core, { name: 'Len Moss', active: false });
    const before = snapshot(core);
    const notOne = { staffId: 'Supervisor must be one of the supervisors or UPW managers in post' };
    expect(
      await core.call('rota.assignSupervisor', {
        sessionId: canal,
        staffId: office.administrator.id,
      }),
    ).toEqual(validation(notOne));
    expect(await core.call('rota.assignSupervisor', { sessionId: canal, staffId: gone })).toEqual(
      validation(notOne),
    );
    expect(
      await core.call('rota.assignSupervisor', { sessionId: 9999, staffId: staff.owen }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(snapshot(core)).toEqual(before);
  });

  it('puts on a supervisor outside their usual pattern, with a warning, and they count', async () => {
    const result = await core.ok('rota.assignSupervisor', {
      sessionId: canal,
      staffId: staff.owen,
    });
    expect(result).toMatchObject({
      warnings: ['Owen Price does not normally work Saturday morning'],
      capacity: 6,
      booked: 3,
      shortBy: 0,
      supervisors: [
        {
          staffId: staff.owen,
          name: 'Owen Price',
          lead: true,
          fit: true,
          reasons: [],
          notes: ['Owen Price does not normally work Saturday morning'],
        },
      ],
    });
    expect(sessionAt(places.canal, SATURDAY)[0]!.leader_id).toBe(staff.owen);
    expect(supervisorsOf(canal)).toEqual([staff.owen]);
  });

  it('refuses a supervisor of the gender someone booked must not be supervised by', async () => {
    setRestrictions(core, people.canal[1]!, ['NOT_WITH_FEMALE_SUPERVISOR']);
    const sue = addSupervisor(core, { name: 'Sue Hall', gender: 'FEMALE' });
    const before = snapshot(core);
    const name = rowsOf<{ name: string }>(
      core,
      "SELECT family_name || ', ' || given_names AS name FROM people p JOIN orders o ON o.person_id = p.id WHERE o.id = ?",
      people.canal[1],
    )[0]!.name;
    expect(await core.call('rota.assignSupervisor', { sessionId: canal, staffId: sue })).toEqual(
      rule(
        `Sue Hall cannot supervise this session: ${name}'s risk of harm assessment says not with a female supervisor.`,
      ),
    );
    expect(snapshot(core)).toEqual(before);
    // Not offered either: the free list leaves her out.
    const rota = await core.ok('rota.forSession', { sessionId: canal });
    expect(rota.free.map((f) => f.staffId)).not.toContain(sue);
    // A supervisor whose gender is not recorded may be put on, with a warning to check.
    const sam = addSupervisor(core, { name: 'Sam Taylor', gender: 'NOT_STATED' });
    expect(
      (await core.ok('rota.assignSupervisor', { sessionId: canal, staffId: sam })).warnings,
    ).toEqual([
      `Sam Taylor's gender is not recorded: check it against ${name}'s restriction (not with a female supervisor)`,
    ]);
  });

  it('makes a new leader on asking, keeping the old one on the session', async () => {
    const sue = addSupervisor(core, { name: 'Sue Hall', gender: 'FEMALE' });
    const rota = await core.ok('rota.assignSupervisor', {
      sessionId: canal,
      staffId: sue,
    });
    expect(rota.supervisors.map((s) => [s.name, s.lead])).toEqual([['Sue Hall', true]]);
    const jo = addSupervisor(core, { name: 'Jo Bell' });
    const led = await core.ok('rota.assignSupervisor', {
      sessionId: canal,
      staffId: jo,
      lead: true,
    });
    expect(led.supervisors.map((s) => [s.name, s.lead])).toEqual([
      ['Jo Bell', true],
      ['Sue Hall', false],
    ]);
    expect(sessionAt(places.canal, SATURDAY)[0]!.leader_id).toBe(jo);
    expect(supervisorsOf(canal).sort()).toEqual([sue, jo].sort());
  });
});

describe('sessions.book and the supervisors already on the session', () => {
  it('refuses a person restricted from the gender of a supervisor on the session', async () => {
    await core.ok('rota.generate', { from: SATURDAY, to: SATURDAY });
    const park = sessionAt(places.park, SATURDAY)[0]!.id;
    const order = await readyOrder(core, office, {
      person: { familyName: 'Young', givenNames: 'Rhys' },
      risk: { restrictions: ['NOT_WITH_MALE_SUPERVISOR'] },
    });
    const before = snapshot(core);
    expect(await core.call('sessions.book', { sessionId: park, orderId: order.id })).toEqual(
      rule(
        'Young, Rhys cannot be booked on this session: their risk of harm assessment says not with a male supervisor, and Dan Evans is supervising it.',
      ),
    );
    expect(snapshot(core)).toEqual(before);
    // Not with a female supervisor: Nia is on it too.
    setRestrictions(core, order.id, ['NOT_WITH_FEMALE_SUPERVISOR']);
    expect(await core.call('sessions.book', { sessionId: park, orderId: order.id })).toEqual(
      rule(
        'Young, Rhys cannot be booked on this session: their risk of harm assessment says not with a female supervisor, and Nia Jones is supervising it.',
      ),
    );
    // The canal has nobody yet: the booking stands.
    const canal = sessionAt(places.canal, SATURDAY)[0]!.id;
    expect(await core.call('sessions.book', { sessionId: canal, orderId: order.id })).toMatchObject(
      {
        ok: true,
      },
    );
  });
});

describe('rota.removeSupervisor', () => {
  it('takes a supervisor off, passing the lead to the next, and leaves none at the last', async () => {
    await core.ok('rota.generate', { from: SATURDAY, to: SATURDAY });
    const park = sessionAt(places.park, SATURDAY)[0]!.id;
    const first = await core.ok('rota.removeSupervisor', { sessionId: park, staffId: staff.dan });
    expect(first.supervisors.map((s) => [s.name, s.lead])).toEqual([['Nia Jones', true]]);
    expect(first).toMatchObject({ capacity: 6, booked: 8, shortBy: 2, supervisorsNeeded: 1 });
    expect(sessionAt(places.park, SATURDAY)[0]!.leader_id).toBe(staff.nia);
    const last = await core.ok('rota.removeSupervisor', { sessionId: park, staffId: staff.nia });
    expect(last).toMatchObject({
      supervisors: [],
      capacity: 0,
      shortBy: 8,
      reasons: ['8 booked and no supervisor assigned'],
    });
    expect(sessionAt(places.park, SATURDAY)[0]!.leader_id).toBeNull();
    expect(supervisorsOf(park)).toEqual([]);
    expect(
      await core.call('rota.removeSupervisor', { sessionId: park, staffId: staff.nia }),
    ).toEqual({
      ok: false,
      error: {
        code: 'NOT_FOUND',
        message: 'The supervisor on this session was not found. It may have been removed.',
      },
    });
  });

  it('refuses for a past session whose register is recorded, and allows one whose register is not', async () => {
    const recorded = await sessionWith(core, places.park, staff.dan, [people.park[0]!], {
      date: '2026-11-21',
    });
    await core.ok('sessions.recordRegister', {
      sessionId: recorded,
      rows: [attended(people.park[0]!, { leftAt: '16:00' })],
    });
    const before = snapshot(core);
    const record =
      'This session has happened and its register is recorded: its supervisors are part of the record';
    expect(
      await core.call('rota.removeSupervisor', { sessionId: recorded, staffId: staff.dan }),
    ).toEqual(rule(`${record} and cannot be taken off.`));
    expect(
      await core.call('rota.assignSupervisor', { sessionId: recorded, staffId: staff.nia }),
    ).toEqual(rule(`${record}.`));
    expect(snapshot(core)).toEqual(before);
    const open = await sessionWith(core, places.park, staff.dan, [people.park[1]!], {
      date: '2026-11-14',
    });
    expect(
      await core.call('rota.removeSupervisor', { sessionId: open, staffId: staff.dan }),
    ).toMatchObject({ ok: true, value: { supervisors: [], changeable: true } });
  });
});

describe('rota.forSession', () => {
  it('gives the supervisors with their fitness, capacity against bookings, and who is free', async () => {
    await core.ok('rota.generate', { from: SATURDAY, to: SATURDAY });
    const canal = sessionAt(places.canal, SATURDAY)[0]!.id;
    const jo = addSupervisor(core, { name: 'Jo Bell' });
    const rota = await core.ok('rota.forSession', { sessionId: canal });
    expect(rota).toMatchObject({
      placementName: 'Canal towpath',
      placementType: 'GROUP',
      date: SATURDAY,
      places: 6,
      booked: 3,
      ratio: 6,
      capacity: 0,
      shortBy: 3,
      supervisorsNeeded: 1,
      supervisors: [],
      reasons: ['3 booked and no supervisor assigned'],
      free: [{ staffId: jo, name: 'Jo Bell', gender: 'MALE', sessionsInWindow: 0 }],
      changeable: true,
    });
    // An individual placement's session takes its places: the beneficiary supervises.
    const shop = sessionAt(places.shop, SATURDAY)[0]!.id;
    expect(await core.ok('rota.forSession', { sessionId: shop })).toMatchObject({
      placementType: 'INDIVIDUAL',
      capacity: 2,
      booked: 1,
      shortBy: 0,
      supervisorsNeeded: 0,
      reasons: [],
    });
    expect(await core.call('rota.forSession', { sessionId: 9999 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'The session was not found. It may have been removed.' },
    });
  });

  it('counts a hand-made session’s leader and shows why an unfit one does not count', async () => {
    const byHand = await sessionWith(core, places.park, staff.tom, people.park.slice(0, 2));
    expect(await core.ok('rota.forSession', { sessionId: byHand })).toMatchObject({
      capacity: 0,
      shortBy: 2,
      supervisors: [
        {
          staffId: staff.tom,
          lead: true,
          fit: false,
          reasons: ['Tom Reid is away (annual leave) until 04/12/2026'],
        },
      ],
    });
  });
});
