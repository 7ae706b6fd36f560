import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BoardSection, BoardTable } from '../../shared/contract/board';
import { policyAt, policyValueSql } from '../../electron/core/board/breakdowns';
import { periodsFor, type Periods } from '../../electron/core/board/period';
import { capacitySection } from '../../electron/core/board/sections/capacity';
import { diversitySection } from '../../electron/core/board/sections/diversity';
import { enforcementSection } from '../../electron/core/board/sections/enforcement';
import { exitInterviewsSection } from '../../electron/core/board/sections/exit-interviews';
import { outcomesSection } from '../../electron/core/board/sections/outcomes';
import { surveysSection } from '../../electron/core/board/sections/surveys';
import { testCore, type TestCore } from '../support/core';
import { boardBuilder, buildBoardData } from './board-fixtures-2';

/**
 * The diversity, enforcement, exit interview, survey, outcome and capacity figures of the Board
 * report on the data set of board-fixtures-2.ts (its comment lists every person, order and
 * placement), for July to September 2026 against April to June 2026, today being 26/11/2026.
 * Every number below is worked out by hand in the comment beside it.
 */

let core: TestCore;
let sqlite: Database.Database;
const today = '2026-11-26';
const quarter: Periods = periodsFor({ kind: 'QUARTER', from: '2026-07-01' }, today);

beforeAll(async () => {
  core = await testCore({ today });
  sqlite = new Database(core.databaseFile);
  buildBoardData(sqlite);
});

afterAll(() => {
  sqlite?.close();
  core?.close();
});

function table(section: BoardSection, id: string): BoardTable {
  const found = section.tables.find((t) => t.id === id);
  if (!found) throw new Error(`No table ${id} in ${section.id}`);
  return found;
}

/** A comparison table as measure → [this period, previous period]. */
function measures(section: BoardSection, id: string) {
  return Object.fromEntries(
    table(section, id).rows.map((r) => [r.measure, [r.current, r.previous]]),
  );
}

