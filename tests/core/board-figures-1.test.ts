import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BoardSection, BoardTable } from '../../shared/contract/board';
import * as schema from '../../electron/core/db/schema';
import { periodsFor, type Periods } from '../../electron/core/board/period';
import { employabilitySection } from '../../electron/core/board/sections/employability';
import { hoursOfferedSection, weeksOf } from '../../electron/core/board/sections/hours-offered';
import { monthsOf } from '../../electron/core/board/sections/measures';
import { ordersSection } from '../../electron/core/board/sections/orders';
import { riskSection } from '../../electron/core/board/sections/risk';
import { standDownsSection } from '../../electron/core/board/sections/stand-downs';
import {
  median,
  timelinessSection,
  waitFigures,
  workingDayCounter,
} from '../../electron/core/board/sections/timeliness';
import { workingDaysBetween } from '../../shared/working-days';
import { bookedMinutes } from '../../electron/core/sessions/store';
import { testCore, type TestCore } from '../support/core';
import { boardFiguresData, CURRENT, type Name } from './board-fixtures-1';

/**
 * Every figure of the orders, stand-downs, hours offered, timeliness, risk and employability
 * sections on the constructed office of board-fixtures-1.ts (read its header for the data), for
 * July to September 2026 against April to June 2026, worked out by hand in the comments.
 */

const TODAY = '2026-11-26';
let core: TestCore;
let sqlite: Database.Database;
let periods: Periods;
let references: Record<Name, string>;
let orderIds: Record<Name, number>;

beforeAll(async () => {
  core = await testCore({ today: TODAY });
  ({ references, orderIds } = await boardFiguresData(core));
  sqlite = new Database(core.databaseFile, { readonly: true });
  periods = periodsFor(CURRENT, TODAY);
});

afterAll(() => {
  sqlite.close();
  core.close();
});

const table = (section: BoardSection, id: string): BoardTable => {
  const found = section.tables.find((t) => t.id === id);
  if (!found) throw new Error(`No table ${id} in ${section.id}`);
  return found;
};

/** A comparison table as [measure, this period, previous period] rows. */
const measures = (t: BoardTable) => t.rows.map((r) => [r.measure, r.current, r.previous]);

/** Any other table as arrays of its column values, in column order. */
const cells = (t: BoardTable) => t.rows.map((r) => t.columns.map((c) => r[c.key]));

describe('the periods', () => {
  it('are the quarter and the quarter before, both over by today', () => {
    expect(periods.current).toEqual({
      from: '2026-07-01',
      to: '2026-09-30',
      label: 'July to September 2026',
    });
    expect(periods.previous).toEqual({
      from: '2026-04-01',
      to: '2026-06-30',
      label: 'April to June 2026',
    });
  });
});

