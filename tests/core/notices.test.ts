import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/contract';
import type { NoticeFigures } from '../../shared/contract/notices';
import { smallOffice, tempDir, testCore, type TestCore } from '../support/core';
import { attended, validation } from './fixtures-placements';
import { countRows, rowsOf } from './helpers';
import { buildNoticeData, type NoticeData } from './notices-fixtures';
import { snapshot } from './security-support';

/**
 * Court shortfall notices over the real procedures, on the constructed office of
 * notices-fixtures.ts (its comment lists every supervisor, placement and order). Today is
 * Thursday 26/11/2026 and the notice's period the four weeks from 30/10/2026 to today; the
 * policy is the default (6 hours a week, 6 people per supervisor, a first session within 10
 * working days). Every figure is worked out by hand in the comment beside it.
 */

let dataDir: string;
let core: TestCore;
let courts: { magistrates: number; crown: number; closed: number };
let data: NoticeData;

const period = { from: '2026-10-30', to: '2026-11-26' };

beforeEach(async () => {
  dataDir = tempDir();
  core = await testCore({ dataDir, today: '2026-11-26' });
  const office = await smallOffice(core);
  await core.ok('office.saveLetterhead', {
    address: 'Unpaid Work Unit\n4 Market Street\nNorthvale NV1 1AA',
    phone: '01632 960100',
    email: 'upw@northvale.example.org',
  });
  const closed = await core.ok('courts.save', {
    name: 'Old Town Magistrates’ Court',
    kind: 'MAGISTRATES',
    active: false,
  });
  courts = { magistrates: office.magistrates.id, crown: office.crown.id, closed: closed.id };
  const sqlite = new Database(core.databaseFile);
  try {
    data = buildNoticeData(sqlite, courts, office.caseManager.id);
  } finally {
    sqlite.close();
  }
});

afterEach(() => core.close());

/** The figures as key → [court, office]. */
const byKey = (f: NoticeFigures) =>
  Object.fromEntries(f.figures.map((x) => [x.key, [x.court, x.office]]));

function issueInput(overrides: Partial<InputOf<'notices.issue'>> = {}): InputOf<'notices.issue'> {
  return {
    courtId: courts.magistrates,
    ...period,
    actions:
      'Two supervisors are being recruited and will start in January. Saturday sessions at Canal Path are being added from 05/12/2026.',
    signedOffBy: 'Helen Carter',
    signedOffRole: 'UPW manager',
    ...overrides,
  };
}

