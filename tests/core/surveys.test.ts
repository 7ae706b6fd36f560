import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/contract';
import { defaultPolicy } from '../../shared/policy';
import { tempDir, testCore, type TestCore } from '../support/core';
import { placementInput, placementOffice, rule, validation } from './fixtures-placements';
import { rowsOf } from './helpers';
import { snapshot } from './security-support';

/**
 * Beneficiary surveys over the real procedures. The office adds its placements on different days
 * (the core is reopened on the same data folder with today moved on, so each placement's
 * created_at is that day), and today ends as Thursday 26/11/2026 with the default interval of
 * six months.
 */
let dataDir: string;
let core: TestCore;
const ids: Record<string, number> = {};

/** The office comes in on another day: the same data folder, today moved. */
async function on(today: string) {
  core.close();
  core = await testCore({ dataDir, today });
}

const reviewed = {
  healthAndSafetyAssessedOn: '2025-10-01',
  healthAndSafetyReviewDue: '2027-10-01',
};

async function add(name: string, overrides: Partial<InputOf<'placements.save'>> = {}) {
  ids[name] = (
    await core.ok(
      'placements.save',
      placementInput({
        name,
        beneficiary: `${name} Trust`,
        contactName: `Contact at ${name}`,
        ...reviewed,
        ...overrides,
      }),
    )
  ).id;
}

function survey(
  placement: string,
  overrides: Partial<InputOf<'surveys.record'>> = {},
): InputOf<'surveys.record'> {
  return {
    placementId: ids[placement]!,
    surveyedOn: '2026-11-20',
    respondent: 'Helen Moss, trust manager',
    qualityRating: 4,
    communicationRating: 5,
    wouldTakeAgain: 'YES',
    valueToThem: 'The beds are built and the garden opened to the public a month early',
    comments: 'More people on Saturdays would help',
    ...overrides,
  };
}

beforeEach(async () => {
  dataDir = tempDir();
  core = await testCore({ dataDir, today: '2025-11-03' });
  await placementOffice(core);
  await add('Riverside Garden');
  await add('Abbey Church');
  await add('Office Induction Room', { type: 'INDUCTION_PPWS' });
  await add('Old Allotments', { active: false });
  await on('2026-04-10');
  await core.ok('surveys.record', survey('Riverside Garden', { surveyedOn: '2026-04-10' }));
  await on('2026-06-01');
  await add('Canal Path', { type: 'INDIVIDUAL', contactPhone: '01632 960200' });
  await on('2026-11-26');
  await add('Food Bank', { contactEmail: 'office@foodbank.example.org' });
});

afterEach(() => core.close());

async function refused(input: InputOf<'surveys.record'>, expected: unknown, token?: string) {
  const before = snapshot(core);
  expect(await core.call('surveys.record', input, token)).toEqual(expected);
  expect(snapshot(core)).toEqual(before);
}

const schedule = (
  rows: {
    placementName: string;
    lastSurveyedOn: string | null;
    nextDue: string;
    state: string;
    daysOverdue: number;
  }[],
) => rows.map((r) => [r.placementName, r.lastSurveyedOn, r.nextDue, r.state, r.daysOverdue]);

