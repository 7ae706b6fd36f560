import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/contract';
import { defaultPolicy } from '../../shared/policy';
import { tempDir, testCore, type TestCore } from '../support/core';
import {
  assessment,
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
import { snapshot } from './security-support';

/**
 * Enforcement through the procedures: failures recorded on real registers, decisions made on
 * different days (the core is reopened with a later today, as the office would come in on a
 * later day), refusals that write nothing, the case manager's alert and the letter's contents.
 */

let dataDir: string;
let core: TestCore;
let office: Office;
let placementId: number;

beforeEach(async () => {
  dataDir = tempDir();
  core = await testCore({ dataDir });
  office = await placementOffice(core);
  // Reviewed until mid-2028, so bookings a year on are still allowed.
  placementId = (
    await core.ok(
      'placements.save',
      placementInput({ capacity: 12, healthAndSafetyReviewDue: '2028-06-01' }),
    )
  ).id;
});

afterEach(() => core.close());

/** The office comes in on a later day: the same data folder, today moved on. */
async function on(today: string) {
  core.close();
  core = await testCore({ dataDir, today });
}

/** A live order with a risk of harm assessment, for a person of this family name. */
async function order(familyName = 'Walker', person: Record<string, unknown> = {}) {
  const created = await newOrder(core, office, { person: { familyName, ...person } });
  await core.ok('risk.record', assessment(created.id));
  return created.id;
}

type Outcome = InputOf<'sessions.recordRegister'>['rows'][number]['outcome'];

/** A session on `date` where this order's outcome is recorded; returns the booking's id. */
async function failure(orderId: number, date: string, outcome: Outcome = 'UACP') {
  const session = await core.ok(
    'sessions.create',
    sessionInput(placementId, office.supervisor.id, { date }),
  );
  await core.ok('sessions.book', { sessionId: session.id, orderId });
  const row = ['ATTC', 'AFTC', 'ATSH'].includes(outcome)
    ? attended(orderId, { outcome })
    : { orderId, outcome };
  await core.ok('sessions.recordRegister', { sessionId: session.id, rows: [row] });
  return rowsOf<{ id: number }>(
    core,
    'SELECT id FROM bookings WHERE session_id = ? AND order_id = ?',
    session.id,
    orderId,
  )[0]!.id;
}

const decide = (bookingId: number, decision: 'WARNING' | 'BREACH' | 'ACCEPTABLE', reason: string) =>
  core.call('enforcement.decide', { bookingId, decision, reason });

const alerts = () =>
  rowsOf(core, 'SELECT order_id, source, raised_on, message FROM case_manager_alerts');

describe('enforcement.pending', () => {
  it('lists every enforceable outcome on a live order without a decision, oldest first', async () => {
    const walker = await order('Walker');
    const adams = await order('Adams');
    const baker = await order('Baker');
    const ended = await order('Clarke');
    const adamsFailure = await failure(adams, '2026-11-14', 'AFTC');
    const walkerFailure = await failure(walker, '2026-11-07', 'UACP');
    await failure(baker, '2026-11-14', 'ATTC');
    await failure(baker, '2026-11-21', 'AAME');
    await failure(walker, '2026-11-21', 'RSOF');
    await failure(ended, '2026-11-07', 'ATSH');
    executeBehind(core, `UPDATE orders SET status = 'REVOKED' WHERE id = ${ended}`);

    expect(await core.ok('enforcement.pending', {})).toEqual([
      {
        bookingId: walkerFailure,
        orderId: walker,
        personName: 'Walker, Jordan',
        caseReference: expect.stringMatching(/^NV3/),
        sessionDate: '2026-11-07',
        placementName: 'Riverside Garden',
        outcome: 'UACP',
        step: 'WARNING',
        why: 'no warning given on this order before this failure on 07/11/2026',
        daysWaiting: 19,
      },
      {
        bookingId: adamsFailure,
        orderId: adams,
        personName: 'Adams, Jordan',
        caseReference: expect.stringMatching(/^NV3/),
        sessionDate: '2026-11-14',
        placementName: 'Riverside Garden',
        outcome: 'AFTC',
        step: 'WARNING',
        why: 'no warning given on this order before this failure on 14/11/2026',
        daysWaiting: 12,
      },
    ]);

    await decide(walkerFailure, 'WARNING', 'No contact and no reason given');
    expect((await core.ok('enforcement.pending', {})).map((p) => p.bookingId)).toEqual([
      adamsFailure,
    ]);
  });
});

describe('enforcement.decide', () => {
  it('gives a warning, then refers for breach a second failure within 12 months of it', async () => {
    const walker = await order('Walker');
    const first = await failure(walker, '2026-11-07');
    expect(await decide(first, 'WARNING', 'Did not attend; no reason given')).toEqual({
      ok: true,
      value: {
        id: expect.any(Number),
        orderId: walker,
        bookingId: first,
        personName: 'Walker, Jordan',
        caseReference: expect.any(String),
        decision: 'WARNING',
        failureDate: '2026-11-07',
        placementName: 'Riverside Garden',
        outcome: 'UACP',
        decidedOn: '2026-11-26',
        respondBy: '2026-12-03',
        reason: 'Did not attend; no reason given',
        decidedBy: 'Test Manager',
        letterAvailable: true,
      },
    });
    expect(alerts()).toEqual([]);

    await on('2026-12-14');
    const second = await failure(walker, '2026-12-12', 'ATSH');
    const why = 'warning on 26/11/2026 for a failure on 07/11/2026, within 12 months';
    expect(await core.ok('enforcement.pending', {})).toMatchObject([
      { bookingId: second, step: 'BREACH', why, daysWaiting: 2 },
    ]);
    const before = snapshot(core);
    expect(await decide(second, 'WARNING', 'Sent home for swearing at the supervisor')).toEqual(
      rule(`A breach referral is due, not a warning letter: ${why}.`),
    );
    expect(snapshot(core)).toEqual(before);

    const breach = await decide(second, 'BREACH', 'Sent home for swearing at the supervisor');
    expect(breach).toMatchObject({
      ok: true,
      value: {
        decision: 'BREACH',
        respondBy: null,
        decidedOn: '2026-12-14',
        letterAvailable: true,
      },
    });
    expect(alerts()).toEqual([
      {
        order_id: walker,
        source: 'BREACH',
        raised_on: '2026-12-14',
        message:
          'Breach referral for Walker, Jordan: attended, sent home for behaviour at Riverside Garden ' +
          `on 12/12/2026 after a ${why}. Decided by Test Manager: Sent home for swearing at the supervisor`,
      },
    ]);
    expect(
      rowsOf(
        core,
        'SELECT decision, failure_date, decided_on, respond_by, decided_by FROM enforcement_decisions ORDER BY id',
      ),
    ).toEqual([
      {
        decision: 'WARNING',
        failure_date: '2026-11-07',
        decided_on: '2026-11-26',
        respond_by: '2026-12-03',
        decided_by: 'Test Manager',
      },
      {
        decision: 'BREACH',
        failure_date: '2026-12-12',
        decided_on: '2026-12-14',
        respond_by: null,
        decided_by: 'Test Manager',
      },
    ]);
    expect(
      (await core.ok('enforcement.history', { orderId: walker })).map((d) => [
        d.decision,
        d.failureDate,
        d.decidedBy,
        d.reason,
      ]),
    ).toEqual([
      ['WARNING', '2026-11-07', 'Test Manager', 'Did not attend; no reason given'],
      ['BREACH', '2026-12-12', 'Test Manager', 'Sent home for swearing at the supervisor'],
    ]);
  });

  it('gives a warning again for a failure 13 months after a warning', async () => {
    const walker = await order('Walker');
    await decide(await failure(walker, '2026-11-07'), 'WARNING', 'No reason given');
    await on('2027-12-28');
    const late = await failure(walker, '2027-12-26');
    const why =
      'the last warning, on 26/11/2026, was more than 12 months before this failure on 26/12/2027';
    expect(await core.ok('enforcement.pending', {})).toMatchObject([
      { bookingId: late, step: 'WARNING', why },
    ]);
    const before = snapshot(core);
    expect(await decide(late, 'BREACH', 'Missed again')).toEqual(
      rule(`A warning letter is due, not a breach referral: ${why}.`),
    );
    expect(snapshot(core)).toEqual(before);
    expect(await decide(late, 'WARNING', 'Missed again')).toMatchObject({
      ok: true,
      value: { decision: 'WARNING', decidedOn: '2027-12-28', respondBy: '2028-01-04' },
    });
    expect(alerts()).toEqual([]);
  });

  it('does not count a warning given after the failure: two failures before it both get warnings', async () => {
    const walker = await order('Walker');
    const first = await failure(walker, '2026-11-07');
    const second = await failure(walker, '2026-11-14');
    // Decided in either order, each is a warning: neither failure came after a warning.
    expect(await decide(second, 'WARNING', 'No reason given')).toMatchObject({ ok: true });
    expect(await core.ok('enforcement.pending', {})).toMatchObject([
      { bookingId: first, step: 'WARNING' },
    ]);
    expect(await decide(first, 'WARNING', 'No reason given')).toMatchObject({ ok: true });
  });

  it('accepts evidence instead: no letter, and it does not count as a warning', async () => {
    const walker = await order('Walker');
    const first = await failure(walker, '2026-11-07');
    const evidence = 'GP’s note of 06/11/2026: flu, unfit for work until 09/11/2026';
    const accepted = await decide(first, 'ACCEPTABLE', evidence);
    expect(accepted).toMatchObject({
      ok: true,
      value: { decision: 'ACCEPTABLE', respondBy: null, reason: evidence, letterAvailable: false },
    });
    const id = accepted.ok ? accepted.value.id : 0;
    expect(await core.call('enforcement.letter', { decisionId: id })).toEqual(
      rule('Evidence was accepted for this absence: there is no letter to print.'),
    );
    await on('2026-12-14');
    expect(await core.ok('enforcement.pending', {})).toEqual([]);
    const second = await failure(walker, '2026-12-12');
    expect(await core.ok('enforcement.pending', {})).toMatchObject([
      { bookingId: second, step: 'WARNING' },
    ]);
  });

  it('records who decided: a case administrator', async () => {
    const walker = await order('Walker');
    const first = await failure(walker, '2026-11-07');
    const token = await core.signInAs('CASE_ADMINISTRATOR', 'cara');
    const decided = await core.call(
      'enforcement.decide',
      { bookingId: first, decision: 'WARNING', reason: 'No reason given' },
      token,
    );
    expect(decided).toMatchObject({ ok: true, value: { decidedBy: 'Test CASE_ADMINISTRATOR' } });
    const supervisor = await core.signInAs('SUPERVISOR', 'sam');
    expect(
      await core.call(
        'enforcement.decide',
        { bookingId: first, decision: 'WARNING', reason: 'No reason given' },
        supervisor,
      ),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('uses the warning window in force on the day of the failure', async () => {
    const walker = await order('Walker');
    await decide(await failure(walker, '2026-11-07'), 'WARNING', 'No reason given');
    await core.ok('policy.change', {
      effectiveFrom: '2026-12-01',
      values: { ...defaultPolicy, warningWindowMonths: 1 },
      reason: 'Tighter enforcement',
    });
    await on('2027-01-18');
    const late = await failure(walker, '2027-01-16');
    expect(await core.ok('enforcement.pending', {})).toMatchObject([
      {
        bookingId: late,
        step: 'WARNING',
        why: 'the last warning, on 26/11/2026, was more than 1 month before this failure on 16/01/2027',
      },
    ]);
  });

  describe('refusals write nothing', () => {
    let walker: number;
    let uacp: number;
    beforeEach(async () => {
      walker = await order('Walker');
      uacp = await failure(walker, '2026-11-07');
    });

    async function refused(input: InputOf<'enforcement.decide'>, expected: unknown) {
      const before = snapshot(core);
      expect(await core.call('enforcement.decide', input)).toEqual(expected);
      expect(snapshot(core)).toEqual(before);
    }

    it('refuses a booking that does not exist', () =>
      refused(
        { bookingId: 9999, decision: 'WARNING', reason: 'No reason given' },
        {
          ok: false,
          error: {
            code: 'NOT_FOUND',
            message: 'The booking was not found. It may have been removed.',
          },
        },
      ));

    it('refuses an outcome that is not enforceable', async () => {
      const attendedBooking = await failure(walker, '2026-11-14', 'ATTC');
      await refused(
        { bookingId: attendedBooking, decision: 'WARNING', reason: 'No reason given' },
        rule('Attended, complied is not an enforceable outcome: there is nothing to decide.'),
      );
    });

    it('refuses a booking without an outcome', async () => {
      const session = await core.ok(
        'sessions.create',
        sessionInput(placementId, office.supervisor.id, { date: '2026-11-28' }),
      );
      await core.ok('sessions.book', { sessionId: session.id, orderId: walker });
      const [booking] = rowsOf<{ id: number }>(
        core,
        'SELECT id FROM bookings WHERE session_id = ?',
        session.id,
      );
      await refused(
        { bookingId: booking!.id, decision: 'WARNING', reason: 'No reason given' },
        rule('No outcome is recorded for this session yet: there is nothing to decide.'),
      );
    });

    it('refuses a second decision on the same failure', async () => {
      await decide(uacp, 'WARNING', 'No reason given');
      await refused(
        { bookingId: uacp, decision: 'ACCEPTABLE', reason: 'Hospital letter of 07/11/2026 seen' },
        {
          ok: false,
          error: {
            code: 'CONFLICT',
            message:
              'The failure on 07/11/2026 already has a decision: warning letter on 26/11/2026 by Test Manager.',
          },
        },
      );
    });

    it('refuses an order that has ended', async () => {
      executeBehind(core, `UPDATE orders SET status = 'COMPLETED' WHERE id = ${walker}`);
      await refused(
        { bookingId: uacp, decision: 'WARNING', reason: 'No reason given' },
        rule('This order has ended: no enforcement decision can be recorded on it.'),
      );
    });

    it('refuses accepted evidence without the evidence described', () =>
      refused(
        { bookingId: uacp, decision: 'ACCEPTABLE', reason: 'Was ill' },
        validation({
          reason:
            'Reason must describe the evidence that makes the absence acceptable (at least 20 characters)',
        }),
      ));

    it('refuses a blank reason and an unknown decision', () =>
      refused(
        { bookingId: uacp, decision: 'CAUTION' as never, reason: '  ' },
        validation({
          decision:
            'Decision must be one of: Warning letter, Breach referral, Evidence accepted: absence acceptable',
          reason: 'Reason is required',
        }),
      ));
  });
});

describe('enforcement.letter', () => {
  it('holds everything a printed warning letter and breach referral need', async () => {
    await core.ok('office.saveLetterhead', {
      address: 'Unpaid Work Unit\n4 Market Street\nNorthvale NV1 1AA',
      phone: '01632 960 100',
      email: 'upw@northvale.example.org',
    });
    const walker = await order('Walker', {
      address: '12 Mill Street, Northvale',
      postcode: 'NV2 3CD',
    });
    await core.ok('orders.creditAdjustment', {
      orderId: walker,
      date: '2026-02-01',
      minutes: 600,
      reason: 'Hours brought forward on transfer',
    });
    const warning = await decide(await failure(walker, '2026-11-07'), 'WARNING', 'No reason given');
    const warningId = warning.ok ? warning.value.id : 0;
    const letter = {
      id: warningId,
      decision: 'WARNING',
      decidedOn: '2026-11-26',
      respondBy: '2026-12-03',
      respondWithinDays: 7,
      decidedBy: 'Test Manager',
      reason: 'No reason given',
      warningWindowMonths: 12,
      office: {
        name: 'Test Unpaid Work',
        address: 'Unpaid Work Unit\n4 Market Street\nNorthvale NV1 1AA',
        phone: '01632 960 100',
        email: 'upw@northvale.example.org',
      },
      person: {
        name: 'Jordan Walker',
        address: '12 Mill Street, Northvale',
        postcode: 'NV2 3CD',
        caseReference: expect.stringMatching(/^NV3/),
      },
      order: {
        id: walker,
        courtName: "Northvale Magistrates' Court",
        sentenceDate: '2026-01-15',
        endDate: '2027-01-15',
        hoursOrderedMinutes: 7200,
        creditedMinutes: 600,
        outstandingMinutes: 6600,
        caseManagerName: 'Sarah Hughes',
      },
      failure: {
        date: '2026-11-07',
        startTime: '09:00',
        placementName: 'Riverside Garden',
        outcome: 'UACP',
        outcomeLabel: 'Unacceptable absence',
      },
      earlierWarning: null,
    };
    expect(await core.ok('enforcement.letter', { decisionId: warningId })).toEqual(letter);
    expect(
      rowsOf(core, "SELECT kind FROM audit_log WHERE procedure = 'enforcement.letter'"),
    ).toEqual([{ kind: 'READ' }]);

    await on('2026-12-14');
    const breach = await decide(await failure(walker, '2026-12-12'), 'BREACH', 'Missed again');
    const breachId = breach.ok ? breach.value.id : 0;
    expect(await core.ok('enforcement.letter', { decisionId: breachId })).toEqual({
      ...letter,
      id: breachId,
      decision: 'BREACH',
      decidedOn: '2026-12-14',
      respondBy: null,
      reason: 'Missed again',
      failure: { ...letter.failure, date: '2026-12-12' },
      earlierWarning: { decidedOn: '2026-11-26', failureDate: '2026-11-07' },
    });
    expect(await core.call('enforcement.letter', { decisionId: 9999 })).toEqual({
      ok: false,
      error: {
        code: 'NOT_FOUND',
        message: 'The enforcement decision was not found. It may have been removed.',
      },
    });
  });

  it('lists the recent decisions newest first', async () => {
    const walker = await order('Walker');
    const adams = await order('Adams');
    await decide(await failure(walker, '2026-11-07'), 'WARNING', 'No reason given');
    await decide(
      await failure(adams, '2026-11-14'),
      'ACCEPTABLE',
      'Employer’s letter: shift changed at short notice',
    );
    expect(
      (await core.ok('enforcement.recent', {})).map((d) => [d.personName, d.decision]),
    ).toEqual([
      ['Adams, Jordan', 'ACCEPTABLE'],
      ['Walker, Jordan', 'WARNING'],
    ]);
    expect(await core.ok('enforcement.recent', { limit: 1 })).toHaveLength(1);
  });
});

describe('office.saveLetterhead', () => {
  it('keeps the letterhead and office.get returns it', async () => {
    expect(
      await core.ok('office.saveLetterhead', {
        address: ' 4 Market Street ',
        phone: '',
        email: '',
      }),
    ).toMatchObject({ address: '4 Market Street', phone: null, email: null });
    expect(await core.ok('office.get', {})).toMatchObject({
      name: 'Test Unpaid Work',
      address: '4 Market Street',
    });
  });

  it('refuses a blank address and a bad email, and a case administrator', async () => {
    const before = snapshot(core);
    expect(await core.call('office.saveLetterhead', { address: '', email: 'upw' })).toEqual(
      validation({
        address: 'Address is required',
        email: 'Email must look like name@example.org',
      }),
    );
    const token = await core.signInAs('CASE_ADMINISTRATOR', 'cara');
    expect(countRows(core, 'office')).toBe(1);
    expect(
      await core.call('office.saveLetterhead', { address: '4 Market Street' }, token),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(rowsOf(core, 'SELECT address FROM office')).toEqual([{ address: null }]);
    expect(before.office).toEqual(snapshot(core).office);
  });
});