/** The office's own figures, the same whichever court the notice is to. */
const officeFigures = {
  // Adams, Baker, Clark, Davies, Evans, Green, Hughes (Fox completed in September).
  liveOrders: 7,
  // 80 + 180 + 60 + 40 + 10 (magistrates) + 200 + 80 (Crown) = 650 h.
  hoursOutstanding: 650 * 60,
  // Baker: nothing booked and even 6 h a week from today (210 days) ends 24/06/2027, after
  // 05/01/2027. Evans: end date 01/10/2026 passed. Green: 14 h booked in four weeks = 3 h 30 m
  // a week, finishing 200 h in 400 days, after 10/02/2027. Adams: 7 h a week finishes 80 h in
  // 80 days (14/02/2027), before 02/03/2027: not at risk. The rest finish in time at 6 h a week.
  ordersAtRisk: 3,
  // Clark (rescheduled, then absent), Davies (stood down twice) and Hughes (stood down, then
  // ill): none worked a session. A stand-down on the day (ATSS) is not work.
  waitingForFirstSession: 3,
  // Working days after sentence to today: Clark (Mon 02/11) 18, Davies (Fri 20/11) 4, Hughes
  // (Mon 12/10) 33; more than 10: Clark and Hughes.
  waitingPastTarget: 2,
  longestWait: 33,
  // In the period: Hughes ATSS 14/11 (Canal, 4 h); Baker ATSS 21/11 (garden, 7 h); Davies AASD
  // 23/11 (depot, 3 h); Baker AASD and Davies ATSS 25/11 (park, 4 h each). Green's AASD on
  // 24/10 is before the period, Baker's on 05/12 after it.
  standDowns: 5,
  standDownHoursLost: (4 + 7 + 3 + 4 + 4) * 60,
  // A week: Adams 80 h over 97 days (13.86 weeks) = 5 h 47 m → the minimum 6 h (360);
  // Baker 180 h over 41 days (5.86 weeks) = 30 h 44 m → capped at 28 h (1680); Clark 60 h over
  // 342 days → 6 h (360); Davies 40 h over 360 days → 6 h (360); Evans past its end date: all
  // 10 h now (600); Green 200 h over 77 days = 11 weeks: 12000 / 11 = 1090.9 → 1091; Hughes 80 h
  // over 321 days → 6 h (360). Together 360 + 1680 + 360 + 360 + 600 + 1091 + 360 = 4811.
  hoursNeeded: 4811,
  // Supervisors in post with training: Gareth (Saturday mornings) and Ann (Wednesday
  // afternoons); Tom's health and safety expired, Lee has left. Placements in use: the garden,
  // Canal Path, the Charity Shop and the park (its review due today is still in date); not the
  // Old Library (review due yesterday), the depot (induction) or the closed allotment.
  // Saturday morning: Gareth × 6 = 6 places, to the 7-hour garden first: 6 × 420 = 2520 (its
  // other 4 places and Canal Path's 6 go without a supervisor). Sunday morning: nobody, 0.
  // Wednesday afternoon: Ann × 6 = 6 of the park's 8 places × 240 = 1440. Charity Shop:
  // 2 sessions × 240 × 1 place = 480. Together 2520 + 1440 + 480 = 4440 (74 h).
  hoursOfferable: 4440,
  // 4811 − 4440 = 371 (6 h 11 m).
  weeklyShortfall: 371,
  placementsInUse: 4,
  supervisorsInPost: 2,
  // Gareth 1 session a week, Ann 1.
  supervisorSessionsAvailable: 2,
  // Sessions in the period at group and induction placements, booked ÷ 6 rounded up: Canal
  // 14/11 (2 booked) 1, garden 21/11 (4) 1, depot 23/11 (2) 1, park 25/11 (7) 2; the Charity
  // Shop is individual. 5 over 4 weeks = 1.25, to one decimal place 1.3.
  supervisorSessionsNeeded: 1.3,
};