describe('orders', () => {
  let section: BoardSection;
  beforeAll(() => {
    section = ordersSection(sqlite, periods);
  });

  it('counts new, live and completed orders and the hours', () => {
    expect(measures(table(section, 'orders'))).toEqual([
      // Q3: Adams, Baker, Clarke, Davies, Evans, Foster, Quinn (Owen is October).
      // Q2: Irwin, Jones, King, Price (30/06, the last day).
      ['New orders', 7, 4],
      // End of Q3: Adams, Baker, Clarke, Davies, Irwin, Price, Quinn (Evans, Foster, Green,
      // Hughes, Jones and Lewis ended in Q3). End of Q2: Green, Hughes, Irwin, Jones, Lewis,
      // Price; King transferred on 30/06 itself, so is not live at the end.
      ['Live at the end of the period', 7, 6],
      // Q3: Evans 10/09, Green 14/08, Hughes 25/09. Q2: Morgan 20/05, Nash 30/04.
      ['Completed', 3, 2],
      // Q3: Evans (end date 2027) and Hughes (ended on its end date, 25/09); Green was late.
      // Q2: Nash; Morgan ended a month after its end date.
      ['Completed within their completion period', 2, 1],
      ['Share completed within their completion period', 66.7, 50],
      // Policy on 30/09/2026: the version from 01/07 says 80; on 30/06 the default 75.
      ['Target share completed within their completion period', 80, 75],
      // Q3: 100 + 80 + 60 + 120 + 40 + 50 + 40 = 490 h. Q2: 90 + 70 + 150 + 60 = 370 h.
      ['Hours ordered on new orders', 490 * 60, 370 * 60],
      // Q3 sessions: s1 180, s2 180, s3 60 + 420, s4 60 + 60, s5 420 + 120, s6 180 + 180,
      // s7 60 + 60 + 360, s8 180 + 0, s9 60, s10 420 = 3000; plus Hughes's adjustment of 1200
      // on 10/07 = 4200 (70 h). Q2: s11 180, s12 60 + 60, s13 420 + 0, s14 180, s17 420 = 1320,
      // plus Price's 300 on 30/06 = 1620 (27 h). s15 (October) and s16 (March) are outside.
      ['Hours credited', 4200, 1620],
      // End of Q3: Adams 6000 − (180 + 60 + 60 + 180) = 5520 (s15 on 06/10 is after);
      // Baker 4800 − 480 = 4320; Clarke 3600 − 360 = 3240; Davies 7200; Irwin 5400 − (180 + 60
      // + 60 + 180 + 60) = 4860; Price 3600 − (300 + 0 + 60) = 3240; Quinn 2400 → 30780.
      // End of Q2: Green 6000 − (420 + 180) = 5400; Hughes 7200 (its adjustment is July);
      // Irwin 5400 − 240 = 5160; Jones 4200 − 480 = 3720; Lewis 12000 − 600 = 11400;
      // Price 3600 − 300 = 3300 → 36180.
      ['Hours outstanding at the end of the period', 30780, 36180],
    ]);
  });

  it('counts the other endings by kind', () => {
    expect(measures(table(section, 'orders-ended'))).toEqual([
      ['Revoked', 1, 0], // Foster 15/09
      ['Breached and re-sentenced', 1, 0], // Jones 03/08
      ['Transferred out', 0, 1], // King 30/06
      ['Expired', 1, 0], // Lewis 02/08
    ]);
  });

  it('breaks new orders down by requirement and by court', () => {
    expect(cells(table(section, 'orders-by-requirement'))).toEqual([
      // Q3: Adams 100, Clarke 60, Evans 40, Quinn 40 = 240 h; Q2: Irwin 90, King 150, Price 60 = 300 h.
      ['Community order', 4, 3, 240 * 60, 300 * 60],
      // Q3: Baker 80, Foster 50; Q2: Jones 70.
      ['Suspended sentence order', 2, 1, 130 * 60, 70 * 60],
      // Q3: Davies 120.
      ['Youth rehabilitation order', 1, 0, 120 * 60, 0],
    ]);
    expect(cells(table(section, 'orders-by-court'))).toEqual([
      // Q3: Clarke 60, Foster 50; Q2: Jones 70, Price 60.
      ['Northvale Crown Court', 2, 2, 110 * 60, 130 * 60],
      // Q3: Adams 100, Baker 80, Davies 120, Evans 40, Quinn 40; Q2: Irwin 90, King 150.
      ["Northvale Magistrates' Court", 5, 2, 380 * 60, 240 * 60],
    ]);
  });

  it('sums it up in words', () => {
    expect(section.summary).toBe(
      '7 new orders in the period (4 in the previous one) and 7 live at its end, with 513 h outstanding. 3 orders completed, 66.7% within their completion period against a target of 80%.',
    );
  });
});