describe('diversity', () => {
  const section = () => diversitySection(sqlite, quarter);

  it('counts who started a placement, and the placements they got, against the quarter before', () => {
    // Started in July to September (first allocation in the quarter): Adams 06/07 (Riverside:
    // skills + contact), Baker 20/07 (Canal: neither), Clarke 03/08 (Charity Shop: Guided Skills
    // Learning, so skills; his move on 01/09 is not a start), Davies 10/08 (Canal), Evans 07/09
    // (Food Bank: contact), Green 30/09 (Riverside, entered first that day) → 6 people.
    // Not counted: Foster (first 15/06), Hughes (01/10), Jones (31/03).
    // Skills: Adams, Clarke, Green = 3/6 = 50%; contact: Adams, Evans, Green = 3/6 = 50%.
    // April to June: Foster (Riverside: both) and Irwin (Canal: neither) → 2; 1/2 = 50% each.
    // Targets of 2026 measured now: White skills 60 (met), Black contact 50 (not met), Female
    // contact 50 (not met), 16–17 skills 50 (met), Disability yes skills 25 (not met) → 5, 2 met;
    // "Other ethnic group" has nobody. Before: White skills (Foster 1/1: met), Black contact
    // (Irwin 0/1: not met), 16–17 skills (Irwin 0/1: not met) → 3, 1 met.
    expect(measures(section(), 'diversity-totals')).toEqual({
      'People who started a placement': [6, 2],
      'Placed with skills learning': [50, 50],
      'Placed with contact with beneficiaries': [50, 50],
      'Local targets measured': [5, 3],
      'Local targets met': [2, 1],
    });
    expect(section().summary).toBe(
      '6 people started a placement in July to September 2026 (2 in April to June 2026): 50% were placed with skills learning and 50% with contact with beneficiaries. ' +
        '2 of the 5 local targets for 2026 that could be measured were met.',
    );
  });

  const row = (
    group: string,
    people: number,
    skillsShare: number | null,
    contactShare: number | null,
    skillsTarget: number | null = null,
    contactTarget: number | null = null,
    skillsMet: string | null = null,
    contactMet: string | null = null,
  ) => ({
    group,
    people,
    skillsShare,
    contactShare,
    skillsTarget,
    contactTarget,
    skillsMet,
    contactMet,
  });

  it('breaks them down by ethnic group against the targets of 2026', () => {
    // Asian: Clarke (skills) → 1, 100%, 0%. Black: Baker → 0%, 0%; contact target 50: not met.
    // Mixed: Evans (contact) → 0%, 100%. White: Adams, Davies, Green; skills and contact Adams
    // and Green → 2/3 = 66.7% each; skills target 60: met. Other: nobody, but a target of 40.
    // The 2025 target (White contact 90) does not apply.
    expect(table(section(), 'diversity-ethnicity').rows).toEqual([
      row('Asian, Asian British or Asian Welsh', 1, 100, 0),
      row(
        'Black, Black British, Black Welsh, Caribbean or African',
        1,
        0,
        0,
        null,
        50,
        null,
        'Not met',
      ),
      row('Mixed or Multiple ethnic groups', 1, 0, 100),
      row('White', 3, 66.7, 66.7, 60, null, 'Met'),
      row('Other ethnic group', 0, null, null, 40),
    ]);
  });

  it('by gender', () => {
    // Male: Adams, Clarke, Evans; skills Adams, Clarke = 2/3; contact Adams, Evans = 2/3 → 66.7%.
    // Female: Baker, Davies, Green; Green has both → 1/3 = 33.3%; contact target 50: not met.
    expect(table(section(), 'diversity-gender').rows).toEqual([
      row('Male', 3, 66.7, 66.7),
      row('Female', 3, 33.3, 33.3, null, 50, null, 'Not met'),
    ]);
  });

  it('by age band at sentence', () => {
    // 16–17: Adams (17: both), Davies (16: neither) → 50%, 50%; skills target 50: met (equal).
    // 18–24: Baker (20: neither), Green (24: both) → 50%, 50%. 25–34: Clarke (30: skills).
    // 35–49: nobody started. 50 and over: Evans (52: contact).
    expect(table(section(), 'diversity-age').rows).toEqual([
      row('16–17', 2, 50, 50, 50, null, 'Met'),
      row('18–24', 2, 50, 50),
      row('25–34', 1, 100, 0),
      row('50 and over', 1, 0, 100),
    ]);
  });

  it('by disability', () => {
    // Yes: Baker (neither) → 0%, target 25 not met. No: Adams (both), Clarke (skills), Davies
    // (neither), Green (both) → skills 3/4 = 75%, contact 2/4 = 50%. Not stated: Evans (contact).
    expect(table(section(), 'diversity-disability').rows).toEqual([
      row('Yes', 1, 0, 0, 25, null, 'Not met'),
      row('No', 4, 75, 50),
      row('Not stated', 1, 0, 100),
    ]);
  });

  it('gives 16–17 year olds a line of their own', () => {
    // Now: Adams (Riverside: skills, contact, suitable for 16–17) and Davies (Canal: none) → 2,
    // 50% each. Before: Irwin (17, Canal: none) → 1, 0% each.
    expect(measures(section(), 'diversity-16-17')).toEqual({
      '16–17 year olds who started a placement': [2, 1],
      'Placed with skills learning': [50, 0],
      'Placed with contact with beneficiaries': [50, 0],
      'At a placement suitable for 16–17 year olds': [50, 0],
    });
  });

  it('has one table per dimension with the columns the charts plot', () => {
    for (const id of [
      'diversity-ethnicity',
      'diversity-gender',
      'diversity-age',
      'diversity-disability',
    ])
      expect(table(section(), id).columns.map((c) => [c.key, c.kind])).toEqual([
        ['group', 'text'],
        ['people', 'count'],
        ['skillsShare', 'percent'],
        ['contactShare', 'percent'],
        ['skillsTarget', 'percent'],
        ['contactTarget', 'percent'],
        ['skillsMet', 'text'],
        ['contactMet', 'text'],
      ]);
  });
});