describe('the figures of a notice', () => {
  it('works out every figure for the magistrates’ court beside the office’s', async () => {
    const figures = await core.ok('notices.preview', { courtId: courts.magistrates, ...period });
    expect(byKey(figures)).toEqual({
      // Adams, Baker, Clark, Davies, Evans.
      liveOrders: [5, officeFigures.liveOrders],
      // 80 + 180 + 60 + 40 + 10 = 370 h.
      hoursOutstanding: [370 * 60, officeFigures.hoursOutstanding],
      // Baker and Evans.
      ordersAtRisk: [2, officeFigures.ordersAtRisk],
      // Clark (18 working days) and Davies (4).
      waitingForFirstSession: [2, officeFigures.waitingForFirstSession],
      waitingPastTarget: [1, officeFigures.waitingPastTarget],
      longestWait: [18, officeFigures.longestWait],
      // Baker twice, Davies twice: 7 + 3 + 4 + 4 = 18 h.
      standDowns: [4, officeFigures.standDowns],
      standDownHoursLost: [18 * 60, officeFigures.standDownHoursLost],
      // 360 + 1680 + 360 + 360 + 600 = 3360.
      hoursNeeded: [3360, officeFigures.hoursNeeded],
      hoursOfferable: [null, officeFigures.hoursOfferable],
      weeklyShortfall: [null, officeFigures.weeklyShortfall],
      placementsInUse: [null, officeFigures.placementsInUse],
      supervisorsInPost: [null, officeFigures.supervisorsInPost],
      supervisorSessionsAvailable: [null, officeFigures.supervisorSessionsAvailable],
      supervisorSessionsNeeded: [null, officeFigures.supervisorSessionsNeeded],
    });
    expect(figures).toMatchObject({
      court: { id: courts.magistrates, name: "Northvale Magistrates' Court", kind: 'MAGISTRATES' },
      period,
      asOf: '2026-11-26',
      policy: { minimumHoursPerWeek: 6, peoplePerSupervisor: 6, workingDaysToFirstSession: 10 },
      hoursShort: true,
      supervisorsShort: false,
    });
    expect(figures.summary).toBe(
      'The office can offer 74 h of unpaid work a week against the 80 h 11 m a week its live orders need: 6 h 11 m a week short. ' +
        "Northvale Magistrates' Court made 5 live orders of the office’s 7, with 370 h outstanding; 2 are at risk of missing the end date and 2 people wait for a first session.",
    );
    // Every figure says how it is worked out, and the notes say what is "now" and what the period's.
    for (const f of figures.figures) expect(f.definition.length, f.key).toBeGreaterThan(60);
    const offerable = figures.figures.find((f) => f.key === 'hoursOfferable')!;
    expect(offerable.definition).toContain('6 people per supervisor');
    expect(offerable.definition).toContain('this left 22 group places a week without a supervisor');
    expect(figures.notes[0]).toBe(
      'Figures of orders, people waiting, hours a week, placements and supervisors are as they stood on 26/11/2026, the day the notice was made; stand-downs and the supervisor-sessions needed count the period 30/10/2026 to 26/11/2026.',
    );
  });

  it('gives the Crown Court its own column beside the same office figures', async () => {
    const figures = await core.ok('notices.preview', { courtId: courts.crown, ...period });
    const expected = Object.fromEntries(
      Object.entries(officeFigures).map(([k, office]) => [k, office]),
    );
    const crown = {
      // Green and Hughes.
      liveOrders: 2,
      // 200 + 80 = 280 h.
      hoursOutstanding: 280 * 60,
      // Green.
      ordersAtRisk: 1,
      // Hughes, 33 working days.
      waitingForFirstSession: 1,
      waitingPastTarget: 1,
      longestWait: 33,
      // Hughes on 14/11 at Canal Path (4 h); Green's on 24/10 is before the period.
      standDowns: 1,
      standDownHoursLost: 240,
      // 1091 + 360.
      hoursNeeded: 1451,
    };
    expect(byKey(figures)).toEqual(
      Object.fromEntries(
        Object.entries(expected).map(([k, office]) => [
          k,
          [k in crown ? crown[k as keyof typeof crown] : null, office],
        ]),
      ),
    );
    expect(figures.court).toEqual({
      id: courts.crown,
      name: 'Northvale Crown Court',
      kind: 'CROWN',
    });
  });

  it('counts the supervisors short when they cannot work the sessions needed', async () => {
    // Ann stops working Wednesdays: one supervisor-session a week against 1.3 needed, and the
    // park's places go too: 4440 − 1440 = 3000.
    const sqlite = new Database(core.databaseFile);
    sqlite.prepare(`UPDATE staff SET working_slots = '[]' WHERE name = 'Ann Boyd'`).run();
    sqlite.close();
    const figures = await core.ok('notices.preview', { courtId: courts.crown, ...period });
    expect(byKey(figures)).toMatchObject({
      hoursOfferable: [null, 3000],
      supervisorSessionsAvailable: [null, 1],
      supervisorSessionsNeeded: [null, 1.3],
    });
    expect(figures.supervisorsShort).toBe(true);
    expect(figures.summary).toContain(
      'Its 2 supervisors in post can work 1 supervisor-session a week against 1.3 needed a week in the period.',
    );
  });
});

