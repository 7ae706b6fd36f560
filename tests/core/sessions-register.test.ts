import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/contract';
import { testCore, type TestCore } from '../support/core';
import {
  assessedOrder,
  attended,
  placementInput,
  placementOffice,
  sessionInput,
  validation,
  type Office,
} from './fixtures-placements';
import { rowsOf } from './helpers';

/** How a refused register begins, for the session of 21/11/2026 most tests use. */
const registerHeading = 'The register for 21/11/2026 was not saved';

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

describe('sessions.recordRegister', () => {
  let sessionId: number;
  beforeEach(async () => {
    sessionId = (await core.ok('sessions.create', session())).id;
  });

  async function booked(familyName = 'Walker', order: Partial<InputOf<'orders.create'>> = {}) {
    const orderId = await assessed(familyName, order);
    await core.ok('sessions.book', { sessionId, orderId });
    return orderId;
  }

  const families = ['Adams', 'Baker', 'Clarke', 'Davies', 'Evans', 'Foster', 'Green', 'Hughes'];
  families.push('Irwin', 'Jones', 'Khan', 'Lewis');

  it('writes none of a register of 12 when row 7 is wrong, naming the row and the person', async () => {
    const orders: number[] = [];
    for (const family of families) orders.push(await booked(family));
    const rows = orders.map((orderId) => attended(orderId));
    rows[6] = attended(orders[6]!, { arrivedAt: '13:00', leftAt: '09:00' });
    expect(await core.call('sessions.recordRegister', { sessionId, rows })).toEqual(
      validation(
        { 'rows.6.leftAt': 'Row 7 (Green, Jordan): Finish must be after the start' },
        registerHeading,
      ),
    );
    expect(rowsOf(core, 'SELECT COUNT(*) AS n FROM bookings WHERE outcome IS NULL')).toEqual([
      { n: 12 },
    ]);
    expect(rowsOf(core, 'SELECT SUM(credited_minutes) AS n FROM orders')).toEqual([{ n: 0 }]);

    rows[6] = attended(orders[6]!);
    const detail = await core.ok('sessions.recordRegister', { sessionId, rows });
    expect(detail).toMatchObject({ booked: 12, recorded: 12 });
    expect(rowsOf(core, 'SELECT SUM(credited_minutes) AS n FROM orders')).toEqual([{ n: 2880 }]);
  });

  it('credits the order and its ledger, and refuses a second outcome for the same session', async () => {
    const walker = await booked('Walker');
    const adams = await booked('Adams');
    const baker = await booked('Baker');
    const detail = await core.ok('sessions.recordRegister', {
      sessionId,
      rows: [
        attended(walker, { penaltyMinutes: 15, notes: 'Late back from break' }),
        { orderId: adams, outcome: 'AASD', standDownCause: 'NO_SUPERVISOR' },
        { orderId: baker, outcome: 'UACP', alertCaseManager: true, notes: 'No answer by phone' },
      ],
    });
    expect(
      rowsOf(
        core,
        'SELECT order_id, stand_down_cause FROM bookings WHERE stand_down_cause IS NOT NULL',
      ),
    ).toEqual([{ order_id: adams, stand_down_cause: 'NO_SUPERVISOR' }]);
    // "Alert the case manager" puts the outcome in front of Baker's case manager, and nobody else's.
    expect(
      rowsOf(core, 'SELECT order_id, source, raised_on, message, sent_on FROM case_manager_alerts'),
    ).toEqual([
      {
        order_id: baker,
        source: 'REGISTER',
        raised_on: '2026-11-26',
        message: 'Riverside Garden, 21/11/2026: Unacceptable absence. No answer by phone',
        sent_on: null,
      },
    ]);
    expect(detail.bookings.map((b) => [b.personName, b.outcome, b.creditedMinutes])).toEqual([
      ['Adams, Jordan', 'AASD', 60],
      ['Baker, Jordan', 'UACP', 0],
      ['Walker, Jordan', 'ATTC', 225],
    ]);
    expect(
      rowsOf(
        core,
        'SELECT order_id, outcome, arrived_at, left_at, penalty_minutes, credited_minutes, work_quality, notes, alert_case_manager, recorded_at FROM bookings WHERE order_id = ?',
        walker,
      ),
    ).toEqual([
      {
        order_id: walker,
        outcome: 'ATTC',
        arrived_at: '09:00',
        left_at: '13:00',
        penalty_minutes: 15,
        credited_minutes: 225,
        work_quality: 'GOOD',
        notes: 'Late back from break',
        alert_case_manager: 0,
        recorded_at: '2026-11-26T10:00:00.000Z',
      },
    ]);
    expect(rowsOf(core, 'SELECT id, credited_minutes FROM orders ORDER BY id')).toEqual([
      { id: walker, credited_minutes: 225 },
      { id: adams, credited_minutes: 60 },
      { id: baker, credited_minutes: 0 },
    ]);
    const order = await core.ok('orders.get', { id: walker });
    expect(order).toMatchObject({ creditedMinutes: 225, outstandingMinutes: 6975 });
    expect(order.ledger).toEqual([
      {
        date: '2026-11-21',
        kind: 'SESSION',
        description: 'Riverside Garden: Attended, complied, 09:00–13:00, 15 min penalty',
        creditedMinutes: 225,
        balanceMinutes: 6975,
      },
    ]);
    expect((await core.ok('orders.get', { id: baker })).ledger).toEqual([
      {
        date: '2026-11-21',
        kind: 'SESSION',
        description: 'Riverside Garden: Unacceptable absence',
        creditedMinutes: 0,
        balanceMinutes: 7200,
      },
    ]);

    expect(
      await core.call('sessions.recordRegister', { sessionId, rows: [attended(walker)] }),
    ).toEqual(
      validation(
        {
          'rows.0.outcome':
            'Row 1 (Walker, Jordan): an outcome is already recorded for this session',
        },
        registerHeading,
      ),
    );
    expect(rowsOf(core, 'SELECT credited_minutes FROM orders WHERE id = ?', walker)).toEqual([
      { credited_minutes: 225 },
    ]);
  });

  it('never credits more than is outstanding', async () => {
    const orderId = await booked('Walker', { hours: 40 });
    await core.ok('orders.creditAdjustment', {
      orderId,
      date: '2026-03-01',
      minutes: 39 * 60 + 30,
      reason: 'Hours worked in another area',
    });
    const detail = await core.ok('sessions.recordRegister', {
      sessionId,
      rows: [attended(orderId)],
    });
    expect(detail.bookings[0]).toMatchObject({ outcome: 'ATTC', creditedMinutes: 30 });
    expect(rowsOf(core, 'SELECT credited_minutes FROM bookings')).toEqual([
      { credited_minutes: 30 },
    ]);
    const order = await core.ok('orders.get', { id: orderId });
    expect(order).toMatchObject({ creditedMinutes: 2400, outstandingMinutes: 0 });
    expect(order.ledger.at(-1)).toEqual({
      date: '2026-11-21',
      kind: 'SESSION',
      description: 'Riverside Garden: Attended, complied, 09:00–13:00',
      creditedMinutes: 30,
      balanceMinutes: 0,
    });
  });

  it('refuses a person not booked and a person listed twice', async () => {
    const walker = await booked('Walker');
    const stranger = await assessed('Stranger');
    const envelope = await core.call('sessions.recordRegister', {
      sessionId,
      rows: [attended(stranger), attended(walker), attended(walker)],
    });
    expect(envelope).toEqual(
      validation(
        {
          'rows.0.orderId': 'Row 1: not booked on this session',
          'rows.2.orderId': 'Row 3 (Walker, Jordan): appears twice in the register',
        },
        registerHeading,
      ),
    );
    expect(rowsOf(core, 'SELECT outcome FROM bookings')).toEqual([{ outcome: null }]);
  });

  it('takes a stand-down in advance on a future session, but not an attendance', async () => {
    const future = (await core.ok('sessions.create', session({ date: '2026-11-28' }))).id;
    const orderId = await assessed('Walker');
    await core.ok('sessions.book', { sessionId: future, orderId });
    expect(
      await core.call('sessions.recordRegister', { sessionId: future, rows: [attended(orderId)] }),
    ).toEqual(
      validation(
        {
          'rows.0.outcome':
            'Row 1 (Walker, Jordan): Attended, complied can only be recorded once the session has happened',
        },
        'The register for 28/11/2026 was not saved',
      ),
    );
    expect(rowsOf(core, 'SELECT credited_minutes FROM orders')).toEqual([{ credited_minutes: 0 }]);
    const detail = await core.ok('sessions.recordRegister', {
      sessionId: future,
      rows: [{ orderId, outcome: 'RSOF' }],
    });
    expect(detail.bookings[0]).toMatchObject({ outcome: 'RSOF', creditedMinutes: 0 });
  });
});

