import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/contract';
import { testCore, type TestCore } from '../support/core';
import { newOrder, placementOffice, rule, validation, type Office } from './fixtures-placements';
import { executeBehind, rowsOf } from './helpers';
import { snapshot } from './security-support';

/** Today is Thursday 26/11/2026; orders are sentenced on 15/01/2026 unless a test says otherwise. */
let core: TestCore;
let office: Office;
let orderId: number;

beforeEach(async () => {
  core = await testCore();
  office = await placementOffice(core);
  orderId = (await newOrder(core, office)).id;
});

afterEach(() => core.close());

const plan = (overrides: Partial<InputOf<'supervision.savePlan'>> = {}) => ({
  orderId,
  agreedOn: '2026-11-02',
  objectives: 'Attend every session; work on reliability; first aid course',
  reviewEveryWeeks: 4,
  ...overrides,
});

const review = (overrides: Partial<InputOf<'supervision.addReview'>> = {}) => ({
  orderId,
  reviewedOn: '2026-11-20',
  progress: 'Attending well; asked about a first aid course',
  ...overrides,
});

/** Expects a refusal and that nothing at all was written (audit log included). */
async function refused<N extends Parameters<TestCore['call']>[0]>(
  name: N,
  input: InputOf<N>,
  expected: unknown,
) {
  const before = snapshot(core);
  expect(await core.call(name, input)).toEqual(expected);
  expect(snapshot(core)).toEqual(before);
}

const endOrder = (id: number) =>
  executeBehind(
    core,
    `UPDATE orders SET status = 'COMPLETED', ended_on = '2026-11-01' WHERE id = ${id}`,
  );

describe('supervision.forOrder', () => {
  it('shows an order with no plan yet, and when the plan is due', async () => {
    expect(await core.ok('supervision.forOrder', { orderId })).toEqual({
      orderId,
      plan: null,
      nextReview: null,
      // 10 working days after Thursday 15/01/2026.
      planDue: '2026-01-29',
      reviews: [],
      notes: [],
      alerts: [],
    });
  });

  it('gives NOT_FOUND for an order that does not exist', async () => {
    expect(await core.call('supervision.forOrder', { orderId: 999 })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'The order was not found. It may have been removed.' },
    });
  });
});

describe('supervision.savePlan', () => {
  it('agrees a plan, with the first review four weeks later', async () => {
    const saved = await core.ok('supervision.savePlan', plan());
    expect(saved.plan).toEqual({
      agreedOn: '2026-11-02',
      objectives: 'Attend every session; work on reliability; first aid course',
      reviewEveryWeeks: 4,
      agreedBy: 'Test Manager',
    });
    expect(saved.nextReview).toEqual({ due: '2026-11-30', overdue: false });
    expect(
      rowsOf(
        core,
        'SELECT order_id, agreed_on, review_every_weeks, agreed_by FROM supervision_plans',
      ),
    ).toEqual([
      {
        order_id: orderId,
        agreed_on: '2026-11-02',
        review_every_weeks: 4,
        agreed_by: 'Test Manager',
      },
    ]);
  });

  it('changes the plan on a second call: still one plan for the order', async () => {
    await core.ok('supervision.savePlan', plan());
    const admin = await core.signInAs('CASE_ADMINISTRATOR');
    const changed = await core.call(
      'supervision.savePlan',
      plan({ agreedOn: '2026-10-01', objectives: 'Revised objectives', reviewEveryWeeks: 2 }),
      admin,
    );
    expect(changed).toMatchObject({
      ok: true,
      value: {
        plan: {
          agreedOn: '2026-10-01',
          objectives: 'Revised objectives',
          reviewEveryWeeks: 2,
          agreedBy: 'Test CASE_ADMINISTRATOR',
        },
        nextReview: { due: '2026-10-15', overdue: true },
      },
    });
    expect(rowsOf(core, 'SELECT objectives, review_every_weeks FROM supervision_plans')).toEqual([
      { objectives: 'Revised objectives', review_every_weeks: 2 },
    ]);
  });

  it.each<[string, Partial<InputOf<'supervision.savePlan'>>, Record<string, string>]>([
    [
      'a date in the future',
      { agreedOn: '2026-11-27' },
      { agreedOn: 'Date agreed cannot be in the future' },
    ],
    [
      'a date before the sentence',
      { agreedOn: '2026-01-14' },
      { agreedOn: 'Date agreed cannot be before the sentence date (15/01/2026)' },
    ],
    [
      'reviews every 0 weeks',
      { reviewEveryWeeks: 0 },
      { reviewEveryWeeks: 'Weeks between reviews must be a whole number from 1 to 12' },
    ],
    [
      'reviews every 13 weeks',
      { reviewEveryWeeks: 13 },
      { reviewEveryWeeks: 'Weeks between reviews must be a whole number from 1 to 12' },
    ],
    [
      'reviews every 1.5 weeks',
      { reviewEveryWeeks: 1.5 },
      { reviewEveryWeeks: 'Weeks between reviews must be a whole number' },
    ],
    ['no objectives', { objectives: '   ' }, { objectives: 'Objectives are required' }],
    [
      'a date that does not exist',
      { agreedOn: '2026-02-30' },
      { agreedOn: 'Date agreed must be a real date, written as dd/mm/yyyy' },
    ],
  ])('refuses %s, writing nothing', async (_name, overrides, fields) => {
    await refused('supervision.savePlan', plan(overrides), validation(fields));
  });

  it('refuses a date agreed after the plan’s first review', async () => {
    await core.ok('supervision.savePlan', plan({ agreedOn: '2026-10-01' }));
    await core.ok('supervision.addReview', review({ reviewedOn: '2026-10-29' }));
    await core.ok('supervision.addReview', review({ reviewedOn: '2026-11-20' }));
    await refused(
      'supervision.savePlan',
      plan({ agreedOn: '2026-11-02' }),
      validation({
        agreedOn: 'Date agreed cannot be after the first review of the plan (29/10/2026)',
      }),
    );
    await core.ok('supervision.savePlan', plan({ agreedOn: '2026-10-29' }));
  });

  it('refuses an order that has ended, and one that does not exist', async () => {
    endOrder(orderId);
    await refused(
      'supervision.savePlan',
      plan(),
      rule('This order has ended; it cannot be changed.'),
    );
    await refused('supervision.savePlan', plan({ orderId: 999 }), {
      ok: false,
      error: { code: 'NOT_FOUND', message: 'The order was not found. It may have been removed.' },
    });
  });
});

