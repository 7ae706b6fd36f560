import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { progressOf } from '../../electron/core/orders/rules';
import { testCore, type TestCore } from '../support/core';
import {
  assessedOrder,
  attended,
  placementInput,
  placementOffice,
  sessionInput,
  type Office,
} from './fixtures-placements';

const today = '2026-11-26';
const live = (outstandingMinutes: number, endDate: string) => ({
  status: 'LIVE',
  outstandingMinutes,
  endDate,
});

describe('progressOf', () => {
  // Bookings are the minutes of the next four weeks; the minimum is the bulletin's 6 hours.
  it.each<[string, ReturnType<typeof live>, number, object]>([
    [
      '7 h a week, 70 h left, end in a year: on track',
      live(4200, '2027-11-26'),
      4 * 420,
      {
        offeredPerWeekMinutes: 420,
        belowMinimum: false,
        projectedFinish: '2027-02-04',
        atRisk: false,
        reasons: [],
      },
    ],
    [
      '3 h 30 m a week: below the minimum but still in time',
      live(600, '2027-11-26'),
      4 * 210,
      {
        offeredPerWeekMinutes: 210,
        belowMinimum: true,
        projectedFinish: '2026-12-16',
        atRisk: false,
        reasons: ['3 h 30 m a week booked, below the minimum of 6 h'],
      },
    ],
    [
      '7 h a week cannot finish 70 h in 8 weeks',
      live(4200, '2027-01-21'),
      4 * 420,
      {
        projectedFinish: '2027-02-04',
        atRisk: true,
        reasons: ['At this rate the hours are done on 04/02/2027, after the end date 21/01/2027'],
      },
    ],
    [
      'finishing on the end date itself is in time',
      live(4200, '2027-02-04'),
      4 * 420,
      { projectedFinish: '2027-02-04', atRisk: false },
    ],
    [
      'nothing booked, but the minimum would still finish in time',
      live(600, '2027-11-26'),
      0,
      {
        offeredPerWeekMinutes: 0,
        belowMinimum: true,
        projectedFinish: null,
        atRisk: false,
      },
    ],
    [
      'nothing booked, and 100 h in 8 weeks is beyond the minimum',
      live(6000, '2027-01-21'),
      0,
      {
        projectedFinish: null,
        atRisk: true,
        reasons: [
          '0 m a week booked, below the minimum of 6 h',
          'Nothing booked, and even 6 h a week from today would not finish by 21/01/2027',
        ],
      },
    ],
    [
      'the end date has passed',
      live(60, '2026-11-25'),
      4 * 420,
      { atRisk: true, reasons: ['The end date 25/11/2026 has passed'] },
    ],
    [
      'all hours done',
      live(0, '2026-12-01'),
      0,
      { belowMinimum: false, projectedFinish: null, atRisk: false, reasons: [] },
    ],
    [
      'an ended order',
      { status: 'REVOKED', outstandingMinutes: 3000, endDate: '2026-01-01' },
      0,
      { atRisk: false, reasons: [] },
    ],
  ])('%s', (_name, order, booked, expected) => {
    expect(progressOf(order, booked, 6, today)).toMatchObject({
      minimumPerWeekMinutes: 360,
      ...expected,
    });
  });
});

describe('hours offered, orders at risk and overdue registers', () => {
  let core: TestCore;
  let office: Office;
  let placementId: number;
  beforeEach(async () => {
    core = await testCore();
    office = await placementOffice(core);
    placementId = (await core.ok('placements.save', placementInput({ capacity: 12 }))).id;
  });
  afterEach(() => core.close());

  const sessionOn = async (date: string, orderIds: number[]) => {
    const s = await core.ok(
      'sessions.create',
      sessionInput(placementId, office.supervisor.id, { date }),
    );
    for (const orderId of orderIds) await core.ok('sessions.book', { sessionId: s.id, orderId });
    return s.id;
  };

  it('counts the sessions booked in the next four weeks and lists the orders at risk', async () => {
    // End date 15/01/2027. Sessions are 09:00–13:00: 4 hours each.
    const steady = await assessedOrder(core, office, 'Walker', { hours: 40 });
    const idle = await assessedOrder(core, office, 'Adams', { hours: 300 });
    const dates = ['2026-11-28', '2026-12-01', '2026-12-05', '2026-12-12', '2026-12-19'];
    for (const date of dates) await sessionOn(date, [steady]);
    // The four weeks run from 26/11 to 23/12: the 23rd counts, the 24th does not.
    await sessionOn('2026-12-23', [steady]);
    await sessionOn('2026-12-24', [steady, idle]);

    const order = await core.ok('orders.get', { id: steady });
    // 6 sessions of 4 hours over 4 weeks: 6 hours a week; 40 hours take 47 days, to 12/01/2027.
    expect(order.endDate).toBe('2027-01-15');
    expect(order.progress).toEqual({
      offeredPerWeekMinutes: 360,
      minimumPerWeekMinutes: 360,
      belowMinimum: false,
      projectedFinish: '2027-01-12',
      atRisk: false,
      reasons: [],
    });
    // 300 hours at 6 h a week would take 50 weeks, and nothing is booked.
    const atRisk = await core.ok('orders.atRisk', {});
    expect(atRisk.map((o) => [o.personName, o.progress.atRisk, o.progress.reasons.length])).toEqual(
      [['Adams, Jordan', true, 2]],
    );
  });

  it('lists past sessions without outcomes once the policy’s 7 days have gone', async () => {
    const walker = await assessedOrder(core, office, 'Walker');
    const adams = await assessedOrder(core, office, 'Adams');
    const old = await sessionOn('2026-11-19', [walker, adams]);
    await sessionOn('2026-11-20', [walker]);
    const done = await sessionOn('2026-11-18', [walker]);
    await core.ok('sessions.recordRegister', { sessionId: done, rows: [attended(walker)] });
    await core.ok('sessions.recordRegister', { sessionId: old, rows: [attended(walker)] });

    const overdue = await core.ok('sessions.overdue', {});
    expect(overdue.map((s) => [s.id, s.date, s.booked, s.recorded, s.daysSince])).toEqual([
      [old, '2026-11-19', 2, 1, 7],
    ]);
  });

  it('traces every credited minute in the ledger', async () => {
    const walker = await assessedOrder(core, office, 'Walker');
    const sessionId = await sessionOn('2026-11-21', [walker]);
    await core.ok('sessions.recordRegister', {
      sessionId,
      rows: [attended(walker, { penaltyMinutes: 15 })],
    });
    const order = await core.ok('orders.get', { id: walker });
    expect(order.ledger.map((l) => [l.description, l.creditedMinutes, l.balanceMinutes])).toEqual([
      ['Riverside Garden: Attended, complied, 09:00–13:00, 15 min penalty', 225, 7200 - 225],
    ]);
  });
});
