import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/contract';
import { testCore, type TestCore } from '../support/core';
import {
  placementInput,
  placementOffice,
  rule,
  sessionInput,
  validation,
  type Office,
} from './fixtures-placements';
import { rowsOf } from './helpers';
import { snapshot } from './security-support';

/** Today is Thursday 26/11/2026; the session is on Saturday 21/11/2026, 09:00 to 13:00. */
let core: TestCore;
let office: Office;
let placementId: number;
let sessionId: number;

beforeEach(async () => {
  core = await testCore();
  office = await placementOffice(core);
  placementId = (await core.ok('placements.save', placementInput())).id;
  sessionId = (
    await core.ok(
      'sessions.create',
      sessionInput(placementId, office.supervisor.id, { capacity: 6 }),
    )
  ).id;
});

afterEach(() => core.close());

const report = (
  overrides: Partial<InputOf<'incidents.report'>> = {},
): InputOf<'incidents.report'> => ({
  sessionId,
  kind: 'ACCIDENT',
  occurredAt: '10:40',
  whatHappened: 'Cut his hand on a bramble while clearing the bank.\nGloves had a tear.',
  peopleInvolved: 'Jordan Walker (on the order); Gareth Lewis (supervisor)',
  injuries: 'Small cut to the left palm',
  firstAidGiven: true,
  actionTaken: 'Cleaned and dressed; new gloves issued; gloves checked before work from now on',
  reportedTo: 'Helen Moss, Riverside Community Trust',
  reportedOn: '2026-11-21',
  ...overrides,
});

async function refused(input: InputOf<'incidents.report'>, expected: unknown) {
  const before = snapshot(core);
  expect(await core.call('incidents.report', input)).toEqual(expected);
  expect(snapshot(core)).toEqual(before);
}