describe('supervision.addReview', () => {
  it('refuses a review before there is a plan, in words', async () => {
    await refused(
      'supervision.addReview',
      review(),
      rule('This order has no supervision plan yet: agree the plan before reviewing it.'),
    );
  });

  it('records reviews, newest first, and moves the next review on from the latest', async () => {
    await core.ok('supervision.savePlan', plan({ agreedOn: '2026-09-01', reviewEveryWeeks: 4 }));
    expect((await core.ok('supervision.forOrder', { orderId })).nextReview).toEqual({
      due: '2026-09-29',
      overdue: true,
    });
    await core.ok(
      'supervision.addReview',
      review({ reviewedOn: '2026-11-20', progress: 'Second' }),
    );
    const detail = await core.ok(
      'supervision.addReview',
      review({ reviewedOn: '2026-09-29', progress: 'First' }),
    );
    expect(detail.reviews).toEqual([
      { id: 1, reviewedOn: '2026-11-20', progress: 'Second', reviewedBy: 'Test Manager' },
      { id: 2, reviewedOn: '2026-09-29', progress: 'First', reviewedBy: 'Test Manager' },
    ]);
    expect(detail.nextReview).toEqual({ due: '2026-12-18', overdue: false });
    expect(
      rowsOf(core, 'SELECT reviewed_on, reviewed_by FROM supervision_reviews ORDER BY id'),
    ).toEqual([
      { reviewed_on: '2026-11-20', reviewed_by: 'Test Manager' },
      { reviewed_on: '2026-09-29', reviewed_by: 'Test Manager' },
    ]);
  });

  it.each<[string, Partial<InputOf<'supervision.addReview'>>, Record<string, string>]>([
    [
      'a date in the future',
      { reviewedOn: '2026-11-27' },
      { reviewedOn: 'Date of review cannot be in the future' },
    ],
    [
      'a date before the plan',
      { reviewedOn: '2026-11-01' },
      { reviewedOn: 'Date of review cannot be before the plan was agreed (02/11/2026)' },
    ],
    ['no progress', { progress: '' }, { progress: 'Progress is required' }],
  ])('refuses %s, writing nothing', async (_name, overrides, fields) => {
    await core.ok('supervision.savePlan', plan());
    await refused('supervision.addReview', review(overrides), validation(fields));
  });

  it('allows a review on the day the plan was agreed, and refuses an ended order', async () => {
    await core.ok('supervision.savePlan', plan());
    await core.ok('supervision.addReview', review({ reviewedOn: '2026-11-02' }));
    endOrder(orderId);
    await refused(
      'supervision.addReview',
      review(),
      rule('This order has ended; it cannot be changed.'),
    );
  });
});