describe('enforcement', () => {
  const section = () => enforcementSection(sqlite, quarter);

  it('counts decisions in the quarter against people with a live order', () => {
    // Decided 01/07–30/09: warnings Baker 15/07, Clarke 10/08, Adams (second order) 30/09 → 3;
    // breaches Baker 01/09, Jones 01/07 → 2; evidence accepted Davies 12/08 → 1. Green's warning
    // of 01/10 is after. Live in the quarter: Adams, Baker, Clarke, Davies, Evans, Foster (ended
    // 31/08), Green, Hughes, Jones (ended 01/07) → 9 people (Adams once for two orders); Irwin
    // ended 30/06. Rates: 3/9 × 100 = 33.3, 2/9 × 100 = 22.2.
    // April–June: warning Irwin 01/05, breach Irwin 20/06, accepted Kaur 10/04 (Foster's of
    // 31/03 is before); live: Adams (20/06), Foster, Irwin, Jones, Kaur → 5; 1/5 = 20 each.
    expect(measures(section(), 'enforcement-totals')).toEqual({
      Warnings: [3, 1],
      'Breach referrals': [2, 1],
      'Evidence accepted: absence made acceptable': [1, 1],
      'People with a live order': [9, 5],
      'Warnings per 100 people with a live order': [33.3, 20],
      'Breach referrals per 100 people with a live order': [22.2, 20],
    });
    expect(section().summary).toBe(
      '3 warnings and 2 breach referrals were decided in July to September 2026 (1 and 1 in April to June 2026): 33.3 warnings per 100 people with a live order.',
    );
  });

  const row = (
    group: string,
    people: number,
    warnings: number,
    warningRate: number | null,
    breaches: number,
    breachRate: number | null,
    accepted: number,
  ) => ({ group, people, warnings, warningRate, breaches, breachRate, accepted });

  it('by ethnic group', () => {
    // Asian: Clarke (warning) → 1 person, 100 per 100. Black: Baker (warning, breach) → 100, 100.
    // Mixed: Evans, nothing → 0. White: Adams, Davies, Foster, Green, Jones = 5; Adams' warning,
    // Jones' breach, Davies accepted → 1/5 = 20 each. Not stated: Hughes, nothing.
    expect(table(section(), 'enforcement-ethnicity').rows).toEqual([
      row('Asian, Asian British or Asian Welsh', 1, 1, 100, 0, 0, 0),
      row('Black, Black British, Black Welsh, Caribbean or African', 1, 1, 100, 1, 100, 0),
      row('Mixed or Multiple ethnic groups', 1, 0, 0, 0, 0, 0),
      row('White', 5, 1, 20, 1, 20, 1),
      row('Not stated', 1, 0, 0, 0, 0, 0),
    ]);
  });

  it('by gender', () => {
    // Male: Adams, Clarke, Evans, Foster, Jones = 5; warnings Clarke, Adams = 2 (40); breach
    // Jones = 1 (20). Female: Baker, Davies, Green = 3; warning and breach Baker → 33.3 each;
    // Davies accepted. Other: Hughes.
    expect(table(section(), 'enforcement-gender').rows).toEqual([
      row('Male', 5, 2, 40, 1, 20, 0),
      row('Female', 3, 1, 33.3, 1, 33.3, 1),
      row('Other', 1, 0, 0, 0, 0, 0),
    ]);
  });

  it('by age band at sentence, a person counting in the band of each live order', () => {
    // 16–17: Adams (first order, 17), Davies (16) → 2; Davies accepted.
    // 18–24: Adams (second order, 18), Baker 20, Green 24, Hughes 19 → 4; warnings Adams,
    // Baker = 2 (50); breach Baker = 1 (25). 25–34: Clarke 30, Jones 28 → 2; warning Clarke,
    // breach Jones → 50 each. 35–49: Foster. 50 and over: Evans.
    expect(table(section(), 'enforcement-age').rows).toEqual([
      row('16–17', 2, 0, 0, 0, 0, 1),
      row('18–24', 4, 2, 50, 1, 25, 0),
      row('25–34', 2, 1, 50, 1, 50, 0),
      row('35–49', 1, 0, 0, 0, 0, 0),
      row('50 and over', 1, 0, 0, 0, 0, 0),
    ]);
  });

  it('by requirement', () => {
    // Community order: Adams (first), Clarke, Evans, Foster, Green, Hughes, Jones = 7; warning
    // Clarke, breach Jones → 1/7 = 14.3 each. Suspended sentence: Adams (second), Baker = 2;
    // warnings Adams, Baker (100), breach Baker (50). Youth rehabilitation: Davies, accepted.
    expect(table(section(), 'enforcement-requirement').rows).toEqual([
      row('Community order', 7, 1, 14.3, 1, 14.3, 0),
      row('Suspended sentence order', 2, 2, 100, 1, 50, 0),
      row('Youth rehabilitation order', 1, 0, 0, 0, 0, 1),
    ]);
  });
});