describe('stand-downs', () => {
  let section: BoardSection;
  beforeAll(() => {
    section = standDownsSection(sqlite, periods);
  });

  it('counts events, people, hours lost and credited', () => {
    expect(measures(table(section, 'stand-downs'))).toEqual([
      // Q3: Adams 21/07 (s3); Baker and Irwin 04/08 (s4); Adams and Irwin 08/09 (s7); Price
      // 29/09 (s9) → 4 sessions. Q2: Irwin and Jones 12/05 (s12) → 1.
      ['Events (sessions with a stand-down)', 4, 1],
      // Q3: Adams, Baker, Irwin, Price (Adams and Irwin twice). Q2: Irwin, Jones.
      ['People affected', 4, 2],
      ['Stood down', 6, 2],
      // Q3 ATSS: Adams s3, Adams s7, Irwin s7; AASD: Baker s4, Irwin s4, Price s9. Q2: Jones; Irwin.
      ['Stood down on the day (ATSS)', 3, 1],
      ['Stood down in advance (AASD)', 3, 1],
      // Q3: s3 420 + s4 360 × 2 + s7 420 × 2 + s9 360 = 2340 (39 h). Q2: s12 360 × 2 = 720.
      ['Hours lost', 2340, 720],
      // 60 each: 6 × 60 and 2 × 60.
      ['Hours credited for them', 360, 120],
      // Q3: 19 bookings on Q3 sessions, 2 with no outcome yet (s10) → 6 of 17 = 35.3%.
      // Q2: s11 1, s12 2, s13 2, s14 1, s17 1 = 7 recorded → 2 of 7 = 28.6%.
      ['Share of recorded bookings stood down', 35.3, 28.6],
    ]);
  });

  it('breaks them down by reason, in the order of the reasons list', () => {
    const t = table(section, 'stand-downs-by-cause');
    expect(t.columns.map((c) => c.key)).toEqual([
      'cause',
      'events',
      'current',
      'previous',
      'lostCurrent',
      'lostPrevious',
      'creditedCurrent',
    ]);
    expect(cells(t)).toEqual([
      // s3 Adams (420) and s4 Baker, Irwin (360 each): 2 sessions, 3 people, 1140, 3 × 60.
      ['No supervisor available', 2, 3, 0, 1140, 0, 180],
      // Q2 only: s12 Irwin and Jones, 360 each.
      ['No work at the placement', 0, 0, 2, 0, 720, 0],
      // s7 Adams and Irwin, 420 each.
      ['Bad weather', 1, 2, 0, 840, 0, 120],
      // s9 Price, recorded without a reason.
      ['Reason not recorded', 1, 1, 0, 360, 0, 60],
    ]);
  });

  it('breaks them down by placement, most this period first', () => {
    expect(cells(table(section, 'stand-downs-by-placement'))).toEqual([
      // Canal: s4 (Baker, Irwin) and s9 (Price), 360 each; Q2 s12 (Irwin, Jones) 720.
      ['Canal Clean-up', 2, 3, 2, 1080, 720, 180],
      // Riverside: s3 (Adams) and s7 (Adams, Irwin), 420 each; none in Q2. Same count: by name.
      ['Riverside Garden', 2, 3, 0, 1260, 0, 180],
    ]);
  });

  it('gives a row for every month of the period, with a column for each reason it had', () => {
    const t = table(section, 'stand-downs-by-month');
    // Q3's reasons: no supervisor, bad weather and not recorded, in the order of the list.
    expect(t.columns.map((c) => c.key)).toEqual([
      'month',
      'NO_SUPERVISOR',
      'WEATHER',
      'NONE',
      'total',
      'lostMinutes',
    ]);
    expect(cells(t)).toEqual([
      ['July 2026', 1, 0, 0, 1, 420], // s3
      ['August 2026', 2, 0, 0, 2, 720], // s4
      ['September 2026', 0, 2, 1, 3, 1200], // s7 840 + s9 360
    ]);
  });

  it('sums it up in words', () => {
    expect(section.summary).toBe(
      '6 stand-downs at 4 sessions, affecting 4 people: 39 h of work lost and 6 h credited (2 stand-downs in the previous period). 35.3% of recorded bookings were stand-downs.',
    );
  });
});

