import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/contract';
import type { EndingKind } from '../../shared/session-codes';
import { testCore, type TestCore } from '../support/core';
import {
  attended,
  newOrder,
  placementInput,
  placementOffice,
  readyOrder,
  rule,
  sessionInput,
  validation,
  type Office,
} from './fixtures-placements';
import { executeBehind, rowsOf } from './helpers';
import { snapshot } from './security-support';

/** Today is Thursday 26/11/2026; orders are sentenced on 15/01/2026 for 120 hours unless told. */
let core: TestCore;
let office: Office;

beforeEach(async () => {
  core = await testCore();
  office = await placementOffice(core);
});

afterEach(() => core.close());

const allHours = 120 * 60;

/** Credits an order's hours outside sessions (an adjustment), all of them unless told. */
async function credit(orderId: number, minutes = allHours, date = '2026-11-20') {
  await core.ok('orders.creditAdjustment', { orderId, date, minutes, reason: 'Hours worked' });
}

async function completedOrder(
  endedOn = '2026-11-20',
  options: Parameters<typeof newOrder>[2] = {},
) {
  const order = await newOrder(core, office, options);
  await credit(order.id, allHours, endedOn);
  await core.ok('endings.end', { orderId: order.id, kind: 'COMPLETED', endedOn });
  return order;
}

function interview(
  orderId: number,
  overrides: Partial<InputOf<'endings.recordExitInterview'>> = {},
): InputOf<'endings.recordExitInterview'> {
  return {
    orderId,
    interviewedOn: '2026-11-24',
    whatTheyDid: 'Cleared the canal towpath and built raised beds at the community garden',
    whatTheyLearned: 'How to use hand tools safely and to turn up on time',
    skillsGained: ['GARDENING', 'CONSTRUCTION'],
    treatmentRating: 4,
    workWorthwhile: 'YES',
    willVolunteer: 'UNSURE',
    offeredPaidWork: false,
    furtherOffence: 'NO',
    comments: 'Would like a reference from the garden',
    ...overrides,
  };
}

const orderRow = (id: number) =>
  rowsOf(core, 'SELECT status, ended_on FROM orders WHERE id = ?', id)[0];