describe('exit interviews', () => {
  const section = () => exitInterviewsSection(sqlite, quarter);

  it('counts completions with an exit interview, whenever it was held', () => {
    // Completed in the quarter: Foster 31/08 (interviewed 02/09) and Jones 01/07 (none) → 2, 1,
    // 50%. April–June: Kaur 15/05, interviewed 03/07 (later, but she has one) → 1, 1, 100%.
    expect(measures(section(), 'exit-interviews')).toEqual({
      'Orders completed': [2, 1],
      'With an exit interview': [1, 1],
      'Share with an exit interview': [50, 100],
    });
  });

  it('reports the answers of the interviews held in the quarter', () => {
    // Held 01/07–30/09: Foster 02/09 (yes, yes, paid work, 5), Kaur 03/07 (no, no, –, 2), Nash
    // 08/07 (not sure, yes, –, 4), Oliver 30/09 (yes, not sure, paid work, 3) → 4.
    // Worthwhile yes 2 (50%), no 1, not sure 1; volunteer yes 2, no 1, not sure 1; paid work 2;
    // treatment (5 + 2 + 4 + 3) / 4 = 3.5.
    // April–June: Patel 05/04 (yes, no, –, 4), Quinn 30/06 (yes, yes, –, 5) → 2; worthwhile
    // 2/2 = 100%; volunteer yes 1, no 1; paid work 0; treatment (4 + 5) / 2 = 4.5.
    expect(measures(section(), 'exit-answers')).toEqual({
      'Exit interviews held': [4, 2],
      'Work worthwhile: yes': [2, 2],
      'Work worthwhile: no': [1, 0],
      'Work worthwhile: not sure': [1, 0],
      'Share who found the work worthwhile': [50, 100],
      'Will carry on volunteering: yes': [2, 1],
      'Will carry on volunteering: no': [1, 1],
      'Will carry on volunteering: not sure': [1, 0],
      'Offered paid work by a beneficiary': [2, 0],
      'How they were treated, 1 (poorly) to 5 (very well): average': [3.5, 4.5],
    });
    expect(section().summary).toBe(
      '2 orders were completed in July to September 2026 and 50% of them had an exit interview. Of the 4 exit interviews held, 2 found the work worthwhile and 2 will carry on volunteering.',
    );
  });

  it('lists the latest comments without names, leaving out blank ones', () => {
    // Oliver 30/09 and Foster 02/09 wrote comments; Nash's is blank, Kaur wrote none; Patel's
    // is from April.
    const comments = table(section(), 'exit-comments');
    expect(comments.rows).toEqual([
      { date: '2026-09-30', text: 'Would like more gardening.' },
      { date: '2026-09-02', text: 'Learned to lay a hedge; the supervisor was fair.' },
    ]);
    expect(comments.columns.map((c) => c.key)).toEqual(['date', 'text']);
    expect(JSON.stringify(comments)).not.toMatch(/Oliver|Foster/);
  });
});