describe('hours offered a week', () => {
  let section: BoardSection;
  beforeAll(() => {
    section = hoursOfferedSection(sqlite, periods);
  });

  it('measures the complete weeks against the minimum', () => {
    expect(measures(table(section, 'hours-offered'))).toEqual([
      // Q3: Monday 06/07 to Sunday 27/09; Q2: Monday 06/04 to Sunday 28/06.
      ['Complete weeks in the period', 12, 12],
      // Q3 weeks per order (sentenced by the Monday, not ended before the Sunday): Adams 12,
      // Baker 10 (from 20/07), Clarke 4 (from 31/08), Davies 1 (21/09), Evans 9 (to the week of
      // 31/08; ended Thursday 10/09), Foster 8 (20/07 to the week of 07/09; ended 15/09), Green 5
      // (ended 14/08), Hughes 11 (ended Friday 25/09), Irwin 12, Jones 4 (ended Monday 03/08),
      // Lewis 4 (ended Sunday 02/08: that week counts), Price 12 → 12 orders, 92 order-weeks.
      // Q2: Green 12, Hughes 12, Irwin 10 (from 20/04), Jones 7 (from 11/05), King 4 (01/06 to
      // the week ending 28/06), Lewis 12, Morgan 6 (ended 20/05), Nash 3 (ended 30/04) → 8, 66.
      // Price (30/06) and Quinn (29/09) have no whole week.
      ['Orders counted', 12, 8],
      ['Order-weeks counted', 92, 66],
      // Q3 offered in counted weeks: Adams s2 180 + s3 420 (ATSS still offered) + s7 420 + s8
      // 180 = 1200; Baker s5 420 (s4 AASD left out); Clarke s7 420 (AFTC) + s10 420 (no
      // outcome yet) = 840; Davies s10 420; Evans s3 420 (s1 on 04/07 is before the first
      // Monday); Green s5 420; Hughes s6 180 (s10 on 22/09 is in a week Hughes is not
      // counted); Irwin s6 180 + s7 420 = 600; Price 0 (s8 RSOF; s9 after 27/09) → 4500 / 92
      // = 48.9 → 49 m. Q2: Green s14 180; Jones s12 360 (ATSS) + s13 420 = 780; King s13 420
      // (AAME still offered) + s17 420 = 840; Irwin's s11 (18/04) is before his first week →
      // 1800 / 66 = 27.3 → 27 m.
      ['Average offered a week', 49, 27],
      ['Minimum a week (policy)', 7 * 60, 6 * 60],
      // Q3: Davies 420 in 1 week = the minimum. Q2: nobody.
      ['Orders meeting the minimum', 1, 0],
      ['Share of orders meeting the minimum', 8.3, 0],
    ]);
  });

  it('spreads the orders over the bands of their average', () => {
    expect(cells(table(section, 'hours-offered-spread'))).toEqual([
      // Q3: Foster, Jones, Lewis, Price; Q2: Hughes, Irwin, Lewis, Morgan, Nash.
      ['Nothing offered', 4, 33.3, 5, 62.5],
      // Q3 (under 210 m): Adams 100, Baker 42, Evans 46.7, Green 84, Hughes 16.4, Irwin 50.
      // Q2 (under 180 m): Green 15, Jones 111.4.
      ['Under half the minimum', 6, 50, 2, 25],
      // Q3: Clarke 840 / 4 = 210, exactly half of 420. Q2: King 840 / 4 = 210 (of 360).
      ['Half the minimum or more, but under it', 1, 8.3, 1, 12.5],
      // Q3: Davies 420.
      ['At or above the minimum', 1, 8.3, 0, 0],
    ]);
  });

  it('counts offered minutes as the order page does', () => {
    // Adams is counted in all 12 weeks: the order page's booked minutes over them agree.
    const db = drizzle(sqlite, { schema });
    expect(
      bookedMinutes(db, '2026-07-06', '2026-09-27', [orderIds.Adams]).get(orderIds.Adams),
    ).toBe(1200);
    // Davies's one week: 420, the Q3 minimum.
    expect(
      bookedMinutes(db, '2026-09-21', '2026-09-27', [orderIds.Davies]).get(orderIds.Davies),
    ).toBe(420);
  });

  it('sums it up in words', () => {
    expect(section.summary).toBe(
      "8.3% of the 12 orders live in the period's 12 complete weeks (from 06/07/2026) were offered at least 7 h a week on average (0% in the previous period); on average 49 m a week was offered.",
    );
  });

  it.each([
    // A running quarter stops at the last Sunday before today (Thursday 26/11).
    [{ from: '2026-10-01', to: '2026-12-31' }, '2026-11-26', '2026-10-05', 7],
    // Wednesday to Tuesday: no Monday-to-Sunday week fits.
    [{ from: '2026-07-01', to: '2026-07-07' }, '2026-11-26', '2026-07-06', 0],
    // A period starting on a Monday and ending on a Sunday is whole weeks.
    [{ from: '2026-07-06', to: '2026-07-19' }, '2026-11-26', '2026-07-06', 2],
  ])('weeks of %o on %s start %s and number %i', (p, today, firstMonday, weeks) => {
    expect(weeksOf({ ...p, label: '' }, today)).toEqual({ firstMonday, weeks });
  });
});

