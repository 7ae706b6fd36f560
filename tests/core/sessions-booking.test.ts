import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/contract';
import { testCore, type TestCore } from '../support/core';
import {
  assessedOrder,
  attended,
  newOrder,
  placementInput,
  placementOffice,
  rule,
  sessionInput,
  validation,
  type Office,
} from './fixtures-placements';
import { countRows, executeBehind, rowsOf } from './helpers';

let core: TestCore;
let office: Office;
let placementId: number;

beforeEach(async () => {
  core = await testCore();
  office = await placementOffice(core);
  placementId = (await core.ok('placements.save', placementInput({ capacity: 12 }))).id;
});

afterEach(() => core.close());

const session = (overrides: Partial<InputOf<'sessions.create'>> = {}) =>
  sessionInput(placementId, office.supervisor.id, overrides);
const assessed = (familyName?: string, order?: Partial<InputOf<'orders.create'>>) =>
  assessedOrder(core, office, familyName, order);

describe('sessions.create', () => {
  it('arranges a session with its leader', async () => {
    expect(await core.ok('sessions.create', session())).toEqual({
      id: 1,
      placementId,
      placementName: 'Riverside Garden',
      placementType: 'GROUP',
      date: '2026-11-21',
      startTime: '09:00',
      endTime: '13:00',
      leaderId: office.supervisor.id,
      leaderName: 'Gareth Lewis',
      capacity: 12,
      booked: 0,
      recorded: 0,
    });
    expect(rowsOf(core, 'SELECT placement_id, date, capacity FROM sessions')).toEqual([
      { placement_id: placementId, date: '2026-11-21', capacity: 12 },
    ]);
  });

  it('refuses an inactive placement, a leader not in post and a finish before the start', async () => {
    await core.ok('staff.save', { ...office.supervisor, active: false });
    const active = 'Placement must be one of the active placements';
    expect(await core.call('sessions.create', session())).toEqual(
      validation({ leaderId: 'Session leader must be one of the Unpaid Work staff in post' }),
    );
    expect(
      await core.call('sessions.create', session({ leaderId: office.administrator.id })),
    ).toMatchObject({ ok: true });
    await core.ok('placements.save', placementInput({ id: placementId, active: false }));
    const leader = { leaderId: office.administrator.id };
    expect(await core.call('sessions.create', session(leader))).toEqual(
      validation({ placementId: active }),
    );
    expect(await core.call('sessions.create', session({ ...leader, placementId: 99 }))).toEqual(
      validation({ placementId: active }),
    );
    expect(await core.call('sessions.create', session({ ...leader, endTime: '08:00' }))).toEqual(
      validation({ endTime: 'End time must be after the start time' }),
    );
    expect(countRows(core, 'sessions')).toBe(1);
  });
});

describe('sessions.list', () => {
  it('lists sessions between two dates, earliest first, optionally of one type', async () => {
    const ppws = await core.ok(
      'placements.save',
      placementInput({ name: 'Depot PPWS', type: 'INDUCTION_PPWS', capacity: 12 }),
    );
    await core.ok('sessions.create', session({ date: '2026-11-28' }));
    await core.ok('sessions.create', session({ date: '2026-11-21', startTime: '10:00' }));
    await core.ok('sessions.create', session({ placementId: ppws.id, date: '2026-11-21' }));
    await core.ok('sessions.create', session({ date: '2026-12-05' }));
    const all = await core.ok('sessions.list', { from: '2026-11-21', to: '2026-11-28' });
    expect(all.map((s) => [s.date, s.startTime, s.placementName])).toEqual([
      ['2026-11-21', '09:00', 'Depot PPWS'],
      ['2026-11-21', '10:00', 'Riverside Garden'],
      ['2026-11-28', '09:00', 'Riverside Garden'],
    ]);
    const inductions = await core.ok('sessions.list', {
      from: '2026-11-01',
      to: '2026-12-31',
      placementType: 'INDUCTION_PPWS',
    });
    expect(inductions.map((s) => s.placementName)).toEqual(['Depot PPWS']);
    expect(await core.call('sessions.list', { from: '2026-12-01', to: '2026-11-01' })).toEqual(
      validation({ to: 'To must not be before From' }),
    );
  });
});