describe('beneficiary surveys', () => {
  const section = () => surveysSection(sqlite, quarter);

  it('counts the surveys of the quarter and what beneficiaries said', () => {
    // Riverside 10/07 (5, 4, yes), Riverside 20/09 (4, 4, yes), Canal 15/08 (2, 3, no) → 3
    // surveys of 2 placements; quality (5 + 4 + 2) / 3 = 3.67 → 3.7; communication
    // (4 + 4 + 3) / 3 = 3.7; would take again 2/3 = 66.7%. Food Bank's of 05/10 is after.
    // April–June: Charity Shop 01/05 (3, 5, not sure) → 1, 1, 3, 5, 0%.
    expect(measures(section(), 'surveys')).toEqual({
      'Surveys returned': [3, 1],
      'Placements surveyed': [2, 1],
      'Quality of the work, 1 to 5: average': [3.7, 3],
      'Communication with the office, 1 to 5: average': [3.7, 5],
      'Would take people on placements again': [66.7, 0],
    });
  });

  it('lists the placements overdue a survey at the end of the quarter', () => {
    // Survey every 3 months (policy from 01/09/2026): the next survey is due 3 months after the
    // latest (or after the placement was added) and overdue when that is before 30/09/2026.
    // Riverside (20/09 → 20/12), Canal (15/08 → 15/11): not overdue. Charity Shop: 01/05 → due
    // 01/08, overdue. Food Bank: added 01/08 → 01/11 (its survey of 05/10 is after the end).
    // Church Hall: never surveyed, added 10/02 → due 10/05, overdue. Park Lodge: added 30/06 →
    // due 30/09, the end itself: due, not yet overdue. Old Depot is not active; the Induction
    // Room is the office's own.
    expect(table(section(), 'surveys-overdue').rows).toEqual([
      {
        placement: 'Church Hall',
        beneficiary: 'Church Hall Trust',
        lastSurvey: null,
        due: '2026-05-10',
      },
      {
        placement: 'Charity Shop',
        beneficiary: 'Charity Shop Trust',
        lastSurvey: '2026-05-01',
        due: '2026-08-01',
      },
    ]);
    expect(section().summary).toBe(
      '3 beneficiary surveys about 2 placements were returned in July to September 2026, with an average quality rating of 3.7 out of 5; 66.7% would take people again. 2 placements were overdue a survey on 30/09/2026.',
    );
  });

  it('lists the latest comments with the placement', () => {
    expect(table(section(), 'survey-comments').rows).toEqual([
      { date: '2026-08-15', placement: 'Canal Clean-up', text: 'Supervisor arrived late twice.' },
      { date: '2026-07-10', placement: 'Riverside Garden', text: 'They cleared the whole pond.' },
    ]);
  });
});

describe('outcomes', () => {
  it('counts the outcomes of the exit interviews held, against the quarter before', () => {
    // Now 4 interviews: no further offence Foster, Nash = 2 (50%); known Kaur 1; not known
    // Oliver 1; volunteering Foster, Nash = 2 (50%); paid work Foster, Oliver = 2 (50%).
    // Before 2: no further offence Patel, Quinn = 2 (100%); volunteering Quinn 1 (50%); paid 0.
    const section = outcomesSection(sqlite, quarter);
    expect(measures(section, 'outcomes')).toEqual({
      'Exit interviews held': [4, 2],
      'No further offence known since the order began': [2, 2],
      'Share with no further offence known': [50, 100],
      'A further offence known': [1, 0],
      'Not known whether there was a further offence': [1, 0],
      'Will carry on volunteering': [2, 1],
      'Share carrying on volunteering': [50, 50],
      'Offered paid work by a beneficiary': [2, 0],
      'Share offered paid work': [50, 0],
    });
    expect(section.summary).toBe(
      'Of the 4 exit interviews held in July to September 2026, 50% had no further offence known since the order began, 50% will carry on volunteering and 50% were offered paid work by a beneficiary.',
    );
  });
});