describe('endings.end', () => {
  it('completes an order with every hour credited, saying who recorded it', async () => {
    const order = await newOrder(core, office);
    await credit(order.id);
    const ended = await core.ok('endings.end', {
      orderId: order.id,
      kind: 'COMPLETED',
      endedOn: '2026-11-21',
      reason: '',
    });
    expect(ended).toEqual({
      orderId: order.id,
      status: 'COMPLETED',
      ending: {
        kind: 'COMPLETED',
        endedOn: '2026-11-21',
        reason: 'All hours credited',
        recordedBy: 'Test Manager',
      },
      exitInterview: null,
      exitInterviewMissing: true,
    });
    expect(orderRow(order.id)).toEqual({ status: 'COMPLETED', ended_on: '2026-11-21' });
    expect(
      rowsOf(core, 'SELECT order_id, reason, recorded_by, created_at FROM order_endings'),
    ).toEqual([
      {
        order_id: order.id,
        reason: 'All hours credited',
        recorded_by: 'Test Manager',
        created_at: '2026-11-26T10:00:00.000Z',
      },
    ]);
    expect(await core.ok('endings.forOrder', { orderId: order.id })).toEqual(ended);
    // An ended order takes nothing more: no credit, no booking.
    expect(
      await core.call('orders.creditAdjustment', {
        orderId: order.id,
        date: '2026-11-24',
        minutes: 60,
        reason: 'Late entry',
      }),
    ).toEqual(rule('This order has ended; it cannot be changed.'));
  });

  it.each<[EndingKind, string, string]>([
    ['REVOKED', '2026-10-05', 'Revoked by the court on application of the case manager'],
    ['BREACHED_RESENTENCED', '2026-09-14', 'Breached; re-sentenced to 12 weeks custody'],
    ['TRANSFERRED', '2026-11-26', 'Moved to Southvale; order transferred'],
  ])(
    'ends an order as %s with hours outstanding, with its reason',
    async (kind, endedOn, reason) => {
      const order = await newOrder(core, office);
      await credit(order.id, 600, '2026-03-01');
      const ended = await core.ok('endings.end', { orderId: order.id, kind, endedOn, reason });
      expect(ended).toEqual({
        orderId: order.id,
        status: kind,
        ending: { kind, endedOn, reason, recordedBy: 'Test Manager' },
        exitInterview: null,
        exitInterviewMissing: false,
      });
      expect(orderRow(order.id)).toEqual({ status: kind, ended_on: endedOn });
      expect(rowsOf(core, 'SELECT reason, recorded_by FROM order_endings')).toEqual([
        { reason, recorded_by: 'Test Manager' },
      ]);
    },
  );

  it('ends an order as expired once its end date has passed', async () => {
    const order = await newOrder(core, office, { order: { sentenceDate: '2025-10-01' } });
    expect(order.endDate).toBe('2026-10-01');
    const ended = await core.ok('endings.end', {
      orderId: order.id,
      kind: 'EXPIRED',
      endedOn: '2026-10-02',
      reason: 'Not extended by the court; 80 hours unworked',
    });
    expect(ended.ending).toEqual({
      kind: 'EXPIRED',
      endedOn: '2026-10-02',
      reason: 'Not extended by the court; 80 hours unworked',
      recordedBy: 'Test Manager',
    });
    expect(orderRow(order.id)).toEqual({ status: 'EXPIRED', ended_on: '2026-10-02' });
  });

  it('records the case administrator who ended it', async () => {
    const token = await core.signInAs('CASE_ADMINISTRATOR', 'cara');
    const order = await newOrder(core, office);
    const ended = await core.call(
      'endings.end',
      { orderId: order.id, kind: 'REVOKED', endedOn: '2026-11-25', reason: 'Revoked' },
      token,
    );
    expect(ended).toMatchObject({
      ok: true,
      value: { ending: { recordedBy: 'Test CASE_ADMINISTRATOR' } },
    });
    const supervisor = await core.signInAs('SUPERVISOR', 'sam');
    const other = await newOrder(core, office);
    const before = snapshot(core);
    expect(
      await core.call(
        'endings.end',
        { orderId: other.id, kind: 'REVOKED', endedOn: '2026-11-25', reason: 'Revoked' },
        supervisor,
      ),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(snapshot(core)).toEqual(before);
  });

  it('ends the open allocation on the date ended and takes future bookings off', async () => {
    const order = await readyOrder(core, office);
    const garden = await core.ok('placements.save', placementInput({ capacity: 12 }));
    await core.ok('allocation.allocate', { orderId: order.id, placementId: garden.id });
    const session = (date: string) =>
      core.ok('sessions.create', sessionInput(garden.id, office.supervisor.id, { date }));
    const past = await session('2026-11-21');
    const tomorrow = await session('2026-11-27');
    const next = await session('2026-11-28');
    const stoodDown = await session('2026-12-05');
    for (const s of [past, tomorrow, next, stoodDown])
      await core.ok('sessions.book', { sessionId: s.id, orderId: order.id });
    await core.ok('sessions.recordRegister', { sessionId: past.id, rows: [attended(order.id)] });
    // Known ahead: the service stood the 05/12 session down; that outcome stays on record.
    await core.ok('sessions.recordRegister', {
      sessionId: stoodDown.id,
      rows: [
        {
          orderId: order.id,
          outcome: 'AASD',
          arrivedAt: null,
          leftAt: null,
          penaltyMinutes: 0,
          standDownCause: 'NO_SUPERVISOR',
        } as InputOf<'sessions.recordRegister'>['rows'][number],
      ],
    });
    await credit(order.id, allHours - 240 - 60, '2026-11-25');

    await core.ok('endings.end', { orderId: order.id, kind: 'COMPLETED', endedOn: '2026-11-26' });
    expect(rowsOf(core, 'SELECT order_id, allocated_on, ended_on FROM allocations')).toEqual([
      { order_id: order.id, allocated_on: '2026-11-26', ended_on: '2026-11-26' },
    ]);
    expect(
      rowsOf(
        core,
        'SELECT s.date, b.outcome FROM bookings b JOIN sessions s ON s.id = b.session_id ORDER BY s.date',
      ),
    ).toEqual([
      { date: '2026-11-21', outcome: 'ATTC' },
      { date: '2026-12-05', outcome: 'AASD' },
    ]);
    expect((await core.ok('sessions.get', { id: next.id })).bookings).toEqual([]);
  });

  it('ends an allocation made after a backdated ending on the day it was made', async () => {
    const order = await readyOrder(core, office);
    const garden = await core.ok('placements.save', placementInput());
    await core.ok('allocation.allocate', { orderId: order.id, placementId: garden.id });
    await core.ok('endings.end', {
      orderId: order.id,
      kind: 'TRANSFERRED',
      endedOn: '2026-11-20',
      reason: 'Moved away before the allocation was made',
    });
    expect(rowsOf(core, 'SELECT ended_on FROM allocations')).toEqual([{ ended_on: '2026-11-26' }]);
    expect(orderRow(order.id)).toEqual({ status: 'TRANSFERRED', ended_on: '2026-11-20' });
  });

  describe('refuses, and writes nothing', () => {
    it.each<
      [
        string,
        Partial<InputOf<'endings.end'>>,
        { credited?: number; sentenceDate?: string },
        (orderId: number) => unknown,
      ]
    >([
      [
        'a completion with hours outstanding, saying how many',
        { kind: 'COMPLETED' },
        { credited: allHours - 150 },
        () => validation({ kind: 'The order cannot be completed: 2 h 30 m still outstanding' }),
      ],
      [
        'a completion of an order with nothing credited',
        { kind: 'COMPLETED' },
        {},
        () => validation({ kind: 'The order cannot be completed: 120 h still outstanding' }),
      ],
      [
        'an expiry before the end date has passed',
        { kind: 'EXPIRED', reason: 'Ran out of time' },
        {},
        () =>
          validation({
            kind: 'The order cannot expire before its end date has passed (15/01/2027)',
          }),
      ],
      [
        'an expiry dated before the end date',
        { kind: 'EXPIRED', endedOn: '2026-09-30', reason: 'Ran out of time' },
        { sentenceDate: '2025-10-01' },
        () =>
          validation({
            endedOn: 'Date ended of an expired order must be after its end date (01/10/2026)',
          }),
      ],
      [
        'a date in the future',
        { kind: 'REVOKED', endedOn: '2026-11-27', reason: 'Revoked' },
        {},
        () => validation({ endedOn: 'Date ended cannot be in the future' }),
      ],
      [
        'a date before the sentence',
        { kind: 'TRANSFERRED', endedOn: '2026-01-14', reason: 'Moved' },
        {},
        () => validation({ endedOn: 'Date ended cannot be before the sentence date (15/01/2026)' }),
      ],
      [
        'a revocation without a reason',
        { kind: 'REVOKED', reason: '  ' },
        {},
        () => validation({ reason: 'Reason is required unless the order was completed' }),
      ],
      [
        'a kind that is not an ending',
        { kind: 'LIVE' as EndingKind },
        {},
        () =>
          validation({
            kind: 'How the order ended must be one of: Completed: all hours worked, Revoked, Breached and re-sentenced, Transferred out, Expired',
          }),
      ],
      [
        'a date that is not a date',
        { kind: 'REVOKED', endedOn: '2026-02-30', reason: 'Revoked' },
        {},
        () => validation({ endedOn: 'Date ended must be a real date, written as dd/mm/yyyy' }),
      ],
    ])('%s', async (_, input, setUp, expected) => {
      const order = await newOrder(core, office, {
        order: setUp.sentenceDate ? { sentenceDate: setUp.sentenceDate } : {},
      });
      if (setUp.credited) await credit(order.id, setUp.credited);
      const before = snapshot(core);
      expect(
        await core.call('endings.end', {
          orderId: order.id,
          kind: 'COMPLETED',
          endedOn: '2026-11-25',
          ...input,
        }),
      ).toEqual(expected(order.id));
      expect(snapshot(core)).toEqual(before);
    });

    it('an order that has already ended', async () => {
      const order = await completedOrder('2026-11-20');
      const before = snapshot(core);
      expect(
        await core.call('endings.end', {
          orderId: order.id,
          kind: 'REVOKED',
          endedOn: '2026-11-25',
          reason: 'Revoked after all',
        }),
      ).toEqual(
        rule('This order has already ended (Completed on 20/11/2026); it cannot be ended again.'),
      );
      expect(snapshot(core)).toEqual(before);
    });

    it('an order that does not exist', async () => {
      const before = snapshot(core);
      expect(
        await core.call('endings.end', {
          orderId: 999,
          kind: 'REVOKED',
          endedOn: '2026-11-25',
          reason: 'Revoked',
        }),
      ).toEqual({
        ok: false,
        error: { code: 'NOT_FOUND', message: 'The order was not found. It may have been removed.' },
      });
      expect(snapshot(core)).toEqual(before);
    });

    it('while sessions on or before today have no outcome, naming their dates', async () => {
      const order = await readyOrder(core, office);
      const garden = await core.ok('placements.save', placementInput({ capacity: 12 }));
      await core.ok('allocation.allocate', { orderId: order.id, placementId: garden.id });
      for (const date of ['2026-11-14', '2026-11-21', '2026-11-26', '2026-11-28']) {
        const s = await core.ok(
          'sessions.create',
          sessionInput(garden.id, office.supervisor.id, { date }),
        );
        await core.ok('sessions.book', { sessionId: s.id, orderId: order.id });
      }
      const before = snapshot(core);
      expect(
        await core.call('endings.end', {
          orderId: order.id,
          kind: 'REVOKED',
          endedOn: '2026-11-25',
          reason: 'Revoked',
        }),
      ).toEqual(
        rule(
          'Record the outcomes of the sessions on 14/11/2026, 21/11/2026 and 26/11/2026 first, or take the bookings off: their credit would be lost once the order has ended.',
        ),
      );
      expect(snapshot(core)).toEqual(before);
      expect(orderRow(order.id)).toEqual({ status: 'LIVE', ended_on: null });
    });
  });
});

describe('endings.recordExitInterview', () => {
  it('records the interview of a completed order, by whoever is signed in', async () => {
    const order = await completedOrder('2026-11-20');
    const recorded = await core.ok('endings.recordExitInterview', interview(order.id));
    expect(recorded).toEqual({
      orderId: order.id,
      status: 'COMPLETED',
      ending: {
        kind: 'COMPLETED',
        endedOn: '2026-11-20',
        reason: 'All hours credited',
        recordedBy: 'Test Manager',
      },
      exitInterview: {
        interviewedOn: '2026-11-24',
        whatTheyDid: 'Cleared the canal towpath and built raised beds at the community garden',
        whatTheyLearned: 'How to use hand tools safely and to turn up on time',
        skillsGained: ['GARDENING', 'CONSTRUCTION'],
        treatmentRating: 4,
        workWorthwhile: 'YES',
        willVolunteer: 'UNSURE',
        offeredPaidWork: false,
        furtherOffence: 'NO',
        comments: 'Would like a reference from the garden',
        interviewedBy: 'Test Manager',
      },
      exitInterviewMissing: false,
    });
    expect(
      rowsOf(
        core,
        'SELECT order_id, interviewed_on, skills_gained, treatment_rating, work_worthwhile, will_volunteer, offered_paid_work, interviewed_by FROM exit_interviews',
      ),
    ).toEqual([
      {
        order_id: order.id,
        interviewed_on: '2026-11-24',
        skills_gained: '["GARDENING","CONSTRUCTION"]',
        treatment_rating: 4,
        work_worthwhile: 'YES',
        will_volunteer: 'UNSURE',
        offered_paid_work: 0,
        interviewed_by: 'Test Manager',
      },
    ]);
    expect(await core.ok('endings.forOrder', { orderId: order.id })).toEqual(recorded);
  });

  it('takes an interview held at the last session, 14 days before completion, with no skills', async () => {
    const order = await completedOrder('2026-11-20');
    const recorded = await core.ok(
      'endings.recordExitInterview',
      interview(order.id, {
        interviewedOn: '2026-11-06',
        skillsGained: [],
        offeredPaidWork: true,
        comments: '',
        treatmentRating: 1,
        workWorthwhile: 'NO',
      }),
    );
    expect(recorded.exitInterview).toMatchObject({
      interviewedOn: '2026-11-06',
      skillsGained: [],
      offeredPaidWork: true,
      comments: null,
      treatmentRating: 1,
      workWorthwhile: 'NO',
    });
  });

  describe('refuses, and writes nothing', () => {
    it.each<[string, EndingKind | 'LIVE', string]>([
      [
        'a live order',
        'LIVE',
        'An exit interview is recorded only for a completed order; this order is still live.',
      ],
      [
        'a revoked order',
        'REVOKED',
        'An exit interview is recorded only for a completed order; this order ended as revoked.',
      ],
      [
        'a transferred order',
        'TRANSFERRED',
        'An exit interview is recorded only for a completed order; this order ended as transferred out.',
      ],
    ])('%s', async (_, status, message) => {
      const order = await newOrder(core, office);
      if (status !== 'LIVE')
        await core.ok('endings.end', {
          orderId: order.id,
          kind: status,
          endedOn: '2026-11-20',
          reason: 'Ended',
        });
      const before = snapshot(core);
      expect(await core.call('endings.recordExitInterview', interview(order.id))).toEqual(
        rule(message),
      );
      expect(snapshot(core)).toEqual(before);
    });

    it('a second interview of the same order', async () => {
      const order = await completedOrder('2026-11-20');
      await core.ok('endings.recordExitInterview', interview(order.id));
      const before = snapshot(core);
      expect(
        await core.call(
          'endings.recordExitInterview',
          interview(order.id, { interviewedOn: '2026-11-25' }),
        ),
      ).toEqual({
        ok: false,
        error: {
          code: 'CONFLICT',
          message: 'An exit interview is already recorded for this order (24/11/2026).',
        },
      });
      expect(snapshot(core)).toEqual(before);
    });

    it.each<[string, Partial<InputOf<'endings.recordExitInterview'>>, Record<string, string>]>([
      [
        'an interview more than 14 days before completion',
        { interviewedOn: '2026-11-05' },
        {
          interviewedOn:
            'Date of interview cannot be more than 14 days before the order was completed (20/11/2026)',
        },
      ],
      [
        'an interview in the future',
        { interviewedOn: '2026-11-27' },
        { interviewedOn: 'Date of interview cannot be in the future' },
      ],
      [
        'a rating of 0',
        { treatmentRating: 0 },
        { treatmentRating: 'How they were treated must be a whole number from 1 to 5' },
      ],
      [
        'a rating of 6',
        { treatmentRating: 6 },
        { treatmentRating: 'How they were treated must be a whole number from 1 to 5' },
      ],
      [
        'a skill not in the list',
        { skillsGained: ['JUGGLING' as 'CARE'] },
        {
          'skillsGained.0':
            'Skills gained: each must be one of: Gardening and grounds, Construction and joinery, Painting and decorating, Catering, Cleaning, Retail and charity shops, Recycling and furniture, Care and community support, Office and IT, Crafts and upholstery',
        },
      ],
      [
        'a skill twice',
        { skillsGained: ['CARE', 'CARE'] },
        { skillsGained: 'Skills gained: each may be chosen only once' },
      ],
      [
        'no answer to whether they will volunteer',
        { willVolunteer: undefined },
        {
          willVolunteer:
            'Whether they will carry on as a volunteer must be one of: Yes, No, Not sure',
        },
      ],
      [
        'nothing about what they did',
        { whatTheyDid: ' ' },
        { whatTheyDid: 'What they did is required' },
      ],
      [
        'paid work not yes or no',
        { offeredPaidWork: 'maybe' as unknown as boolean },
        { offeredPaidWork: 'Offered paid work must be yes or no' },
      ],
    ])('%s', async (_, overrides, fields) => {
      const order = await completedOrder('2026-11-20');
      const before = snapshot(core);
      expect(
        await core.call('endings.recordExitInterview', interview(order.id, overrides)),
      ).toEqual(validation(fields));
      expect(snapshot(core)).toEqual(before);
    });
  });
});

describe('endings.forOrder', () => {
  it('gives nulls for a live order', async () => {
    const order = await newOrder(core, office);
    expect(await core.ok('endings.forOrder', { orderId: order.id })).toEqual({
      orderId: order.id,
      status: 'LIVE',
      ending: null,
      exitInterview: null,
      exitInterviewMissing: false,
    });
  });

  it('gives the kind and date of an order ended before reasons were recorded', async () => {
    const order = await newOrder(core, office);
    executeBehind(core, `UPDATE orders SET status = 'COMPLETED', ended_on = '2026-06-01'`);
    expect(await core.ok('endings.forOrder', { orderId: order.id })).toEqual({
      orderId: order.id,
      status: 'COMPLETED',
      ending: { kind: 'COMPLETED', endedOn: '2026-06-01', reason: null, recordedBy: null },
      exitInterview: null,
      exitInterviewMissing: true,
    });
  });

  it('gives NOT_FOUND for an order that does not exist', async () => {
    expect(await core.call('endings.forOrder', { orderId: 42 })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'The order was not found. It may have been removed.' },
    });
  });
});