describe('sessions.book and unbook', () => {
  let sessionId: number;
  beforeEach(async () => {
    sessionId = (await core.ok('sessions.create', session({ capacity: 2 }))).id;
  });

  it('books a person with a risk of harm assessment', async () => {
    const orderId = await assessed();
    const detail = await core.ok('sessions.book', { sessionId, orderId });
    expect(detail).toMatchObject({ id: sessionId, booked: 1, recorded: 0 });
    expect(detail.bookings).toEqual([
      {
        orderId,
        personName: 'Walker, Jordan',
        caseReference: expect.stringMatching(/^NV3/),
        outcome: null,
        arrivedAt: null,
        leftAt: null,
        penaltyMinutes: 0,
        creditedMinutes: 0,
        workQuality: null,
        behaviour: null,
        standDownCause: null,
        notes: null,
        alertCaseManager: false,
      },
    ]);
    expect(rowsOf(core, 'SELECT session_id, order_id, outcome FROM bookings')).toEqual([
      { session_id: sessionId, order_id: orderId, outcome: null },
    ]);
  });

  it('refuses someone without a risk of harm assessment', async () => {
    const { id: orderId } = await newOrder(core, office);
    expect(await core.call('sessions.book', { sessionId, orderId })).toEqual(
      rule(
        'Walker, Jordan cannot be booked on this session: Has not had a risk of harm assessment: nobody is allocated without one.',
      ),
    );
    expect(countRows(core, 'bookings')).toBe(0);
  });

  it('refuses a double booking, a full session and an ended order', async () => {
    const walker = await assessed('Walker');
    const adams = await assessed('Adams');
    const baker = await assessed('Baker');
    await core.ok('sessions.book', { sessionId, orderId: walker });
    expect(await core.call('sessions.book', { sessionId, orderId: walker })).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: 'Walker, Jordan is already booked on this session.' },
    });
    await core.ok('sessions.book', { sessionId, orderId: adams });
    expect(await core.call('sessions.book', { sessionId, orderId: baker })).toEqual(
      rule('This session is full: 2 of 2 places taken.'),
    );
    executeBehind(core, `UPDATE orders SET status = 'COMPLETED' WHERE id = ${baker}`);
    const other = (await core.ok('sessions.create', session({ date: '2026-11-28' }))).id;
    expect(await core.call('sessions.book', { sessionId: other, orderId: baker })).toEqual(
      rule('This order has ended; it cannot be changed.'),
    );
    expect(await core.call('sessions.book', { sessionId: 99, orderId: baker })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'The session was not found. It may have been removed.' },
    });
    expect(rowsOf(core, 'SELECT order_id FROM bookings ORDER BY id')).toEqual([
      { order_id: walker },
      { order_id: adams },
    ]);
  });

  it('takes a booking off only before its outcome is recorded', async () => {
    const walker = await assessed('Walker');
    const adams = await assessed('Adams');
    await core.ok('sessions.book', { sessionId, orderId: walker });
    await core.ok('sessions.book', { sessionId, orderId: adams });
    const after = await core.ok('sessions.unbook', { sessionId, orderId: adams });
    expect(after.bookings.map((b) => b.personName)).toEqual(['Walker, Jordan']);
    expect(await core.call('sessions.unbook', { sessionId, orderId: adams })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'The booking was not found. It may have been removed.' },
    });
    await core.ok('sessions.recordRegister', { sessionId, rows: [attended(walker)] });
    expect(await core.call('sessions.unbook', { sessionId, orderId: walker })).toEqual(
      rule('This booking has an outcome recorded; it cannot be taken off.'),
    );
    expect(rowsOf(core, 'SELECT order_id, outcome FROM bookings')).toEqual([
      { order_id: walker, outcome: 'ATTC' },
    ]);
  });
});