describe('supervision.addNote and the case manager alerts', () => {
  const note = (overrides: Partial<InputOf<'supervision.addNote'>> = {}) => ({
    orderId,
    author: 'SUPERVISOR' as const,
    text: 'Left early twice this month, says it is childcare',
    alertCaseManager: false,
    ...overrides,
  });

  it('writes a note without an alert unless asked', async () => {
    const detail = await core.ok('supervision.addNote', note());
    expect(detail.notes).toEqual([
      {
        id: 1,
        author: 'SUPERVISOR',
        writtenBy: 'Test Manager',
        text: 'Left early twice this month, says it is childcare',
        alertCaseManager: false,
        writtenAt: '2026-11-26T10:00:00.000Z',
      },
    ]);
    expect(detail.alerts).toEqual([]);
    expect(rowsOf(core, 'SELECT COUNT(*) AS n FROM case_manager_alerts')).toEqual([{ n: 0 }]);
  });

  it('raises an alert for the case manager when asked, which the office marks sent', async () => {
    const supervisor = await core.signInAs('SUPERVISOR');
    const written = await core.call(
      'supervision.addNote',
      note({ alertCaseManager: true }),
      supervisor,
    );
    expect(written.ok).toBe(true);
    const message = 'From the supervisor: Left early twice this month, says it is childcare';
    expect(
      rowsOf(core, 'SELECT order_id, source, raised_on, message, sent_on FROM case_manager_alerts'),
    ).toEqual([
      { order_id: orderId, source: 'NOTE', raised_on: '2026-11-26', message, sent_on: null },
    ]);
    const open = await core.ok('supervision.alerts', { open: true });
    expect(open).toEqual({
      rows: [
        {
          id: 1,
          orderId,
          personName: 'Walker, Jordan',
          caseReference: expect.stringMatching(/^NV3/),
          caseManagerName: 'Sarah Hughes',
          source: 'NOTE',
          raisedOn: '2026-11-26',
          message,
          sentOn: null,
          sentBy: null,
        },
      ],
      total: 1,
    });
    expect(await core.ok('supervision.alerts', { open: false })).toEqual({ rows: [], total: 0 });

    // A supervisor writes notes but does not mark alerts sent: that is the office's.
    expect(await core.call('supervision.markAlertSent', { id: 1 }, supervisor)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });

    const sent = await core.ok('supervision.markAlertSent', { id: 1 });
    expect(sent).toMatchObject({ id: 1, sentOn: '2026-11-26', sentBy: 'Test Manager' });
    expect(rowsOf(core, 'SELECT sent_on, sent_by FROM case_manager_alerts')).toEqual([
      { sent_on: '2026-11-26', sent_by: 'Test Manager' },
    ]);
    expect(await core.ok('supervision.alerts', { open: true })).toEqual({ rows: [], total: 0 });
    expect((await core.ok('supervision.alerts', { open: false })).rows).toMatchObject([
      { id: 1, sentOn: '2026-11-26', sentBy: 'Test Manager' },
    ]);
    expect((await core.ok('supervision.forOrder', { orderId })).alerts).toEqual([
      {
        id: 1,
        source: 'NOTE',
        raisedOn: '2026-11-26',
        message,
        sentOn: '2026-11-26',
        sentBy: 'Test Manager',
      },
    ]);

    await refused(
      'supervision.markAlertSent',
      { id: 1 },
      {
        ok: false,
        error: {
          code: 'CONFLICT',
          message: 'This alert was already marked as sent on 26/11/2026 by Test Manager.',
        },
      },
    );
    await refused(
      'supervision.markAlertSent',
      { id: 2 },
      {
        ok: false,
        error: { code: 'NOT_FOUND', message: 'The alert was not found. It may have been removed.' },
      },
    );
  });

  it('lists notes newest first, with who wrote them and as whom', async () => {
    await core.ok('supervision.addNote', note({ author: 'OFFICE', text: 'Phoned about Saturday' }));
    await core.ok('supervision.addNote', note({ author: 'CASE_MANAGER', text: 'Moving house' }));
    const notes = (await core.ok('supervision.forOrder', { orderId })).notes;
    expect(notes.map((n) => [n.author, n.text])).toEqual([
      ['CASE_MANAGER', 'Moving house'],
      ['OFFICE', 'Phoned about Saturday'],
    ]);
  });

  it.each<[string, Partial<InputOf<'supervision.addNote'>>, Record<string, string>]>([
    ['no text', { text: ' ' }, { text: 'Note is required' }],
    [
      'text over 2000 characters',
      { text: 'x'.repeat(2001) },
      { text: 'Note must be at most 2000 characters' },
    ],
    [
      'an author not in the list',
      { author: 'COURT' as 'OFFICE' },
      { author: 'From must be one of: Supervisor, Case manager, UPW office' },
    ],
  ])('refuses %s, writing nothing', async (_name, overrides, fields) => {
    await refused(
      'supervision.addNote',
      note({ alertCaseManager: true, ...overrides }),
      validation(fields),
    );
  });

  it('refuses a note on an ended order, raising no alert', async () => {
    endOrder(orderId);
    await refused(
      'supervision.addNote',
      note({ alertCaseManager: true }),
      rule('This order has ended; it cannot be changed.'),
    );
  });

  it('keeps an auditor from writing notes', async () => {
    const auditor = await core.signInAs('AUDITOR');
    const before = snapshot(core);
    expect(await core.call('supervision.addNote', note(), auditor)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(snapshot(core)).toEqual(before);
  });

  it('pages the open alerts oldest first, and the sent ones latest sent first', async () => {
    const other = (await newOrder(core, office, { person: { familyName: 'Osei' } })).id;
    // Raised on different days: the clock is fixed, so the dates are set behind the core's back.
    await core.ok('supervision.addNote', note({ alertCaseManager: true, text: 'One' }));
    await core.ok(
      'supervision.addNote',
      note({ orderId: other, alertCaseManager: true, text: 'Two' }),
    );
    await core.ok('supervision.addNote', note({ alertCaseManager: true, text: 'Three' }));
    executeBehind(
      core,
      "UPDATE case_manager_alerts SET raised_on = CASE id WHEN 1 THEN '2026-11-20' WHEN 2 THEN '2026-11-10' ELSE '2026-11-25' END",
    );
    const page = (p: number) => core.ok('supervision.alerts', { open: true, page: p, pageSize: 2 });
    expect(await page(0)).toMatchObject({
      rows: [
        { id: 2, personName: 'Osei, Jordan', raisedOn: '2026-11-10' },
        { id: 1, personName: 'Walker, Jordan', raisedOn: '2026-11-20' },
      ],
      total: 3,
    });
    expect((await page(1)).rows.map((r) => r.id)).toEqual([3]);
    executeBehind(
      core,
      "UPDATE case_manager_alerts SET sent_on = '2026-11-21', sent_by = 'X' WHERE id = 2",
    );
    await core.ok('supervision.markAlertSent', { id: 3 });
    expect(
      (await core.ok('supervision.alerts', { open: false })).rows.map((r) => [r.id, r.sentOn]),
    ).toEqual([
      [3, '2026-11-26'],
      [2, '2026-11-21'],
    ]);
  });
});