describe('surveys.due', () => {
  it('lists every placement in use but induction, overdue first, from its last survey or the day it was added', async () => {
    const due = await core.ok('surveys.due', {});
    expect(due.intervalMonths).toBe(6);
    expect(due.overdue).toBe(2);
    expect(due.dueSoon).toBe(1);
    expect(schedule(due.rows)).toEqual([
      // Added 03/11/2025 and never surveyed: first due six months on, overdue since.
      ['Abbey Church', null, '2026-05-03', 'OVERDUE', 207],
      ['Riverside Garden', '2026-04-10', '2026-10-10', 'OVERDUE', 47],
      ['Canal Path', null, '2026-12-01', 'DUE', 0],
      ['Food Bank', null, '2027-05-26', 'NOT_DUE', 0],
    ]);
    expect(due.rows[1]).toEqual({
      placementId: ids['Riverside Garden'],
      placementName: 'Riverside Garden',
      beneficiary: 'Riverside Garden Trust',
      contactName: 'Contact at Riverside Garden',
      contactPhone: null,
      contactEmail: null,
      type: 'GROUP',
      addedOn: '2025-11-03',
      surveys: 1,
      lastSurveyedOn: '2026-04-10',
      nextDue: '2026-10-10',
      state: 'OVERDUE',
      daysOverdue: 47,
    });
    expect(due.rows[2]).toMatchObject({ type: 'INDIVIDUAL', contactPhone: '01632 960200' });
    expect(due.rows[3]).toMatchObject({ contactEmail: 'office@foodbank.example.org' });
  });

  it('takes a placement off the overdue list once its survey is recorded, due again six months on', async () => {
    await core.ok('surveys.record', survey('Abbey Church', { surveyedOn: '2026-11-24' }));
    const due = await core.ok('surveys.due', {});
    expect(due.overdue).toBe(1);
    expect(schedule(due.rows)).toEqual([
      ['Riverside Garden', '2026-04-10', '2026-10-10', 'OVERDUE', 47],
      ['Canal Path', null, '2026-12-01', 'DUE', 0],
      ['Abbey Church', '2026-11-24', '2027-05-24', 'NOT_DUE', 0],
      ['Food Bank', null, '2027-05-26', 'NOT_DUE', 0],
    ]);
    expect(due.rows[2]!.surveys).toBe(1);
  });

  it('counts from the latest survey, whatever order they were recorded in', async () => {
    await core.ok('surveys.record', survey('Riverside Garden', { surveyedOn: '2026-10-01' }));
    await core.ok('surveys.record', survey('Riverside Garden', { surveyedOn: '2026-07-01' }));
    const due = await core.ok('surveys.due', {});
    expect(due.rows.find((r) => r.placementName === 'Riverside Garden')).toMatchObject({
      surveys: 3,
      lastSurveyedOn: '2026-10-01',
      nextDue: '2027-04-01',
      state: 'NOT_DUE',
    });
  });

  it('follows a change of the survey interval from the day it is in force, not before', async () => {
    await core.ok('policy.change', {
      effectiveFrom: '2026-11-26',
      values: { ...defaultPolicy, surveyIntervalMonths: 12 },
      reason: 'Yearly surveys agreed with the Board',
    });
    const yearly = await core.ok('surveys.due', {});
    expect(yearly.intervalMonths).toBe(12);
    expect(schedule(yearly.rows)).toEqual([
      ['Abbey Church', null, '2026-11-03', 'OVERDUE', 23],
      ['Riverside Garden', '2026-04-10', '2027-04-10', 'NOT_DUE', 0],
      ['Canal Path', null, '2027-06-01', 'NOT_DUE', 0],
      ['Food Bank', null, '2027-11-26', 'NOT_DUE', 0],
    ]);

    await core.ok('policy.change', {
      effectiveFrom: '2026-12-01',
      values: { ...defaultPolicy, surveyIntervalMonths: 3 },
      reason: 'Quarterly surveys',
    });
    expect((await core.ok('surveys.due', {})).intervalMonths).toBe(12);
    await on('2026-12-01');
    const quarterly = await core.ok('surveys.due', {});
    expect(quarterly.intervalMonths).toBe(3);
    expect(schedule(quarterly.rows)).toEqual([
      ['Abbey Church', null, '2026-02-03', 'OVERDUE', 301],
      ['Riverside Garden', '2026-04-10', '2026-07-10', 'OVERDUE', 144],
      ['Canal Path', null, '2026-09-01', 'OVERDUE', 91],
      ['Food Bank', null, '2027-02-26', 'NOT_DUE', 0],
    ]);
  });

  it('drops a placement taken out of use', async () => {
    await core.ok(
      'placements.save',
      placementInput({ id: ids['Canal Path'], name: 'Canal Path', ...reviewed, active: false }),
    );
    const due = await core.ok('surveys.due', {});
    expect(due.rows.map((r) => r.placementName)).toEqual([
      'Abbey Church',
      'Riverside Garden',
      'Food Bank',
    ]);
  });
});

