import { afterEach, describe, expect, it } from 'vitest';
import type { Candidate, PlacementOffer } from '../../electron/core/allocation/types';
import {
  sessionsAtRisk,
  viewOf,
  withFixes,
  type RotaSession,
} from '../../electron/core/rota/forecast';
import { planSessions, type RotaSupervisor } from '../../electron/core/rota/rules';
import type { Restriction, Slot } from '../../shared/placement-codes';
import { testCore, type TestCore } from '../support/core';
import { placementOffice } from './fixtures-placements';
import {
  addSupervisor,
  allocatedPeople,
  parkGarden,
  SATURDAY,
  sessionWith,
  withDatabase,
} from './fixtures-rota';

/**
 * The stand-down forecast on constructed weeks: a supervisor on leave, over-booking, an untrained
 * supervisor, a session with nobody to run it; the fixes offered; and generation over Christmas.
 * Today is Thursday 26/11/2026 throughout.
 */
const TODAY = '2026-11-26';
const weekend: Slot[] = ['SAT_MORNING', 'SUN_MORNING'];

function supervisor(
  id: number,
  name: string,
  options: Partial<RotaSupervisor> & { untrained?: boolean; away?: [string, string] } = {},
): RotaSupervisor {
  return {
    id,
    name,
    active: options.active ?? true,
    gender: options.gender ?? 'MALE',
    workingSlots: options.workingSlots ?? weekend,
    absences: options.away
      ? [{ kind: 'ANNUAL_LEAVE', fromDate: options.away[0], toDate: options.away[1] }]
      : [],
    training: [
      { kind: 'RISK_OF_HARM', expiresOn: '2027-06-30' },
      { kind: 'HEALTH_AND_SAFETY', expiresOn: options.untrained ? '2026-10-31' : '2027-06-30' },
    ],
  };
}

/** The office's supervisors in the constructed week. */
const tom = supervisor(1, 'Tom Reid', { away: ['2026-11-23', '2026-12-04'] });
const ann = supervisor(2, 'Ann Lee', { gender: 'FEMALE', untrained: true });
const gareth = supervisor(3, 'Gareth Lewis');
const priya = supervisor(4, 'Priya Shah', { gender: 'FEMALE' });
const owen = supervisor(5, 'Owen Price', { workingSlots: ['SAT_MORNING'] });
const staff = new Map([tom, ann, gareth, priya, owen].map((s) => [s.id, s]));

let nextBooking = 1;

function session(
  id: number,
  staffIds: number[],
  booked: number,
  overrides: Partial<RotaSession> = {},
): RotaSession {
  return {
    id,
    placementId: 100 + id,
    placementName: `Placement ${id}`,
    placementType: 'GROUP',
    date: SATURDAY,
    startTime: '09:00',
    endTime: '16:00',
    places: 12,
    leaderId: staffIds[0] ?? null,
    staffIds,
    bookings: Array.from({ length: booked }, (_, i) => ({
      bookingId: nextBooking++,
      orderId: id * 100 + i,
      personName: `Person ${id}-${i + 1}`,
      caseReference: `NV${id}${String(i).padStart(4, '0')}`,
    })),
    recorded: 0,
    ...overrides,
  };
}