describe('endings.missingExitInterviews', () => {
  it('lists completions of the last 12 months without an interview, oldest first', async () => {
    const interviewed = await completedOrder('2026-11-20', { person: { familyName: 'Adams' } });
    await core.ok('endings.recordExitInterview', interview(interviewed.id));
    const recent = await completedOrder('2026-11-24', { person: { familyName: 'Baker' } });
    const older = await completedOrder('2026-02-10', { person: { familyName: 'Cole' } });
    // Completed 13 months ago: no longer chased.
    await completedOrder('2025-10-20', {
      person: { familyName: 'Dunn' },
      order: { sentenceDate: '2025-01-10' },
    });
    const revoked = await newOrder(core, office, { person: { familyName: 'Evans' } });
    await core.ok('endings.end', {
      orderId: revoked.id,
      kind: 'REVOKED',
      endedOn: '2026-11-01',
      reason: 'Revoked',
    });
    await newOrder(core, office, { person: { familyName: 'Fox' } });

    const list = await core.ok('endings.missingExitInterviews', {});
    expect(list).toEqual({
      total: 2,
      rows: [
        {
          orderId: older.id,
          personId: older.personId,
          personName: 'Cole, Jordan',
          caseReference: older.caseReference,
          completedOn: '2026-02-10',
          daysSince: 289,
        },
        {
          orderId: recent.id,
          personId: recent.personId,
          personName: 'Baker, Jordan',
          caseReference: recent.caseReference,
          completedOn: '2026-11-24',
          daysSince: 2,
        },
      ],
    });
    const byName = await core.ok('endings.missingExitInterviews', {
      sortField: 'personName',
      sortDirection: 'asc',
      pageSize: 1,
      page: 1,
    });
    expect(byName).toMatchObject({ total: 2, rows: [{ personName: 'Cole, Jordan' }] });
    const found = await core.ok('endings.missingExitInterviews', { search: 'baker' });
    expect(found.rows.map((r) => r.orderId)).toEqual([recent.id]);

    // Recording the interview takes the order off the list.
    await core.ok('endings.recordExitInterview', interview(recent.id));
    expect((await core.ok('endings.missingExitInterviews', {})).rows.map((r) => r.orderId)).toEqual(
      [older.id],
    );
  });
});