describe('surveys.record', () => {
  it('records a survey with who recorded it, and nothing else', async () => {
    const recorded = await core.ok('surveys.record', survey('Abbey Church'));
    expect(recorded).toEqual({
      id: 2,
      placementId: ids['Abbey Church'],
      placementName: 'Abbey Church',
      beneficiary: 'Abbey Church Trust',
      surveyedOn: '2026-11-20',
      respondent: 'Helen Moss, trust manager',
      qualityRating: 4,
      communicationRating: 5,
      wouldTakeAgain: 'YES',
      valueToThem: 'The beds are built and the garden opened to the public a month early',
      comments: 'More people on Saturdays would help',
      recordedBy: 'Test Manager',
    });
    expect(
      rowsOf(
        core,
        'SELECT placement_id, surveyed_on, quality_rating, communication_rating, would_take_again, comments, recorded_by, created_at FROM beneficiary_surveys WHERE id = 2',
      ),
    ).toEqual([
      {
        placement_id: ids['Abbey Church'],
        surveyed_on: '2026-11-20',
        quality_rating: 4,
        communication_rating: 5,
        would_take_again: 'YES',
        comments: 'More people on Saturdays would help',
        recorded_by: 'Test Manager',
        created_at: '2026-11-26T10:00:00.000Z',
      },
    ]);
  });

  it('lets a case administrator record one today, empty comments kept as none', async () => {
    const administrator = await core.signInAs('CASE_ADMINISTRATOR');
    const envelope = await core.call(
      'surveys.record',
      survey('Food Bank', {
        surveyedOn: '2026-11-26',
        wouldTakeAgain: 'UNSURE',
        qualityRating: 1,
        communicationRating: 2,
        comments: '   ',
      }),
      administrator,
    );
    expect(envelope).toMatchObject({
      ok: true,
      value: {
        placementName: 'Food Bank',
        wouldTakeAgain: 'UNSURE',
        comments: null,
        recordedBy: 'Test CASE_ADMINISTRATOR',
      },
    });
  });

  it.each<[string, Partial<InputOf<'surveys.record'>>, Record<string, string>]>([
    [
      'a date in the future',
      { surveyedOn: '2026-11-27' },
      { surveyedOn: 'Date of survey cannot be in the future' },
    ],
    [
      'a date before the placement was added',
      { surveyedOn: '2025-11-02' },
      { surveyedOn: 'Date of survey cannot be before the placement was added (03/11/2025)' },
    ],
    [
      'a date that is not a date',
      { surveyedOn: '2026-02-30' },
      { surveyedOn: 'Date of survey must be a real date, written as dd/mm/yyyy' },
    ],
    [
      'no quality rating',
      { qualityRating: undefined },
      {
        qualityRating:
          'Satisfaction with the quality of the work is required: choose from 1 to 5 stars',
      },
    ],
    [
      'a quality rating of 0',
      { qualityRating: 0 },
      {
        qualityRating:
          'Satisfaction with the quality of the work must be a whole number from 1 to 5',
      },
    ],
    [
      'a communication rating of 6',
      { communicationRating: 6 },
      { communicationRating: 'Satisfaction with communication must be a whole number from 1 to 5' },
    ],
    [
      'half a star',
      { communicationRating: 3.5 },
      { communicationRating: 'Satisfaction with communication must be a whole number from 1 to 5' },
    ],
    [
      'an answer not in the list',
      { wouldTakeAgain: 'MAYBE' as 'YES' },
      {
        wouldTakeAgain:
          'Whether they would take people on placement again must be one of: Yes, No, Not sure',
      },
    ],
    [
      'no answer to whether they would take people again',
      { wouldTakeAgain: undefined },
      {
        wouldTakeAgain:
          'Whether they would take people on placement again is required: choose Yes, No or Not sure',
      },
    ],
    [
      'nothing said about what the work was worth',
      { valueToThem: '  ' },
      { valueToThem: 'What the work was worth to them is required' },
    ],
    ['no respondent', { respondent: '' }, { respondent: 'Respondent is required' }],
  ])('refuses %s on its field, writing nothing', async (_why, overrides, fields) => {
    await refused(survey('Abbey Church', overrides), validation(fields));
  });

  it('refuses a second survey of the same placement on the same day, on the date', async () => {
    const message = 'A survey of Riverside Garden on 10/04/2026 is already recorded';
    await refused(survey('Riverside Garden', { surveyedOn: '2026-04-10' }), {
      ok: false,
      error: { code: 'CONFLICT', message, fields: { surveyedOn: message } },
    });
    // Another day, or another placement the same day, is fine.
    await core.ok('surveys.record', survey('Riverside Garden', { surveyedOn: '2026-04-11' }));
    await core.ok('surveys.record', survey('Abbey Church', { surveyedOn: '2026-04-10' }));
  });

  it('refuses a placement no longer in use', async () => {
    await refused(
      survey('Old Allotments'),
      rule('Old Allotments is no longer in use: surveys are recorded for placements in use.'),
    );
  });

  it('refuses the induction and PPWS placement, which has no beneficiary', async () => {
    await refused(
      survey('Office Induction Room'),
      rule(
        'Office Induction Room is for induction and PPWS sessions: there is no beneficiary to survey.',
      ),
    );
  });

  it('gives NOT_FOUND for a placement that does not exist', async () => {
    await refused(
      { ...survey('Abbey Church'), placementId: 999 },
      {
        ok: false,
        error: {
          code: 'NOT_FOUND',
          message: 'The placement was not found. It may have been removed.',
        },
      },
    );
  });

  it('keeps supervisors and auditors from recording, though they may read', async () => {
    for (const role of ['SUPERVISOR', 'AUDITOR'] as const) {
      const token = await core.signInAs(role);
      await refused(
        survey('Abbey Church'),
        {
          ok: false,
          error: {
            code: 'FORBIDDEN',
            message:
              'Your role does not allow this: record a beneficiary’s answers to a survey about a placement.',
          },
        },
        token,
      );
      expect(await core.call('surveys.due', {}, token)).toMatchObject({ ok: true });
      expect(
        await core.call('surveys.list', { from: '2026-01-01', to: '2026-11-26' }, token),
      ).toMatchObject({ ok: true });
    }
  });
});