describe('incidents.report', () => {
  it('records an accident at a session, with who recorded it', async () => {
    const recorded = await core.ok('incidents.report', report());
    expect(recorded).toEqual({
      id: 1,
      sessionId,
      sessionDate: '2026-11-21',
      placementName: 'Riverside Garden',
      kind: 'ACCIDENT',
      occurredAt: '10:40',
      whatHappened: 'Cut his hand on a bramble while clearing the bank.\nGloves had a tear.',
      peopleInvolved: 'Jordan Walker (on the order); Gareth Lewis (supervisor)',
      injuries: 'Small cut to the left palm',
      firstAidGiven: true,
      actionTaken: 'Cleaned and dressed; new gloves issued; gloves checked before work from now on',
      reportedTo: 'Helen Moss, Riverside Community Trust',
      reportedOn: '2026-11-21',
      recordedBy: 'Test Manager',
    });
    expect(
      rowsOf(
        core,
        'SELECT session_id, kind, injuries, first_aid_given, recorded_by FROM incidents',
      ),
    ).toEqual([
      {
        session_id: sessionId,
        kind: 'ACCIDENT',
        injuries: 'Small cut to the left palm',
        first_aid_given: 1,
        recorded_by: 'Test Manager',
      },
    ]);
  });

  it('records a near miss without injuries, reported today by the supervisor', async () => {
    const supervisor = await core.signInAs('SUPERVISOR');
    const envelope = await core.call(
      'incidents.report',
      report({ kind: 'NEAR_MISS', injuries: '', firstAidGiven: false, reportedOn: '2026-11-26' }),
      supervisor,
    );
    expect(envelope).toMatchObject({
      ok: true,
      value: {
        kind: 'NEAR_MISS',
        injuries: null,
        firstAidGiven: false,
        recordedBy: 'Test SUPERVISOR',
      },
    });
  });

  const window =
    'Time it happened must be during the session or within an hour of it (08:00 to 14:00)';

  it.each<[string, Partial<InputOf<'incidents.report'>>, Record<string, string>]>([
    [
      'an accident without injuries',
      { injuries: '  ' },
      { injuries: 'Injuries must be described for an accident' },
    ],
    [
      'a date reported before the session',
      { reportedOn: '2026-11-20' },
      { reportedOn: 'Date reported cannot be before the session (21/11/2026)' },
    ],
    [
      'a date reported in the future',
      { reportedOn: '2026-11-27' },
      { reportedOn: 'Date reported cannot be in the future' },
    ],
    ['a time long before the session', { occurredAt: '07:30' }, { occurredAt: window }],
    ['a time long after the session', { occurredAt: '18:00' }, { occurredAt: window }],
    [
      'a time that is not a time',
      { occurredAt: '25:00' },
      { occurredAt: 'Time it happened must be a 24-hour time such as 09:30' },
    ],
    [
      'a kind not in the list',
      { kind: 'FIRE' as 'ACCIDENT' },
      {
        kind: 'Kind must be one of: Accident (someone hurt), Incident (behaviour, damage, threat), Near miss',
      },
    ],
    [
      'nothing about what happened',
      { whatHappened: '' },
      { whatHappened: 'What happened is required' },
    ],
    ['nobody named', { peopleInvolved: '' }, { peopleInvolved: 'People involved is required' }],
    ['no action taken', { actionTaken: '' }, { actionTaken: 'Action taken is required' }],
    ['nobody it was reported to', { reportedTo: '' }, { reportedTo: 'Reported to is required' }],
    [
      'a time and a date both wrong',
      { occurredAt: '20:00', reportedOn: '2026-12-01' },
      { occurredAt: window, reportedOn: 'Date reported cannot be in the future' },
    ],
  ])('refuses %s, writing nothing', async (_name, overrides, fields) => {
    await refused(report(overrides), validation(fields));
  });

  it('refuses a session that has not happened yet, in words', async () => {
    const later = await core.ok(
      'sessions.create',
      sessionInput(placementId, office.supervisor.id, { date: '2026-11-28', capacity: 6 }),
    );
    await refused(
      report({ sessionId: later.id, reportedOn: '2026-11-26' }),
      rule(
        'This session is on 28/11/2026, which has not come yet: an incident is reported once it has happened.',
      ),
    );
  });

  it('accepts a session of today', async () => {
    const todays = await core.ok(
      'sessions.create',
      sessionInput(placementId, office.supervisor.id, { date: '2026-11-26', capacity: 6 }),
    );
    await core.ok('incidents.report', report({ sessionId: todays.id, reportedOn: '2026-11-26' }));
  });

  it('gives NOT_FOUND for a session that does not exist', async () => {
    await refused(report({ sessionId: 99 }), {
      ok: false,
      error: { code: 'NOT_FOUND', message: 'The session was not found. It may have been removed.' },
    });
  });

  it('keeps an auditor from reporting', async () => {
    const auditor = await core.signInAs('AUDITOR');
    const before = snapshot(core);
    expect(await core.call('incidents.report', report(), auditor)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(snapshot(core)).toEqual(before);
  });
});

describe('incidents.list and incidents.forSession', () => {
  async function sessionOn(date: string, name: string) {
    const placement = await core.ok('placements.save', placementInput({ name }));
    return (
      await core.ok(
        'sessions.create',
        sessionInput(placement.id, office.supervisor.id, { date, capacity: 6 }),
      )
    ).id;
  }

  it('lists the incidents at sessions in the period, latest first, and counts each kind', async () => {
    const october = await sessionOn('2026-10-03', 'Canal Clean-up');
    const november = await sessionOn('2026-11-07', 'Town Hall Decorating');
    const august = await sessionOn('2026-08-01', 'Allotments');
    await core.ok('incidents.report', report({ sessionId: october, reportedOn: '2026-10-03' }));
    await core.ok(
      'incidents.report',
      report({
        sessionId: october,
        kind: 'INCIDENT',
        occurredAt: '11:00',
        injuries: null,
        firstAidGiven: false,
        whatHappened: 'Argument between two people on the order',
        reportedOn: '2026-10-05',
      }),
    );
    await core.ok(
      'incidents.report',
      report({ sessionId: november, kind: 'NEAR_MISS', injuries: null, reportedOn: '2026-11-07' }),
    );
    await core.ok('incidents.report', report({ sessionId, occurredAt: '09:15' }));
    // Outside the period: counted in no figure below.
    await core.ok('incidents.report', report({ sessionId: august, reportedOn: '2026-08-01' }));

    const listed = await core.ok('incidents.list', { from: '2026-10-01', to: '2026-11-30' });
    expect(listed.counts).toEqual([
      { kind: 'ACCIDENT', count: 2 },
      { kind: 'INCIDENT', count: 1 },
      { kind: 'NEAR_MISS', count: 1 },
    ]);
    expect(listed.total).toBe(4);
    expect(listed.rows.map((r) => [r.sessionDate, r.placementName, r.kind, r.occurredAt])).toEqual([
      ['2026-11-21', 'Riverside Garden', 'ACCIDENT', '09:15'],
      ['2026-11-07', 'Town Hall Decorating', 'NEAR_MISS', '10:40'],
      ['2026-10-03', 'Canal Clean-up', 'INCIDENT', '11:00'],
      ['2026-10-03', 'Canal Clean-up', 'ACCIDENT', '10:40'],
    ]);
    expect(listed.rows[0]).toEqual({
      id: 4,
      sessionId,
      sessionDate: '2026-11-21',
      placementName: 'Riverside Garden',
      kind: 'ACCIDENT',
      occurredAt: '09:15',
      firstAidGiven: true,
      reportedTo: 'Helen Moss, Riverside Community Trust',
      reportedOn: '2026-11-21',
      summary: 'Cut his hand on a bramble while clearing the bank.',
      injured: true,
    });

    const october2 = await core.ok('incidents.list', { from: '2026-10-03', to: '2026-10-03' });
    expect(october2.counts).toEqual([
      { kind: 'ACCIDENT', count: 1 },
      { kind: 'INCIDENT', count: 1 },
      { kind: 'NEAR_MISS', count: 0 },
    ]);
    expect(await core.ok('incidents.list', { from: '2025-01-01', to: '2025-12-31' })).toEqual({
      rows: [],
      counts: [
        { kind: 'ACCIDENT', count: 0 },
        { kind: 'INCIDENT', count: 0 },
        { kind: 'NEAR_MISS', count: 0 },
      ],
      total: 0,
    });

    const atOctober = await core.ok('incidents.forSession', { sessionId: october });
    expect(atOctober.map((i) => [i.kind, i.occurredAt, i.reportedOn])).toEqual([
      ['INCIDENT', '11:00', '2026-10-05'],
      ['ACCIDENT', '10:40', '2026-10-03'],
    ]);
    expect(await core.ok('incidents.forSession', { sessionId: november })).toHaveLength(1);
  });

  it('refuses a period that ends before it starts, and a session that does not exist', async () => {
    expect(await core.call('incidents.list', { from: '2026-11-01', to: '2026-10-31' })).toEqual(
      validation({ to: 'To must not be before From' }),
    );
    expect(await core.call('incidents.forSession', { sessionId: 99 })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'The session was not found. It may have been removed.' },
    });
  });
});