describe('endings.readyToComplete', () => {
  it('lists live orders with no hours outstanding, with their last credit and unrecorded sessions', async () => {
    const ready = await readyOrder(core, office, { person: { familyName: 'Adams' } });
    const garden = await core.ok('placements.save', placementInput({ capacity: 12 }));
    const past = await core.ok('sessions.create', sessionInput(garden.id, office.supervisor.id));
    const later = await core.ok(
      'sessions.create',
      sessionInput(garden.id, office.supervisor.id, { date: '2026-11-26' }),
    );
    await core.ok('sessions.book', { sessionId: past.id, orderId: ready.id });
    await core.ok('sessions.book', { sessionId: later.id, orderId: ready.id });
    await credit(ready.id, allHours - 240, '2026-11-14');
    await core.ok('sessions.recordRegister', { sessionId: past.id, rows: [attended(ready.id)] });
    const byAdjustment = await newOrder(core, office, { person: { familyName: 'Baker' } });
    await credit(byAdjustment.id, allHours, '2026-11-02');
    const short = await newOrder(core, office, { person: { familyName: 'Cole' } });
    await credit(short.id, allHours - 1);
    await completedOrder('2026-11-20', { person: { familyName: 'Dunn' } });

    const list = await core.ok('endings.readyToComplete', {});
    expect(list).toEqual({
      total: 2,
      rows: [
        {
          orderId: byAdjustment.id,
          personId: byAdjustment.personId,
          personName: 'Baker, Jordan',
          caseReference: byAdjustment.caseReference,
          hoursOrderedMinutes: allHours,
          creditedMinutes: allHours,
          lastCreditOn: '2026-11-02',
          endDate: '2027-01-15',
          unrecordedSessions: 0,
        },
        {
          orderId: ready.id,
          personId: ready.personId,
          personName: 'Adams, Jordan',
          caseReference: ready.caseReference,
          hoursOrderedMinutes: allHours,
          creditedMinutes: allHours,
          lastCreditOn: '2026-11-21',
          endDate: '2027-01-15',
          unrecordedSessions: 1,
        },
      ],
    });
    const byName = await core.ok('endings.readyToComplete', {
      sortField: 'personName',
      sortDirection: 'desc',
    });
    expect(byName.rows.map((r) => r.personName)).toEqual(['Baker, Jordan', 'Adams, Jordan']);

    // Today's register still to come: ending is refused until it is in.
    expect(
      await core.call('endings.end', {
        orderId: ready.id,
        kind: 'COMPLETED',
        endedOn: '2026-11-21',
      }),
    ).toEqual(
      rule(
        'Record the outcome of the session on 26/11/2026 first, or take the booking off: its credit would be lost once the order has ended.',
      ),
    );
    await core.ok('sessions.unbook', { sessionId: later.id, orderId: ready.id });
    await core.ok('endings.end', { orderId: ready.id, kind: 'COMPLETED', endedOn: '2026-11-21' });
    expect((await core.ok('endings.readyToComplete', {})).rows.map((r) => r.orderId)).toEqual([
      byAdjustment.id,
    ]);
  });
});