describe('issuing a notice', () => {
  it('numbers, dates and signs it off, and keeps the figures worked out on the day', async () => {
    const preview = await core.ok('notices.preview', { courtId: courts.magistrates, ...period });
    const notice = await core.ok('notices.issue', issueInput());
    expect(notice).toMatchObject({
      number: 'CSN-2026-001',
      courtId: courts.magistrates,
      periodFrom: '2026-10-30',
      periodTo: '2026-11-26',
      issuedOn: '2026-11-26',
      signedOffBy: 'Helen Carter',
      signedOffRole: 'UPW manager',
      issuedByAccount: 'Test Manager',
    });
    expect(notice.figures).toEqual(preview);
    const [row] = rowsOf<{ number: string; figures: string; actions: string }>(
      core,
      'SELECT number, figures, actions FROM court_notices',
    );
    expect(row!.number).toBe('CSN-2026-001');
    expect(JSON.parse(row!.figures)).toEqual(preview);
    expect(row!.actions).toBe(issueInput().actions);
    expect(
      rowsOf(core, `SELECT procedure FROM audit_log WHERE procedure = 'notices.issue'`),
    ).toHaveLength(1);
  });

  it('keeps an issued notice as it was when the data changes, while a new preview moves', async () => {
    const issued = await core.ok('notices.issue', issueInput());
    // Clark's register for 24/11 at the Charity Shop comes in (attended, 4 h), and Evans's order
    // is revoked.
    await core.ok('sessions.recordRegister', {
      sessionId: data.clarkShopSession,
      rows: [attended(data.orders.clark)],
    });
    await core.ok('endings.end', {
      orderId: data.orders.evans,
      kind: 'REVOKED',
      endedOn: '2026-11-26',
      reason: 'Revoked by the court on a fresh sentence',
    });
    const now = await core.ok('notices.preview', { courtId: courts.magistrates, ...period });
    expect(byKey(now)).toMatchObject({
      // Evans is no longer live.
      liveOrders: [4, 6],
      // 370 h less Clark's 4 h and Evans's 10 h = 356 h; the office 650 − 14 = 636 h.
      hoursOutstanding: [356 * 60, 636 * 60],
      // Baker, and Green at the Crown Court.
      ordersAtRisk: [1, 2],
      // Clark has worked now: Davies (4 working days) waits, and Hughes at the Crown Court.
      waitingForFirstSession: [1, 2],
      waitingPastTarget: [0, 1],
      longestWait: [4, 33],
      // Evans's 10 h now is no longer needed: 3360 − 600 and 4811 − 600.
      hoursNeeded: [2760, 4211],
      // 4211 is less than the 4440 the office can offer.
      weeklyShortfall: [null, 0],
    });
    expect(now.hoursShort).toBe(false);

    const kept = await core.ok('notices.get', { id: issued.id });
    expect(kept.figures).toEqual(issued.figures);
    expect(byKey(kept.figures)).toMatchObject({
      liveOrders: [5, 7],
      waitingForFirstSession: [2, 3],
      weeklyShortfall: [null, 371],
    });
    expect(kept).toMatchObject({
      number: 'CSN-2026-001',
      actions: issueInput().actions,
      office: {
        name: 'Test Unpaid Work',
        address: 'Unpaid Work Unit\n4 Market Street\nNorthvale NV1 1AA',
        phone: '01632 960100',
        email: 'upw@northvale.example.org',
      },
    });
    // A renamed court: the notice still names the court as it was told.
    await core.ok('courts.save', {
      id: courts.magistrates,
      name: 'Northvale and District Magistrates’ Court',
      kind: 'MAGISTRATES',
    });
    expect((await core.ok('notices.get', { id: issued.id })).figures.court.name).toBe(
      "Northvale Magistrates' Court",
    );
    expect(await core.ok('notices.list', {})).toEqual({
      total: 1,
      rows: [
        {
          id: issued.id,
          number: 'CSN-2026-001',
          courtName: "Northvale Magistrates' Court",
          periodFrom: '2026-10-30',
          periodTo: '2026-11-26',
          issuedOn: '2026-11-26',
          signedOffBy: 'Helen Carter',
          signedOffRole: 'UPW manager',
          liveOrders: 5,
          hoursOutstandingMinutes: 370 * 60,
          ordersAtRisk: 2,
          offerableMinutes: 4440,
          neededMinutes: 4811,
        },
      ],
    });
  });

  it('numbers notices running within the year of issue', async () => {
    expect((await core.ok('notices.issue', issueInput())).number).toBe('CSN-2026-001');
    expect((await core.ok('notices.issue', issueInput({ courtId: courts.crown }))).number).toBe(
      'CSN-2026-002',
    );
    // The office comes in on Monday 04/01/2027: the same data folder, a new year.
    core.close();
    core = await testCore({ dataDir, today: '2027-01-04' });
    const first = await core.ok('notices.issue', issueInput());
    expect(first).toMatchObject({ number: 'CSN-2027-001', issuedOn: '2027-01-04' });
    expect((await core.ok('notices.issue', issueInput())).number).toBe('CSN-2027-002');
    const register = await core.ok('notices.list', { pageSize: 3 });
    expect(register.total).toBe(4);
    expect(register.rows.map((r) => r.number)).toEqual([
      'CSN-2027-002',
      'CSN-2027-001',
      'CSN-2026-002',
    ]);
    const older = await core.ok('notices.list', { page: 1, pageSize: 3 });
    expect(older.rows.map((r) => [r.number, r.issuedOn])).toEqual([['CSN-2026-001', '2026-11-26']]);
  });
});