describe('capacity', () => {
  const section = () => capacitySection(sqlite, quarter);

  it('sets supervisors in post against the supervisor-sessions the quarter needed', () => {
    // On 30/09: Gareth (health and safety runs out that day: in date) and Ian (new courses of
    // 01/08) → 2; Helen (expired 29/09), Ken (no health and safety) and Lucy (expired 30/06) are
    // in post without → 3; Jane has left. On 30/06: Gareth, Helen, Lucy (last day) → 3; Ian
    // (old risk of harm expired, new courses not yet done) and Ken → 2.
    // Sessions (group and induction placements): 04/07 Riverside 6 booked ÷ 5 → 2, staffed 2;
    // 08/08 Canal 5 ÷ 5 → 1, staffed 1; 05/09 Riverside 5 ÷ 4 (policy from 01/09) → 2, staffed 1
    // (short); 11/07 Induction Room 3 ÷ 5 → 1, staffed 0 (short); 30/09 Canal nobody → 0,
    // staffed 1. The Charity Shop is individual. → 5 sessions, 6 needed, 5 staffed, 2 short;
    // 6 ÷ (92 days ÷ 7) = 0.46 → 0.5 a week.
    // April–June: 02/05 Riverside 11 ÷ 5 → 3, staffed 2 (short); 27/06 Canal 4 ÷ 5 → 1, staffed
    // 1 → 2 sessions, 4 needed, 3 staffed, 1 short; 4 ÷ (91 ÷ 7) = 0.31 → 0.3.
    expect(measures(section(), 'capacity-supervisors')).toEqual({
      'Supervisors in post with training in date': [2, 3],
      'Supervisors in post whose training was not in date': [3, 2],
      'Sessions run by UPW supervisors': [5, 2],
      'Supervisor-sessions needed': [6, 4],
      'Supervisor-sessions staffed': [5, 3],
      'Sessions short of supervisors': [2, 1],
      'Supervisors needed a week, on average': [0.5, 0.3],
    });
  });

  it('counts health and safety assessments in date at the end, listing those out of date', () => {
    // Active on 30/09: Riverside (2027), Canal (15/09: out), Charity Shop (30/09: in, last day),
    // Induction Room, Food Bank, Church Hall, Park Lodge (29/09: out) → 7, 5 in date, 71.4%.
    expect(
      table(section(), 'capacity-safety').rows.map((r) => [r.measure, r.value, r.kind]),
    ).toEqual([
      ['Active placements', 7, 'count'],
      ['With the assessment in date', 5, 'count'],
      ['Share in date', 71.4, 'percent'],
    ]);
    expect(table(section(), 'capacity-safety-out-of-date').rows).toEqual([
      { placement: 'Canal Clean-up', beneficiary: 'Canal Clean-up Trust', reviewDue: '2026-09-15' },
      { placement: 'Park Lodge', beneficiary: 'Park Lodge Trust', reviewDue: '2026-09-29' },
    ]);
  });

  it('counts incidents by the date of their session', () => {
    // Now: 04/07 accident and near miss, 05/09 incident, 01/08 (Charity Shop) near miss → 1, 1,
    // 2 = 4; the incident of 03/10 is after. Before: 02/05 accident → 1.
    expect(measures(section(), 'capacity-incidents')).toEqual({
      'Accident (someone hurt)': [1, 1],
      'Incident (behaviour, damage, threat)': [1, 0],
      'Near miss': [2, 0],
      'All kinds': [4, 1],
    });
    expect(section().summary).toBe(
      '2 supervisors were in post with training in date on 30/09/2026, against 0.5 needed a week on average; 2 of the 5 sessions were short of supervisors. ' +
        '71.4% of active placements had their health and safety risk assessment in date (2 out of date). 4 accidents, incidents and near misses reported at sessions.',
    );
  });
});