describe('timeliness', () => {
  let section: BoardSection;
  beforeAll(() => {
    section = timelinessSection(sqlite, periods);
  });

  it('measures sentence to induction in working days', () => {
    expect(measures(table(section, 'timeliness-induction'))).toEqual([
      ['Orders sentenced', 7, 4],
      // Q3: Adams 06/07 → 08/07 = 2 (his second induction, 20/08, is not the first); Baker
      // 15/07 → 24/07 = 7; Clarke 27/08 → 02/09 = 3 (Friday 28, Tuesday 1, Wednesday 2: the
      // bank holiday 31/08 skipped); Davies 21/09 → 21/09 = 0; Evans 01/07 → 02/07 = 1; Foster
      // 20/07 → 22/07 = 2; Quinn none. Q2: Irwin 14/04 → 16/04 = 2; Jones 11/05 → 18/05 = 5;
      // King 01/06 → 10/06 = 7; Price 30/06 → 03/07 = 3 (after the period: counted to today).
      ['Inducted', 6, 4],
      // Q3: 0 1 2 2 3 7 → (2 + 2) / 2 = 2. Q2: 2 3 5 7 → (3 + 5) / 2 = 4.
      ['Median working days from sentence', 2, 4],
      ['Target, working days to induction', 5, 5],
      // Q3: all but Baker. Q2: Irwin, Jones (5, on the target), Price.
      ['Within the target', 5, 3],
      // Q3: 5 of 6 inducted + Quinn waiting past the target = 5 / 7. Q2: 3 / 4.
      ['Share within the target', 71.4, 75],
      ['Still waiting', 1, 0],
      ['Still waiting, past the target', 1, 0],
      ['Ended before getting there', 0, 0],
    ]);
  });

  it('measures sentence to the first session worked, the PPWS included', () => {
    expect(measures(table(section, 'timeliness-first-session'))).toEqual([
      ['Orders sentenced', 7, 4],
      // Q3: Adams 06/07 → s2 PPWS 13/07 = 5; Baker 15/07 → s5 05/08 = 15 (s4 was AASD);
      // Clarke 27/08 → s7 08/09 AFTC = 7 (bank holiday skipped); Evans 01/07 → s1 PPWS Saturday
      // 04/07 = 2. Davies (s10 not yet recorded) and Quinn still wait; Foster was revoked
      // first. Q2: Irwin 14/04 → s11 PPWS Saturday 18/04 = 3; Jones 11/05 → s13 09/06 = 20
      // (s12 was a stand-down on the day, not work; bank holiday 25/05 skipped); King 01/06 →
      // s17 16/06 = 11 (s13 was an acceptable absence); Price still waits (s8 RSOF, s9 AASD).
      ['Started work', 4, 3],
      // Q3: 2 5 7 15 → (5 + 7) / 2 = 6. Q2: 3 11 20 → 11.
      ['Median working days from sentence', 6, 11],
      ['Target, working days to first session', 10, 10],
      ['Within the target', 3, 1],
      // Q3: 3 / (4 + 2 waiting past the target) = 50%. Q2: 1 / (3 + 1) = 25%.
      ['Share within the target', 50, 25],
      ['Still waiting', 2, 1],
      ['Still waiting, past the target', 2, 1],
      ['Ended before getting there', 1, 0],
    ]);
  });

  it('sums it up in words', () => {
    expect(section.summary).toBe(
      'Of 7 orders sentenced in the period, 71.4% were inducted within 5 working days and 50% started work within 10. Still waiting: 1 for an induction, 2 for a first session.',
    );
  });

  it.each([
    ['2026-08-27', '2026-09-08', 7], // the August bank holiday skipped
    ['2026-09-08', '2026-08-27', -7],
    ['2026-05-11', '2026-06-09', 20], // the spring bank holiday skipped
    ['2026-07-04', '2026-07-04', 0],
    ['2026-07-03', '2026-07-06', 1], // Friday to Monday
    ['2025-12-20', '2026-01-05', 8], // outside the span: 22–24, 29–31 December, 2 and 5 January
  ])('counts working days from %s to %s as %i, as workingDaysBetween does', (a, b, n) => {
    const counter = workingDayCounter('2026-01-01', '2026-12-31');
    expect(counter(a, b)).toBe(n);
    expect(workingDaysBetween(a, b)).toBe(n);
  });

  it.each([
    [[], null],
    [[4], 4],
    [[7, 1, 3], 3],
    [[15, 2, 7, 5], 6],
    [[1, 2], 1.5],
  ])('the median of %o is %s', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it.each([
    // Sentenced Friday 20/11/2026, waiting on Thursday 26/11: 4 working days, within a target of 5.
    ['waiting, not yet past the target', { reached: null, endedOn: null }, 5, [0, 1, 0, null]],
    // Waiting with 4 working days gone and a target of 3: past it.
    ['waiting, past the target', { reached: null, endedOn: null }, 3, [0, 1, 1, 0]],
    // Inducted Monday 23/11: 1 working day.
    ['reached within the target', { reached: '2026-11-23', endedOn: null }, 1, [1, 0, 0, 100]],
    ['reached after the target', { reached: '2026-11-25', endedOn: null }, 2, [1, 0, 0, 0]],
    // Ended before getting there: left out of the share.
    ['ended first', { reached: null, endedOn: '2026-11-24' }, 5, [0, 0, 0, null]],
  ] as const)('%s', (_name, row, target, [reached, waiting, past, share]) => {
    const figures = waitFigures([{ sentenced: '2026-11-20', ...row }], target, '2026-11-26');
    expect([figures.reached, figures.waiting, figures.waitingPastTarget, figures.share]).toEqual([
      reached,
      waiting,
      past,
      share,
    ]);
  });
});

describe('risk of harm', () => {
  let section: BoardSection;
  beforeAll(() => {
    section = riskSection(sqlite, periods);
  });

  it('checks every allocation had a completed assessment first', () => {
    expect(measures(table(section, 'risk-allocations'))).toEqual([
      // Q3: Adams 10/07, Baker 28/07, Clarke 03/09, Evans 05/07, Irwin 10/08 (his move).
      // Q2: Irwin 20/04, Jones 20/05, King 11/06.
      ['Allocations made', 5, 3],
      // Q3: all but Clarke (assessed 05/09, after). Q2: all but King (plan dated 12/06, after).
      ['With a completed assessment on or before the allocation', 4, 2],
      ['Share with a completed assessment (standard 100%)', 80, 66.7],
      // Q3: Adams, Evans, Irwin (Baker's was a sentence plan). Q2: Irwin, Jones.
      ['Of which on a full assessment', 3, 2],
      ['Without a completed assessment', 1, 1],
    ]);
  });

  it('lists the exceptions of the period', () => {
    expect(table(section, 'risk-exceptions').rows).toEqual([
      {
        caseReference: references.Clarke,
        placement: 'Riverside Garden',
        allocatedOn: '2026-09-03',
        assessedOn: '2026-09-05',
        problem: 'The assessment is dated 05/09/2026, after the allocation',
      },
    ]);
  });

  it('measures the completion rate of full assessments and sentence plans', () => {
    expect(measures(table(section, 'risk-completion'))).toEqual([
      ['Orders sentenced', 7, 4],
      // Q3: Adams, Clarke, Davies (full on 15/10, after a plan: counted to today), Evans.
      // Q2: Irwin, Jones.
      ['With a full assessment', 4, 2],
      ['Completion rate of full assessments', 57.1, 50],
      // Q3: Baker, Foster, Quinn. Q2: King, Price.
      ['Without a full assessment', 3, 2],
      // Q3: Baker. Q2: King.
      ['Of which with a sentence plan', 1, 1],
      ['Share without a full assessment that have a sentence plan', 33.3, 50],
      // Q3: Foster, Quinn. Q2: Price.
      ['With no assessment at all', 2, 1],
    ]);
  });

  it('sums it up in words', () => {
    expect(section.summary).toBe(
      '80% of the 5 allocations made in the period had a completed risk of harm assessment: 1 allocation did not, listed below. 57.1% of the orders sentenced have a full assessment.',
    );
  });
});

describe('employability', () => {
  let section: BoardSection;
  beforeAll(() => {
    section = employabilitySection(sqlite, periods);
  });

  it('sets the hours used against the share available', () => {
    expect(measures(table(section, 'employability'))).toEqual([
      // Q3: every order but King (ended 30/06), Morgan, Nash (ended before) and Owen (after).
      // Q2: Green, Hughes, Irwin, Jones, King, Lewis, Morgan, Nash (ended 30/04), Price.
      ['Orders live in the period', 13, 9],
      // Q3: 100 + 80 + 60 + 120 + 40 + 50 + 100 + 120 + 90 + 70 + 200 + 60 + 40 = 1130 h.
      // Q2: 100 + 120 + 90 + 70 + 150 + 200 + 60 + 40 + 60 = 890 h.
      ['Hours ordered on them', 1130 * 60, 890 * 60],
      ['Employability share (policy)', 30, 20],
      // 30% of 67800 = 20340; 20% of 53400 = 10680.
      ['Hours available for employability', 20340, 10680],
      // Q3 at the Skills Centre: s6 Irwin 180 + Hughes 180, s8 Adams 180 + Price 0 = 540.
      // Q2: s14 Green 180.
      ['Hours credited at employability placements', 540, 180],
      // 540 / 20340 = 2.65%; 180 / 10680 = 1.69%.
      ['Share of the available hours used', 2.7, 1.7],
      // Q3: Irwin, Hughes, Adams (Price, rescheduled, was credited nothing). Q2: Green.
      ['Orders that used any', 3, 1],
      // 3 / 13; 1 / 9.
      ['Share of live orders that used any', 23.1, 11.1],
    ]);
  });

  it('sums it up in words', () => {
    expect(section.summary).toBe(
      '9 h credited at employability placements against 339 h available (30% of the hours ordered on 13 live orders): 2.7% used, by 3 orders (1.7% in the previous period).',
    );
  });
});

const sections = [
  ordersSection,
  standDownsSection,
  hoursOfferedSection,
  timelinessSection,
  riskSection,
  employabilitySection,
];

const numbersOf = (all: BoardSection[]) =>
  all.flatMap((s) => s.tables.flatMap((t) => t.rows.flatMap((r) => Object.values(r))));

describe('the months of a period', () => {
  it('are every calendar month it touches, across a new year', () => {
    expect(monthsOf({ from: '2026-11-15', to: '2027-02-03', label: '' })).toEqual([
      { key: '2026-11', label: 'November 2026' },
      { key: '2026-12', label: 'December 2026' },
      { key: '2027-01', label: 'January 2027' },
      { key: '2027-02', label: 'February 2027' },
    ]);
  });
});

describe('a period with nothing in it', () => {
  it('says so in every table and summary, with no NaN anywhere', () => {
    const empty = periodsFor({ kind: 'YEAR', from: '2001-01-01' }, TODAY);
    const built = sections.map((build) => build(sqlite, empty));
    for (const section of built) {
      for (const t of section.tables) {
        expect(t.rows, `${t.id} has no rows`).toEqual([]);
        expect(t.emptyMessage.length, `${t.id} has an empty message`).toBeGreaterThan(10);
      }
    }
    expect(built.map((s) => s.summary)).toEqual([
      'No orders were sentenced, live or ended in this period or the previous one.',
      'No one was stood down in this period (0 stand-downs in the previous period).',
      'No order was live for a whole week in this period.',
      'No orders were sentenced in this period.',
      'No allocations were made in the period.',
      'No orders were live in this period.',
    ]);
  });

  it('gives null percentages, never NaN, when only the period compared with has data', () => {
    // The year 2001 set against Q3 2026: every share of 2001 has nothing to divide by.
    const against: Periods = {
      current: { from: '2001-01-01', to: '2001-12-31', label: 'The year 2001' },
      previous: periods.current,
      today: TODAY,
    };
    const built = sections.map((build) => build(sqlite, against));
    const percentRows = built.flatMap((s) =>
      s.tables.flatMap((t) => t.rows.filter((r) => r.kind === 'percent')),
    );
    // Every share of 2001 is null, except the policy's own figures (targets and shares set).
    const shares = percentRows.map((r) => [r.measure, r.current]);
    expect(shares).toEqual([
      ['Share completed within their completion period', null],
      ['Target share completed within their completion period', 75],
      ['Share of recorded bookings stood down', null],
      ['Share of orders meeting the minimum', null],
      ['Share within the target', null],
      ['Share within the target', null],
      ['Share with a completed assessment (standard 100%)', null],
      ['Completion rate of full assessments', null],
      ['Share without a full assessment that have a sentence plan', null],
      ['Employability share (policy)', 20],
      ['Share of the available hours used', null],
      ['Share of live orders that used any', null],
    ]);
    // The medians and the average a week have nothing to work on either.
    const rowsNamed = (name: string) =>
      built.flatMap((s) => s.tables.flatMap((t) => t.rows.filter((r) => r.measure === name)));
    expect(rowsNamed('Median working days from sentence').map((r) => r.current)).toEqual([
      null,
      null,
    ]);
    expect(rowsNamed('Average offered a week').map((r) => r.current)).toEqual([null]);
    for (const value of numbersOf(built)) {
      if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
    }
  });
});

describe('the report through the router', () => {
  it('carries these sections for the quarter, as built here', async () => {
    const report = await core.ok('board.report', CURRENT);
    expect(report.period).toEqual(periods.current);
    expect(report.hasData).toBe(true);
    const ids = ['orders', 'standDowns', 'hoursOffered', 'timeliness', 'risk', 'employability'];
    const mine = report.sections.filter((s) => ids.includes(s.id));
    expect(mine.map((s) => s.id)).toEqual(ids);
    expect(mine).toEqual(JSON.parse(JSON.stringify(sections.map((b) => b(sqlite, periods)))));
  });

  it('gives the empty messages for a year with nothing in it', async () => {
    const report = await core.ok('board.report', { kind: 'YEAR', from: '2001-01-01' });
    expect(report.hasData).toBe(false);
    const orders = report.sections.find((s) => s.id === 'orders')!;
    expect(orders.tables.map((t) => [t.id, t.rows.length, t.emptyMessage])).toEqual([
      ['orders', 0, 'No orders were sentenced, live or ended in this period or the previous one.'],
      [
        'orders-ended',
        0,
        'No order was revoked, breached, transferred or expired in this period or the previous one.',
      ],
      ['orders-by-requirement', 0, 'No orders were sentenced in this period or the previous one.'],
      ['orders-by-court', 0, 'No orders were sentenced in this period or the previous one.'],
    ]);
  });
});

describe('every table', () => {
  it('has a short id fit for a sheet name, a definition and an empty message', () => {
    for (const section of sections.map((b) => b(sqlite, periods))) {
      for (const t of section.tables) {
        expect(t.id).toMatch(/^[a-z0-9-]{1,31}$/);
        expect(t.definition.length).toBeGreaterThan(80);
        expect(t.emptyMessage).toMatch(/\.$/);
        for (const row of t.rows)
          for (const c of t.columns) expect(row, `${t.id}.${c.key}`).toHaveProperty(c.key);
      }
    }
  });
});