describe('a session’s capacity and why it is short, on Saturday 28/11/2026', () => {
  it.each([
    {
      name: 'a supervisor on leave',
      s: session(1, [tom.id], 4),
      capacity: 0,
      shortBy: 4,
      reasons: [
        'Tom Reid is away (annual leave) until 04/12/2026',
        '4 booked and no supervisor fit to run the session',
      ],
    },
    {
      name: 'over-booking: 9 for 1 supervisor at 6',
      s: session(2, [gareth.id], 9),
      capacity: 6,
      shortBy: 3,
      reasons: ['9 booked for 1 supervisor at 6 each'],
    },
    {
      name: 'an untrained supervisor',
      s: session(3, [ann.id], 5),
      capacity: 0,
      shortBy: 5,
      reasons: [
        "Ann Lee's health and safety training is not in date",
        '5 booked and no supervisor fit to run the session',
      ],
    },
    {
      name: 'a session with no supervisor',
      s: session(4, [], 3),
      capacity: 0,
      shortBy: 3,
      reasons: ['3 booked and no supervisor assigned'],
    },
    {
      name: 'two supervisors, one of them on leave',
      s: session(5, [gareth.id, tom.id], 9),
      capacity: 6,
      shortBy: 3,
      reasons: [
        'Tom Reid is away (annual leave) until 04/12/2026',
        '9 booked for 1 supervisor at 6 each',
      ],
    },
    {
      name: 'two fit supervisors and more booked than places',
      s: session(6, [gareth.id, priya.id], 10, { places: 8 }),
      capacity: 8,
      shortBy: 2,
      reasons: ['10 booked for 8 places'],
    },
    {
      name: 'one fit supervisor and exactly six booked',
      s: session(7, [gareth.id], 6),
      capacity: 6,
      shortBy: 0,
      reasons: [],
    },
    {
      name: 'a supervisor put on a day outside their pattern still counts',
      s: session(8, [owen.id], 6, { date: '2026-11-29' }),
      capacity: 6,
      shortBy: 0,
      reasons: [],
    },
  ])('$name', ({ s, capacity, shortBy, reasons }) => {
    const view = viewOf(s, staff, 6);
    expect({ capacity: view.capacity, shortBy: view.shortBy, reasons: view.reasons }).toEqual({
      capacity,
      shortBy,
      reasons,
    });
  });

  it('notes a day outside the pattern without counting it against the supervisor', () => {
    const view = viewOf(session(9, [owen.id], 2, { date: '2026-11-29' }), staff, 6);
    expect(view.supervisors).toEqual([
      {
        staffId: owen.id,
        name: 'Owen Price',
        gender: 'MALE',
        lead: true,
        fit: true,
        reasons: [],
        notes: ['Owen Price does not normally work Sunday morning'],
      },
    ]);
  });

  it('follows the policy ratio: 9 for 1 supervisor at 8 each is short by 1', () => {
    expect(viewOf(session(10, [gareth.id], 9), staff, 8)).toMatchObject({
      capacity: 8,
      shortBy: 1,
      supervisorsNeeded: 1,
      reasons: ['9 booked for 1 supervisor at 8 each'],
    });
  });
});

describe('which sessions are at risk', () => {
  it('takes group sessions with people booked and no outcomes, over their capacity', () => {
    const week = [
      session(11, [tom.id], 4),
      session(12, [gareth.id], 5),
      session(13, [], 0),
      session(14, [], 3, { placementType: 'INDIVIDUAL' }),
      session(15, [ann.id], 4, { recorded: 4 }),
      session(16, [gareth.id], 9, { date: '2026-12-05' }),
    ];
    expect(sessionsAtRisk(week, staff, () => 6).map((v) => [v.session.id, v.shortBy])).toEqual([
      [11, 4],
      [16, 3],
    ]);
  });
});

function candidate(orderId: number, restrictions: Restriction[] = [], availability = weekend) {
  return {
    orderId,
    name: `Person ${orderId}`,
    age: 30,
    gender: 'MALE',
    assessment: { level: 'LOW', flags: [], restrictions, exclusionArea: null },
    induction: {
      availability,
      wheelchairUser: false,
      transport: 'PUBLIC',
      homeArea: 'Northvale',
      skills: [],
      employabilityNeed: false,
      preference: 'NONE',
    },
  } satisfies Candidate;
}

function offer(id: number, overrides: Partial<PlacementOffer> = {}): PlacementOffer {
  return {
    id,
    name: `Placement ${id}`,
    type: 'GROUP',
    area: 'Northvale',
    sessions: weekend,
    capacity: 12,
    allocated: 0,
    maxRiskLevel: 'MEDIUM',
    excludedFlags: [],
    suits: [],
    features: [],
    skills: [],
    transportProvided: false,
    healthAndSafetyReviewDue: '2027-06-01',
    ...overrides,
  };
}