describe('supervision.reviewsDue', () => {
  it('lists live orders with a review due within 7 days or overdue, or no plan after 10 working days', async () => {
    const order = async (familyName: string, sentenceDate: string) =>
      (await newOrder(core, office, { person: { familyName }, order: { sentenceDate } })).id;
    // The order of beforeEach (Walker, sentenced 15/01/2026, no plan): due 29/01/2026.
    const noPlanToday = await order('Adams', '2026-11-12');
    await order('Baker', '2026-11-13');
    const reviewIn7Days = await order('Clarke', '2026-10-01');
    await core.ok('supervision.savePlan', plan({ orderId: reviewIn7Days, agreedOn: '2026-11-05' }));
    const reviewIn8Days = await order('Davies', '2026-10-01');
    await core.ok('supervision.savePlan', plan({ orderId: reviewIn8Days, agreedOn: '2026-11-06' }));
    const overdue = await order('Evans', '2026-06-01');
    await core.ok('supervision.savePlan', plan({ orderId: overdue, agreedOn: '2026-06-10' }));
    await core.ok('supervision.addReview', review({ orderId: overdue, reviewedOn: '2026-09-01' }));
    const reviewedRecently = await order('Foster', '2026-06-01');
    await core.ok(
      'supervision.savePlan',
      plan({ orderId: reviewedRecently, agreedOn: '2026-06-10' }),
    );
    await core.ok(
      'supervision.addReview',
      review({ orderId: reviewedRecently, reviewedOn: '2026-11-20' }),
    );
    const ended = await order('Green', '2026-02-01');
    endOrder(ended);

    const due = await core.ok('supervision.reviewsDue', {});
    expect(due.total).toBe(4);
    expect(due.rows.map((r) => [r.orderId, r.kind, r.due, r.overdue, r.lastReviewedOn])).toEqual([
      [orderId, 'NO_PLAN', '2026-01-29', true, null],
      [overdue, 'REVIEW', '2026-09-29', true, '2026-09-01'],
      [noPlanToday, 'NO_PLAN', '2026-11-26', false, null],
      [reviewIn7Days, 'REVIEW', '2026-12-03', false, null],
    ]);
    expect(due.rows[1]).toEqual({
      orderId: overdue,
      personName: 'Evans, Jordan',
      caseReference: expect.stringMatching(/^NV3/),
      caseManagerName: 'Sarah Hughes',
      sentenceDate: '2026-06-01',
      kind: 'REVIEW',
      due: '2026-09-29',
      overdue: true,
      lastReviewedOn: '2026-09-01',
    });
    const second = await core.ok('supervision.reviewsDue', { page: 1, pageSize: 3 });
    expect(second).toMatchObject({ total: 4, rows: [{ orderId: reviewIn7Days }] });
  });
});