describe('refusals', () => {
  async function refusedWithNothingWritten(
    name: 'notices.issue' | 'notices.preview',
    input: unknown,
    expected: unknown,
  ) {
    const before = snapshot(core);
    expect(await core.dispatch(name, input)).toEqual(expected);
    expect(snapshot(core)).toEqual(before);
  }

  it.each<[string, Record<string, unknown>, Record<string, string>]>([
    ['no court', { courtId: undefined }, { courtId: 'Choose the court' }],
    ['no sign-off', { signedOffBy: '  ' }, { signedOffBy: 'Signed off by is required' }],
    [
      'no role for the sign-off',
      { signedOffRole: '' },
      { signedOffRole: 'Role of the person signing is required' },
    ],
    ['no actions', { actions: '' }, { actions: 'What the office is doing is required' }],
    ['no period', { from: undefined, to: '' }, { from: 'From is required', to: 'To is required' }],
    [
      'a date that is not one',
      { to: '2026-11-31' },
      { to: 'To must be a real date, written as dd/mm/yyyy' },
    ],
  ])('refuses a notice with %s, writing nothing', async (_what, overrides, fields) => {
    await refusedWithNothingWritten(
      'notices.issue',
      { ...issueInput(), ...overrides },
      validation(fields),
    );
    expect(countRows(core, 'court_notices')).toBe(0);
  });

  it.each<[string, Record<string, unknown>, Record<string, string>]>([
    [
      'To before From',
      { from: '2026-11-01', to: '2026-10-31' },
      { to: 'To cannot be before From' },
    ],
    [
      'a period ending tomorrow',
      { to: '2026-11-27' },
      { to: 'To cannot be after today (26/11/2026)' },
    ],
    [
      'a period of more than 12 months',
      { from: '2025-11-26' },
      {
        to: 'The period can be at most 12 months: from 26/11/2025, To can be 25/11/2026 at the latest',
      },
    ],
    [
      'an unknown court',
      { courtId: 999 },
      { courtId: 'Court was not found: choose a court from the list' },
    ],
  ])('refuses %s, in the preview and the issue alike', async (_what, overrides, fields) => {
    await refusedWithNothingWritten(
      'notices.preview',
      { courtId: courts.magistrates, ...period, ...overrides },
      validation(fields),
    );
    await refusedWithNothingWritten(
      'notices.issue',
      { ...issueInput(), ...overrides },
      validation(fields),
    );
  });

  it('refuses a court no longer in use and a bad period together', async () => {
    await refusedWithNothingWritten(
      'notices.issue',
      issueInput({ courtId: courts.closed, to: '2026-12-01' }),
      validation({
        courtId: 'Old Town Magistrates’ Court is no longer in use: choose a court in use',
        to: 'To cannot be after today (26/11/2026)',
      }),
    );
  });

  it('has no way to change or remove a notice, and the database refuses it too', async () => {
    const issued = await core.ok('notices.issue', issueInput());
    expect(await core.dispatch('notices.update', { id: issued.id, actions: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    const before = snapshot(core);
    const sqlite = new Database(core.databaseFile);
    try {
      expect(() =>
        sqlite
          .prepare(`UPDATE court_notices SET actions = 'Nothing is being done' WHERE id = ?`)
          .run(issued.id),
      ).toThrow('An issued court notice cannot be changed; issue a new one');
      expect(() => sqlite.prepare(`UPDATE court_notices SET figures = '{}'`).run()).toThrow(
        'An issued court notice cannot be changed; issue a new one',
      );
      expect(() => sqlite.prepare('DELETE FROM court_notices').run()).toThrow(
        'An issued court notice cannot be removed; issue a new one',
      );
    } finally {
      sqlite.close();
    }
    expect(snapshot(core)).toEqual(before);
    expect((await core.ok('notices.get', { id: issued.id })).actions).toBe(issueInput().actions);
  });

  it('says plainly when there is no such notice', async () => {
    expect(await core.dispatch('notices.get', { id: 42 })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'The notice was not found. It may have been removed.' },
    });
  });

  it('lets only a manager issue a notice; everyone reads the register', async () => {
    for (const role of ['CASE_ADMINISTRATOR', 'SUPERVISOR', 'AUDITOR'] as const) {
      const token = await core.signInAs(role);
      const before = snapshot(core);
      expect(await core.call('notices.issue', issueInput(), token)).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
      expect(snapshot(core)).toEqual(before);
      expect(await core.call('notices.list', {}, token)).toMatchObject({ ok: true });
      expect(await core.call('notices.capacityCheck', {}, token)).toMatchObject({ ok: true });
    }
  });
});

describe('the home page’s capacity check', () => {
  it('suggests a notice when the office cannot offer the hours its orders need', async () => {
    // The four weeks up to today are the notice's period: the same figures as the office's.
    expect(await core.ok('notices.capacityCheck', {})).toEqual({
      asOf: '2026-11-26',
      from: '2026-10-30',
      offerableMinutes: 4440,
      neededMinutes: 4811,
      supervisorsInPost: 2,
      supervisorSessionsAvailable: 2,
      supervisorSessionsNeeded: 1.3,
      hoursShort: true,
      supervisorsShort: false,
      suggested: true,
      lastNotice: null,
    });
    const issued = await core.ok('notices.issue', issueInput({ courtId: courts.crown }));
    expect((await core.ok('notices.capacityCheck', {})).lastNotice).toEqual({
      id: issued.id,
      number: 'CSN-2026-001',
      issuedOn: '2026-11-26',
      courtName: 'Northvale Crown Court',
    });
  });

  it('suggests none when the office can offer enough', async () => {
    // A second Saturday supervisor covers the garden's other 4 places and 2 of Canal Path's:
    // 4440 + 4 × 420 + 2 × 240 = 6600, more than the 4811 needed.
    const sqlite = new Database(core.databaseFile);
    sqlite
      .prepare(
        `UPDATE staff SET working_slots = '["SAT_MORNING","WED_AFTERNOON"]' WHERE name = 'Ann Boyd'`,
      )
      .run();
    sqlite.close();
    expect(await core.ok('notices.capacityCheck', {})).toMatchObject({
      offerableMinutes: 6600,
      neededMinutes: 4811,
      supervisorSessionsAvailable: 3,
      hoursShort: false,
      supervisorsShort: false,
      suggested: false,
    });
  });
});