describe('the fixes offered', () => {
  // Saturday: Park garden over-booked (9 for Gareth); Owen is leading the canal at the same time.
  // Sunday: the canal has Priya and room for 4; the library has room but is high risk only.
  const overBooked = session(21, [gareth.id], 9);
  const canalSaturday = session(22, [owen.id], 2);
  const canalSunday = session(23, [priya.id], 2, { date: '2026-11-29', placementId: 123 });
  const womenOnly = session(24, [priya.id], 1, { date: '2026-12-05', placementId: 124 });
  const ppws = session(25, [tom.id], 0, { placementType: 'INDUCTION_PPWS' });
  const week = [overBooked, canalSaturday, canalSunday, womenOnly, ppws];
  const standingDown = overBooked.bookings.slice(-3).map((b) => b.orderId);
  const candidates = new Map(
    overBooked.bookings.map((b) => [
      b.orderId,
      // The last one booked is not to be supervised by a woman.
      candidate(b.orderId, b.orderId === standingDown[2] ? ['NOT_WITH_FEMALE_SUPERVISOR'] : []),
    ]),
  );
  const offers = new Map([
    [121, offer(121)],
    [122, offer(122)],
    [123, offer(123)],
    [124, offer(124, { suits: ['WOMEN_ONLY'] })],
  ]);
  const fixes = () =>
    withFixes(
      sessionsAtRisk(week, staff, () => 6),
      {
        today: TODAY,
        sessions: week,
        staff,
        pool: [...staff.values()],
        ratioOn: () => 6,
        candidates,
        offers,
      },
    );

  it('names the people booked last as the ones who would be stood down', () => {
    const [risk] = fixes();
    expect(risk!.standDown.map((p) => p.orderId)).toEqual(standingDown);
    expect(risk).toMatchObject({ booked: 9, capacity: 6, shortBy: 3 });
  });

  it('offers a fit supervisor free at that time, and not one away, untrained, busy or restricted', () => {
    // Priya is fit and free, but one person booked must not be supervised by a woman.
    expect(fixes()[0]!.fixes).toMatchObject({ supervisorsNeeded: 1, supervisors: [] });
    // Without that restriction she is the fix; Tom is away, Ann untrained, Owen on the canal.
    candidates.set(standingDown[2]!, candidate(standingDown[2]!));
    try {
      expect(fixes()[0]!.fixes.supervisors).toEqual([
        { staffId: priya.id, name: 'Priya Shah', gender: 'FEMALE', sessionsInWindow: 2 },
      ]);
    } finally {
      candidates.set(standingDown[2]!, candidate(standingDown[2]!, ['NOT_WITH_FEMALE_SUPERVISOR']));
    }
  });

  it('offers the people stood down a session with room that they may go to', () => {
    const moves = fixes()[0]!.fixes.moves;
    const option = (sessionId: number, room: number) =>
      expect.objectContaining({ sessionId, room });
    expect(moves.map((m) => m.orderId)).toEqual(standingDown);
    // Saturday's canal has room for 4 with Owen, Sunday's has room for 4 with Priya; the women-only
    // group is not for them; the PPWS is not the same kind of placement.
    expect(moves[0]!.options).toEqual([option(22, 4), option(23, 4)]);
    expect(moves[1]!.options).toEqual([option(22, 3), option(23, 4)]);
    // Not to Priya's session: restricted from a female supervisor.
    expect(moves[2]!.options).toEqual([option(22, 2)]);
  });

  it('offers the sessions nearest the day first, and none today', () => {
    const later = session(31, [gareth.id], 7, { date: '2026-12-05' });
    const today = session(32, [owen.id], 1, { date: TODAY, startTime: '18:00', endTime: '21:00' });
    const saturday = session(33, [owen.id], 1, { placementId: 122 });
    const sunday = session(34, [gareth.id], 1, { date: '2026-12-06', placementId: 123 });
    const all = [later, today, saturday, sunday];
    const person = later.bookings.at(-1)!.orderId;
    const [risk] = withFixes(
      sessionsAtRisk(all, staff, () => 6),
      {
        today: TODAY,
        sessions: all,
        staff,
        pool: [],
        ratioOn: () => 6,
        candidates: new Map([[person, candidate(person, [], [...weekend, 'THU_EVENING'])]]),
        offers: new Map([
          [132, offer(132)],
          [122, offer(122)],
          [123, offer(123)],
        ]),
      },
    );
    expect(risk!.fixes.moves[0]!.options.map((o) => o.sessionId)).toEqual([34, 33]);
  });

  it('offers no session outside the person’s availability', () => {
    const only = new Map(candidates);
    for (const id of standingDown) only.set(id, candidate(id, [], ['MON_EVENING']));
    const [risk] = withFixes(
      sessionsAtRisk(week, staff, () => 6),
      {
        today: TODAY,
        sessions: week,
        staff,
        pool: [...staff.values()],
        ratioOn: () => 6,
        candidates: only,
        offers,
      },
    );
    expect(risk!.fixes.moves.map((m) => m.options)).toEqual([[], [], []]);
  });
});