describe('surveys.list and surveys.forPlacement', () => {
  beforeEach(async () => {
    await core.ok(
      'surveys.record',
      survey('Abbey Church', {
        surveyedOn: '2026-11-02',
        qualityRating: 3,
        communicationRating: 2,
        wouldTakeAgain: 'UNSURE',
        respondent: 'Revd Ann Lee',
        comments: null,
      }),
    );
    await core.ok(
      'surveys.record',
      survey('Canal Path', {
        surveyedOn: '2026-11-20',
        qualityRating: 5,
        communicationRating: 4,
        wouldTakeAgain: 'NO',
      }),
    );
    await core.ok('surveys.record', survey('Riverside Garden', { surveyedOn: '2026-09-15' }));
  });

  it('lists the responses in the period, latest first, with their averages', async () => {
    const listed = await core.ok('surveys.list', { from: '2026-09-01', to: '2026-11-26' });
    expect(
      listed.rows.map((r) => [r.surveyedOn, r.placementName, r.respondent, r.wouldTakeAgain]),
    ).toEqual([
      ['2026-11-20', 'Canal Path', 'Helen Moss, trust manager', 'NO'],
      ['2026-11-02', 'Abbey Church', 'Revd Ann Lee', 'UNSURE'],
      ['2026-09-15', 'Riverside Garden', 'Helen Moss, trust manager', 'YES'],
    ]);
    expect(listed.summary).toEqual({
      count: 3,
      averageQuality: 4,
      averageCommunication: 3.7,
      wouldTakeAgain: [
        { answer: 'YES', count: 1 },
        { answer: 'NO', count: 1 },
        { answer: 'UNSURE', count: 1 },
      ],
    });
  });

  it('keeps to the dates, both ends included, and to one placement when asked', async () => {
    const ends = await core.ok('surveys.list', { from: '2026-11-02', to: '2026-11-20' });
    expect(ends.rows.map((r) => r.placementName)).toEqual(['Canal Path', 'Abbey Church']);
    const riverside = await core.ok('surveys.list', {
      from: '2026-01-01',
      to: '2026-11-26',
      placementId: ids['Riverside Garden'],
    });
    expect(riverside.rows.map((r) => r.surveyedOn)).toEqual(['2026-09-15', '2026-04-10']);
    expect(riverside.summary.count).toBe(2);
    const none = await core.ok('surveys.list', { from: '2025-01-01', to: '2025-12-31' });
    expect(none).toMatchObject({ rows: [], summary: { count: 0, averageQuality: null } });
  });

  it('refuses a period that ends before it starts, and an unknown placement', async () => {
    expect(await core.call('surveys.list', { from: '2026-11-26', to: '2026-11-01' })).toEqual(
      validation({ to: 'To must not be before From' }),
    );
    expect(
      await core.call('surveys.list', { from: '2026-01-01', to: '2026-11-26', placementId: 999 }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('gives one placement’s surveys, latest first, and its next due date', async () => {
    const riverside = await core.ok('surveys.forPlacement', {
      placementId: ids['Riverside Garden']!,
    });
    expect(riverside.placementName).toBe('Riverside Garden');
    expect(riverside.surveys.map((s) => s.surveyedOn)).toEqual(['2026-09-15', '2026-04-10']);
    expect(riverside.schedule).toMatchObject({
      lastSurveyedOn: '2026-09-15',
      nextDue: '2027-03-15',
      state: 'NOT_DUE',
      daysOverdue: 0,
      surveys: 2,
    });
  });

  it('gives no schedule for a placement not surveyed, and NOT_FOUND for none at all', async () => {
    const induction = await core.ok('surveys.forPlacement', {
      placementId: ids['Office Induction Room']!,
    });
    expect(induction).toEqual({
      placementId: ids['Office Induction Room'],
      placementName: 'Office Induction Room',
      surveys: [],
      schedule: null,
    });
    expect(
      (await core.ok('surveys.forPlacement', { placementId: ids['Old Allotments']! })).schedule,
    ).toBeNull();
    expect(await core.call('surveys.forPlacement', { placementId: 999 })).toMatchObject({
      ok: false,
      error: {
        code: 'NOT_FOUND',
        message: 'The placement was not found. It may have been removed.',
      },
    });
  });
});