describe('the employability share of an order', () => {
  it('caps credit at employability sessions at the policy share, and not other sessions', async () => {
    // A 40-hour order at 20 %: 8 hours of employability, training and education at most.
    const orderId = await assessed('Walker', { hours: 40 });
    const college = await core.ok(
      'placements.save',
      placementInput({ name: 'Northvale College', type: 'EMPLOYABILITY', capacity: 12 }),
    );
    const day = async (date: string, id = college.id) => {
      const s = await core.ok('sessions.create', sessionInput(id, office.supervisor.id, { date }));
      await core.ok('sessions.book', { sessionId: s.id, orderId });
      // 09:00 to 13:00 with 15 minutes' penalty: 225 minutes of work each time.
      const done = await core.ok('sessions.recordRegister', {
        sessionId: s.id,
        rows: [attended(orderId, { penaltyMinutes: 15 })],
      });
      return done.bookings[0]!.creditedMinutes;
    };
    const credits = [
      await day('2026-11-16'),
      await day('2026-11-17'),
      await day('2026-11-18'),
      await day('2026-11-19'),
      await day('2026-11-20', placementId),
    ];
    expect(credits).toEqual([225, 225, 30, 0, 225]);
    expect(rowsOf(core, 'SELECT credited_minutes FROM orders')).toEqual([
      { credited_minutes: 480 + 225 },
    ]);
  });
});