describe('making sessions from the patterns', () => {
  const placement = {
    id: 1,
    type: 'GROUP' as const,
    sessions: ['FRI_MORNING'] as Slot[],
    startTime: '09:00',
    endTime: '16:00',
    capacity: 6,
    healthAndSafetyReviewDue: '2027-06-01',
  };

  it.each([
    {
      name: 'skips Christmas Day and New Year’s Day (both Fridays)',
      from: '2026-12-14',
      to: '2027-01-10',
      review: '2027-06-01',
      dates: ['2026-12-18', '2027-01-08'],
    },
    {
      name: 'skips the Boxing Day substitute on Monday 28/12/2026',
      from: '2026-12-21',
      to: '2027-01-04',
      review: '2027-06-01',
      slots: ['MON_MORNING'] as Slot[],
      dates: ['2026-12-21', '2027-01-04'],
    },
    {
      name: 'stops once the health and safety review is overdue',
      from: '2026-11-27',
      to: '2026-12-31',
      review: '2026-12-11',
      dates: ['2026-11-27', '2026-12-04', '2026-12-11'],
    },
  ])('$name', ({ from, to, review, slots, dates }) => {
    const plan = planSessions({
      from,
      to,
      placements: [
        { ...placement, sessions: slots ?? placement.sessions, healthAndSafetyReviewDue: review },
      ],
      people: [],
      existing: [],
      supervisors: [],
      ratioOn: () => 6,
    });
    expect(plan.sessions.map((s) => s.date)).toEqual(dates);
  });

  it('books people free that slot, up to the places, and supervisors for them, least used first', () => {
    const people = Array.from({ length: 9 }, (_, i) => ({
      orderId: i + 1,
      placementId: 1,
      availability: i === 0 ? (['MON_EVENING'] as Slot[]) : (['FRI_MORNING'] as Slot[]),
      restrictions: [] as Restriction[],
    }));
    const friday = (id: number, name: string, extra: Parameters<typeof supervisor>[2] = {}) =>
      supervisor(id, name, { workingSlots: ['FRI_MORNING'], ...extra });
    const plan = planSessions({
      from: '2026-12-04',
      to: '2026-12-11',
      placements: [placement],
      people,
      existing: [],
      supervisors: [
        friday(1, 'Tom Reid', { away: ['2026-12-01', '2026-12-04'] }),
        friday(2, 'Ann Lee', { untrained: true }),
        friday(3, 'Gareth Lewis'),
        friday(4, 'Priya Shah'),
      ],
      ratioOn: () => 6,
    });
    // 8 free that morning, 6 places: one supervisor each week; Tom back by the 11th.
    expect(
      plan.sessions.map((s) => ({ date: s.date, orderIds: s.orderIds, staffIds: s.staffIds })),
    ).toEqual([
      { date: '2026-12-04', orderIds: [2, 3, 4, 5, 6, 7], staffIds: [3] },
      { date: '2026-12-11', orderIds: [2, 3, 4, 5, 6, 7], staffIds: [4] },
    ]);
    expect(plan).toMatchObject({
      sessionsMade: 2,
      bookingsMade: 12,
      supervisorsAssigned: 2,
      sessionsShort: 0,
    });
  });
});