describe('the policy in force on a session’s date, in SQL', () => {
  beforeAll(() => {
    // A version that predates the setting: the default (6) fills it, as policyOn does.
    sqlite
      .prepare(
        `INSERT INTO policy_versions (effective_from, "values", reason, created_at)
         VALUES ('2027-01-01', '{"standDownCreditMinutes":45}', 'Older shape', '2026-11-26T10:00:00Z')`,
      )
      .run();
  });

  it.each([
    ['2025-12-31', 6],
    ['2026-01-01', 5],
    ['2026-08-31', 5],
    ['2026-09-01', 4],
    ['2027-02-01', 6],
  ])('on %s allows %i people per supervisor, the same as the policy store', (date, expected) => {
    const sql = `SELECT ${policyValueSql('peoplePerSupervisor', '@date')} AS n`;
    expect((sqlite.prepare(sql).get({ date }) as { n: number }).n).toBe(expected);
    expect(policyAt(sqlite, date).peoplePerSupervisor).toBe(expected);
  });
});

describe('the whole path', () => {
  it('gives the same sections through board.report as from the section builders', async () => {
    const report = await core.ok('board.report', { kind: 'QUARTER', from: '2026-08-15' });
    const built = [
      diversitySection,
      enforcementSection,
      exitInterviewsSection,
      surveysSection,
      outcomesSection,
      capacitySection,
    ].map((build) => build(sqlite, quarter));
    for (const section of built)
      expect(report.sections.find((s) => s.id === section.id)).toEqual(section);
  });

  it('keeps every table id short and safe for a sheet or file name, and every definition written', () => {
    for (const build of [
      diversitySection,
      enforcementSection,
      exitInterviewsSection,
      surveysSection,
      outcomesSection,
      capacitySection,
    ]) {
      const section = build(sqlite, quarter);
      expect(section.summary.length).toBeGreaterThan(20);
      for (const t of section.tables) {
        expect(t.id).toMatch(/^[A-Za-z0-9-]{1,31}$/);
        expect(t.definition.length, t.id).toBeGreaterThan(60);
        expect(t.emptyMessage.length, t.id).toBeGreaterThan(10);
      }
    }
  });
});