describe('the forecast through rota.forecast, on a constructed week', () => {
  let core: TestCore;
  afterEach(() => core?.close());

  it('shows leave, over-booking and an untrained supervisor, with who and what would fix it', async () => {
    core = await testCore({ today: TODAY });
    const office = await placementOffice(core);
    const tomId = addSupervisor(core, {
      name: 'Tom Reid',
      away: { kind: 'ANNUAL_LEAVE', from: '2026-11-23', to: '2026-12-04' },
    });
    const annId = addSupervisor(core, {
      name: 'Ann Lee',
      gender: 'FEMALE',
      healthAndSafetyUntil: '2026-10-31',
    });
    const danId = addSupervisor(core, { name: 'Dan Evans' });
    const niaId = addSupervisor(core, { name: 'Nia Jones', gender: 'FEMALE' });
    const park = await core.ok('placements.save', parkGarden());
    const canal = await core.ok('placements.save', parkGarden({ name: 'Canal towpath' }));
    const orchard = await core.ok('placements.save', parkGarden({ name: 'Community orchard' }));
    const parkPeople = await allocatedPeople(core, office, park.id, 9);
    const canalPeople = await allocatedPeople(core, office, canal.id, 4, 9);
    const orchardPeople = await allocatedPeople(core, office, orchard.id, 1, 13);
    // Saturday: Park garden 9 booked for Dan; the canal 4 for Tom (on leave); the orchard 1
    // for Ann (untrained). Nia is free.
    const parkSession = await sessionWith(core, park.id, danId, parkPeople);
    const canalSession = await sessionWith(core, canal.id, tomId, canalPeople);
    const orchardSession = await sessionWith(core, orchard.id, annId, orchardPeople, {
      startTime: '10:00',
    });

    const forecast = await core.ok('rota.forecast', {});
    expect(forecast).toMatchObject({
      from: TODAY,
      to: '2026-12-09',
      sessionsChecked: 3,
      sessionsAtRisk: 3,
      peopleStoodDown: 3 + 4 + 1,
    });
    const bySession = new Map(forecast.sessions.map((s) => [s.sessionId, s]));
    expect(bySession.get(parkSession)).toMatchObject({
      placementName: 'Park garden',
      booked: 9,
      capacity: 6,
      shortBy: 3,
      reasons: ['9 booked for 1 supervisor at 6 each'],
      standDown: parkPeople.slice(-3).map((orderId) => expect.objectContaining({ orderId })),
    });
    expect(bySession.get(canalSession)).toMatchObject({
      capacity: 0,
      shortBy: 4,
      reasons: [
        'Tom Reid is away (annual leave) until 04/12/2026',
        '4 booked and no supervisor fit to run the session',
      ],
    });
    expect(bySession.get(orchardSession)?.reasons).toEqual([
      "Ann Lee's health and safety training is not in date",
      '1 booked and no supervisor fit to run the session',
    ]);
    // Nia is free and fit for all three; nobody else is (the office's own supervisor, Gareth
    // Lewis, has no training recorded; the others are not supervisors).
    for (const s of forecast.sessions)
      expect(s.fixes.supervisors.map((v) => v.staffId)).toEqual([niaId]);
    // Nowhere has room that Saturday: every group session is short.
    expect(bySession.get(parkSession)!.fixes.moves.every((m) => m.options.length === 0)).toBe(true);

    // Nia takes the canal: it clears, and its spare places are offered to Park garden's three.
    await core.ok('rota.assignSupervisor', { sessionId: canalSession, staffId: niaId });
    const after = await core.ok('rota.forecast', {});
    expect(after.sessions.map((s) => s.sessionId).sort()).toEqual(
      [parkSession, orchardSession].sort(),
    );
    const park2 = after.sessions.find((s) => s.sessionId === parkSession)!;
    expect(park2.fixes.supervisors).toEqual([]);
    expect(park2.fixes.moves.map((m) => m.options.map((o) => [o.sessionId, o.room]))).toEqual([
      [[canalSession, 2]],
      [[canalSession, 1]],
      [],
    ]);
    expect(after.peopleStoodDown).toBe(3 + 1);
  });

  it('leaves out sessions with outcomes recorded, and sessions beyond the days asked for', async () => {
    core = await testCore({ today: TODAY });
    const office = await placementOffice(core);
    const danId = addSupervisor(core, { name: 'Dan Evans' });
    const park = await core.ok('placements.save', parkGarden());
    const people = await allocatedPeople(core, office, park.id, 8);
    await sessionWith(core, park.id, danId, people, { date: '2026-12-12' });
    expect(await core.ok('rota.forecast', { days: 14 })).toMatchObject({ sessionsAtRisk: 0 });
    expect(await core.ok('rota.forecast', { days: 17 })).toMatchObject({
      to: '2026-12-12',
      sessionsAtRisk: 1,
      peopleStoodDown: 2,
    });
    // An outcome recorded in advance (stood down): the register has started, the forecast is done.
    withDatabase(core, (db) =>
      db.prepare("UPDATE bookings SET outcome = 'AASD' WHERE order_id = ?").run(people[0]),
    );
    expect(await core.ok('rota.forecast', { days: 28 })).toMatchObject({
      sessionsChecked: 0,
      sessionsAtRisk: 0,
    });
  });
});