describe('a period with nothing in it', () => {
  const builders = [
    diversitySection,
    enforcementSection,
    exitInterviewsSection,
    surveysSection,
    outcomesSection,
    capacitySection,
  ];
  const empty = periodsFor({ kind: 'QUARTER', from: '2020-02-01' }, today);

  it('says so in every table and summary of an office with no records, never dividing by zero', async () => {
    const blank = await testCore({ today });
    const reader = new Database(blank.databaseFile, { readonly: true });
    try {
      for (const build of builders) {
        const section = build(reader, empty);
        for (const t of section.tables) expect(t.rows, `${section.id}: ${t.id}`).toEqual([]);
        expect(JSON.stringify(section)).not.toMatch(/NaN|Infinity/);
      }
      expect(diversitySection(reader, empty).summary).toBe(
        'Nobody started a placement in January to March 2020, so there is nothing to set against the local targets.',
      );
      expect(enforcementSection(reader, empty).summary).toBe(
        'No enforcement decision was made in January to March 2020 (0 warnings and 0 breach referrals in October to December 2019).',
      );
      expect(exitInterviewsSection(reader, empty).summary).toBe(
        'No order was completed and no exit interview was held in January to March 2020.',
      );
      expect(surveysSection(reader, empty).summary).toBe(
        'No beneficiary survey was returned in January to March 2020. No placement’s survey was overdue on 31/03/2020.',
      );
      expect(outcomesSection(reader, empty).summary).toBe(
        'No exit interview was held in January to March 2020, so no outcome is known for it.',
      );
      expect(capacitySection(reader, empty).summary).toBe(
        'No supervisor was in post with training in date on 31/03/2020; no session run by UPW supervisors was held in January to March 2020. No placement is active.',
      );
    } finally {
      reader.close();
      blank.close();
    }
  });

  it('leaves the flows of a quarter before any record empty, and counts what stands on its last day', () => {
    // January to March 2020 in the data set: nothing started, was decided, completed, surveyed
    // or held; only the supervisors and placements marked now stand on 31/03/2020.
    for (const build of builders) {
      const section = build(sqlite, empty);
      expect(JSON.stringify(section)).not.toMatch(/NaN|Infinity/);
      for (const t of section.tables)
        if (!['capacity-supervisors', 'capacity-safety'].includes(t.id))
          expect(t.rows, `${section.id}: ${t.id}`).toEqual([]);
    }
    // Nobody had an order live then (the earliest was sentenced 01/03/2025): no rates.
    expect(enforcementSection(sqlite, empty).tables.every((t) => t.rows.length === 0)).toBe(true);
    // Gareth, Helen, Ian, Ken and Lucy are in post, but none had completed a course by then;
    // no session, so nothing needed: 0 a week, not a division by zero.
    expect(measures(capacitySection(sqlite, empty), 'capacity-supervisors')).toEqual({
      'Supervisors in post with training in date': [0, 0],
      'Supervisors in post whose training was not in date': [5, 5],
      'Sessions run by UPW supervisors': [0, 0],
      'Supervisor-sessions needed': [0, 0],
      'Supervisor-sessions staffed': [0, 0],
      'Sessions short of supervisors': [0, 0],
      'Supervisors needed a week, on average': [0, 0],
    });
    // The seven active placements' reviews all fall due after 31/03/2020.
    expect(
      table(capacitySection(sqlite, empty), 'capacity-safety').rows.map((r) => r.value),
    ).toEqual([7, 7, 100]);
  });

  it('gives blank percentages, not zeros, where this period has nothing but the last one had', () => {
    // October to December 2026 against July to September: no completion, no exit interview.
    const next = periodsFor({ kind: 'QUARTER', from: '2026-10-01' }, today);
    expect(measures(exitInterviewsSection(sqlite, next), 'exit-interviews')).toEqual({
      'Orders completed': [0, 2],
      'With an exit interview': [0, 1],
      'Share with an exit interview': [null, 50],
    });
    const outcomes = measures(outcomesSection(sqlite, next), 'outcomes');
    expect(outcomes['Share with no further offence known']).toEqual([null, 50]);
    expect(outcomes['Share offered paid work']).toEqual([null, 50]);
    const answers = measures(exitInterviewsSection(sqlite, next), 'exit-answers');
    expect(answers['How they were treated, 1 (poorly) to 5 (very well): average']).toEqual([
      null,
      3.5,
    ]);
    // Hughes started on 01/10 at Riverside: 1 person, both features.
    expect(measures(diversitySection(sqlite, next), 'diversity-totals')).toMatchObject({
      'People who started a placement': [1, 6],
    });
  });

  it('names a year in words inside a sentence', () => {
    const year = periodsFor({ kind: 'YEAR', from: '2026-01-01' }, today);
    expect(outcomesSection(sqlite, year).summary).toMatch(
      /^Of the 6 exit interviews held in the year 2026,/,
    );
  });
});

describe('the ten latest comments', () => {
  it('keeps only ten, the latest first', () => {
    // Twelve interviews in January 2025, one a day, each with a comment.
    const b = boardBuilder(sqlite);
    const person = b.person('Young', {
      ethnicity: 'WHITE_BRITISH',
      gender: 'MALE',
      disability: 'NO',
    });
    for (let day = 1; day <= 12; day += 1) {
      const date = `2025-01-${String(day).padStart(2, '0')}`;
      const order = b.order(person, {
        sentenceDate: '2024-01-01',
        age: 30,
        status: 'COMPLETED',
        endedOn: date,
      });
      b.exitInterview(order, {
        on: date,
        worthwhile: 'YES',
        volunteer: 'YES',
        paidWork: false,
        treatment: 4,
        furtherOffence: 'NO',
        comments: `Comment of day ${day}`,
      });
    }
    const january = periodsFor({ kind: 'DATES', from: '2025-01-01', to: '2025-01-31' }, today);
    const rows = table(exitInterviewsSection(sqlite, january), 'exit-comments').rows;
    expect(rows.map((r) => r.text)).toEqual(
      [12, 11, 10, 9, 8, 7, 6, 5, 4, 3].map((d) => `Comment of day ${d}`),
    );
  });
});
