import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noticeFigures } from '../../shared/contract/notices';
import { addMonths, daysBetween } from '../../shared/dates';
import { targetDimensions } from '../../shared/session-codes';
import { isGroupOf } from '../../shared/target-groups';
import { checkPeriod, noticeNumber } from '../../electron/core/notices/rules';
import { nextSurveyDue } from '../../electron/core/surveys/rules';
import { testCore, type TestCore } from '../support/core';
import { rowsOf } from './helpers';

/**
 * The demonstration office's records for its reports: beneficiary surveys, local diversity
 * targets and the court shortfall notices it issued, so every section of the Board report and
 * the surveys and notices pages have something to show.
 */

const TODAY = '2026-11-26';
const GO_LIVE = addMonths(TODAY, -12);
/** The last complete quarter on the demo's today. */
const LAST_QUARTER = { kind: 'QUARTER', from: '2026-07-01' } as const;

let first: TestCore;
let second: TestCore;

beforeAll(async () => {
  first = await testCore();
  second = await testCore();
  await first.ok('office.loadDemo', { scale: 'office' });
  await second.ok('office.loadDemo', { scale: 'office' });
}, 120_000);
afterAll(() => {
  first.close();
  second.close();
});

const rows = <T>(sql: string, ...params: unknown[]) => rowsOf<T>(first, sql, ...params);
const one = (sql: string, ...params: unknown[]) =>
  Object.values(rows<Record<string, number>>(sql, ...params)[0]!)[0]!;

interface SurveyRow {
  placement_id: number;
  surveyed_on: string;
  respondent: string;
  contact_name: string;
  added_on: string;
  quality_rating: number;
  communication_rating: number;
  would_take_again: string;
  value_to_them: string;
  comments: string | null;
}

const surveyed = "p.active = 1 AND p.type <> 'INDUCTION_PPWS'";

describe('beneficiary surveys', () => {
  const surveys = () =>
    rows<SurveyRow>(
      `SELECT s.*, p.contact_name, substr(p.created_at, 1, 10) AS added_on
       FROM beneficiary_surveys s JOIN placements p ON p.id = s.placement_id
       ORDER BY s.placement_id, s.surveyed_on`,
    );

  it('survey every work placement about twice a year since it was added, asking its contact', () => {
    const all = surveys();
    expect(all.length).toBeGreaterThan(80);
    expect(all.length).toBeLessThan(180);
    const perPlacement = rows<{ id: number; n: number }>(
      `SELECT p.id, (SELECT COUNT(*) FROM beneficiary_surveys s WHERE s.placement_id = p.id) AS n
       FROM placements p WHERE ${surveyed}`,
    );
    expect(perPlacement).toHaveLength(29);
    // One placement has never been surveyed; every other has had two to six.
    expect(perPlacement.filter((p) => p.n === 0)).toHaveLength(1);
    for (const p of perPlacement.filter((x) => x.n > 0)) {
      expect(p.n, `placement ${p.id}`).toBeGreaterThanOrEqual(2);
      expect(p.n, `placement ${p.id}`).toBeLessThanOrEqual(6);
    }
    // None of the office's own induction and PPWS centres.
    expect(
      one(`SELECT COUNT(*) FROM beneficiary_surveys s JOIN placements p ON p.id = s.placement_id
           WHERE NOT (${surveyed})`),
    ).toBe(0);
    for (const s of all) {
      expect(s.respondent).toBe(s.contact_name);
      expect(s.surveyed_on >= s.added_on && s.surveyed_on <= TODAY).toBe(true);
      const weekday = new Date(`${s.surveyed_on}T00:00:00Z`).getUTCDay();
      expect(weekday, s.surveyed_on).not.toBe(0);
      expect(weekday, s.surveyed_on).not.toBe(6);
      expect(s.value_to_them.length).toBeGreaterThan(20);
    }
    // Over the last two to three years, about six months apart, now and then late.
    expect(all.some((s) => s.surveyed_on < addMonths(TODAY, -24))).toBe(true);
    const gaps = all.flatMap((s, i) =>
      i > 0 && all[i - 1]!.placement_id === s.placement_id
        ? [daysBetween(all[i - 1]!.surveyed_on, s.surveyed_on)]
        : [],
    );
    expect(gaps.length).toBeGreaterThan(50);
    for (const gap of gaps) {
      expect(gap).toBeGreaterThanOrEqual(150);
      expect(gap).toBeLessThanOrEqual(250);
    }
    expect(gaps.filter((g) => g > 190).length).toBeGreaterThan(0);
  });

  it('rate the work mostly 4 or 5, a few 2 or 3; most would take people again; some comment', () => {
    const all = surveys();
    const ratings = all.flatMap((s) => [s.quality_rating, s.communication_rating]);
    for (const r of ratings) expect([2, 3, 4, 5]).toContain(r);
    const high = ratings.filter((r) => r >= 4).length / ratings.length;
    expect(high).toBeGreaterThan(0.75);
    expect(high).toBeLessThan(0.97);
    expect(ratings.filter((r) => r === 2).length).toBeGreaterThan(0);
    const answers = new Map<string, number>();
    for (const s of all)
      answers.set(s.would_take_again, (answers.get(s.would_take_again) ?? 0) + 1);
    expect(answers.get('YES')! / all.length).toBeGreaterThan(0.8);
    expect((answers.get('UNSURE') ?? 0) + (answers.get('NO') ?? 0)).toBeGreaterThan(0);
    const commented = all.filter((s) => s.comments !== null).length / all.length;
    expect(commented).toBeGreaterThan(0.25);
    expect(commented).toBeLessThan(0.75);
    // A low rating comes with a reason more often than not.
    const low = all.filter((s) => Math.min(s.quality_rating, s.communication_rating) <= 3);
    expect(low.filter((s) => s.comments !== null).length / low.length).toBeGreaterThan(0.5);
  });

  it('leave a few placements overdue, one a year behind and one never surveyed, and some due soon', async () => {
    const due = await first.ok('surveys.due', {});
    expect(due.intervalMonths).toBe(6);
    expect(due.rows).toHaveLength(29);
    expect(due.overdue).toBeGreaterThanOrEqual(3);
    expect(due.overdue).toBeLessThanOrEqual(8);
    expect(due.dueSoon).toBeGreaterThanOrEqual(1);
    const overdue = due.rows.filter((r) => r.state === 'OVERDUE');
    expect(overdue).toHaveLength(due.overdue);
    expect(overdue.filter((r) => r.lastSurveyedOn === null)).toHaveLength(1);
    const yearAgo = addMonths(TODAY, -12);
    expect(overdue.filter((r) => r.lastSurveyedOn && r.lastSurveyedOn < yearAgo)).toHaveLength(1);
    for (const r of due.rows) {
      expect(r.nextDue).toBe(nextSurveyDue(r, 6));
      expect(r.addedOn < GO_LIVE).toBe(true);
    }
    // The Board, for the quarter running, counts the same placements overdue today.
    const report = await first.ok('board.report', { kind: 'QUARTER', from: TODAY });
    const surveysSection = report.sections.find((s) => s.id === 'surveys')!;
    const table = surveysSection.tables.find((t) => t.id === 'surveys-overdue')!;
    expect(table.rows.map((r) => r.placement)).toEqual(overdue.map((r) => r.placementName));
  });
});

describe('local diversity targets', () => {
  it.each([
    [2026, 0],
    [2025, 5],
    [2024, 10],
  ])('are set for %i, five points lower each year before', async (year, lower) => {
    const targets = await first.ok('board.targets', { year });
    expect(targets).toHaveLength(17);
    for (const t of targets) expect(isGroupOf(t.dimension, t.groupCode)).toBe(true);
    const byDimension = new Set(targets.map((t) => t.dimension));
    expect([...byDimension].sort()).toEqual(targetDimensions.map((d) => d.code).sort());
    const find = (dimension: string, group: string, feature: string) =>
      targets.find(
        (t) => t.dimension === dimension && t.groupCode === group && t.feature === feature,
      )?.targetPercent;
    expect(find('ETHNICITY', 'White', 'SKILLS_LEARNING')).toBe(65 - lower);
    expect(find('ETHNICITY', 'White', 'BENEFICIARY_CONTACT')).toBe(30 - lower);
    expect(find('GENDER', 'FEMALE', 'BENEFICIARY_CONTACT')).toBe(35 - lower);
    expect(find('AGE_BAND', '16-17', 'SKILLS_LEARNING')).toBe(75 - lower);
    expect(find('DISABILITY', 'YES', 'SKILLS_LEARNING')).toBe(60 - lower);
  });

  it('are met by some groups and not by others in the last quarter', async () => {
    const report = await first.ok('board.report', LAST_QUARTER);
    const diversity = report.sections.find((s) => s.id === 'diversity')!;
    const totals = diversity.tables.find((t) => t.id === 'diversity-totals')!;
    const value = (measure: string) => totals.rows.find((r) => r.measure === measure)!.current;
    const measured = value('Local targets measured') as number;
    const met = value('Local targets met') as number;
    expect(measured).toBeGreaterThanOrEqual(12);
    expect(met).toBeGreaterThan(0);
    expect(met).toBeLessThan(measured);
    const ethnicity = diversity.tables.find((t) => t.id === 'diversity-ethnicity')!;
    const results = ethnicity.rows.flatMap((r) => [r.skillsMet, r.contactMet]);
    expect(results).toContain('Met');
    expect(results).toContain('Not met');
  });
});

describe('court shortfall notices', () => {
  interface NoticeRow {
    id: number;
    number: string;
    court_id: number;
    period_from: string;
    period_to: string;
    issued_on: string;
    signed_off_by: string;
    figures: string;
  }
  const notices = () => rows<NoticeRow>('SELECT * FROM court_notices ORDER BY issued_on, id');

  it('were issued since go-live, one a quarter, each to a different court, signed off by the manager', () => {
    const all = notices();
    expect(all).toHaveLength(5);
    const manager = rows<{ name: string }>("SELECT name FROM staff WHERE role = 'UPW_MANAGER'");
    expect(manager).toHaveLength(1);
    expect(new Set(all.map((n) => n.court_id)).size).toBe(5);
    for (const n of all) {
      expect(n.signed_off_by).toBe(manager[0]!.name);
      expect(n.issued_on > GO_LIVE && n.issued_on <= TODAY).toBe(true);
      expect(n.period_from >= GO_LIVE).toBe(true);
      expect(checkPeriod(n.period_from, n.period_to, n.issued_on)).toEqual({});
      const weekday = new Date(`${n.issued_on}T00:00:00Z`).getUTCDay();
      expect(weekday === 0 || weekday === 6).toBe(false);
    }
    // Periods follow on from one another; the latest round went to two courts.
    expect(all.map((n) => [n.period_from, n.period_to])).toEqual([
      ['2025-11-26', '2025-12-31'],
      ['2026-01-01', '2026-03-31'],
      ['2026-04-01', '2026-06-30'],
      ['2026-07-01', '2026-09-30'],
      ['2026-07-01', '2026-09-30'],
    ]);
  });

  it('are numbered in the order issued, running within each year', () => {
    const byYear = new Map<number, string[]>();
    for (const n of notices()) {
      const year = Number(n.issued_on.slice(0, 4));
      byYear.set(year, [...(byYear.get(year) ?? []), n.number]);
    }
    for (const [year, numbers] of byYear)
      expect(numbers).toEqual(numbers.map((_, i) => noticeNumber(year, i + 1)));
  });

  it('keep the figures as they stood on the day of issue, in the notices domain’s shape', () => {
    for (const n of notices()) {
      const figures = noticeFigures.parse(JSON.parse(n.figures));
      expect(figures.asOf).toBe(n.issued_on);
      expect(figures.period).toEqual({ from: n.period_from, to: n.period_to });
      expect(figures.court.id).toBe(n.court_id);
      const value = (key: string, column: 'court' | 'office') =>
        figures.figures.find((f) => f.key === key)![column];
      // Live that day: sentenced by then and not yet ended.
      const live = `FROM orders o WHERE o.sentence_date <= @day
        AND (o.ended_on IS NULL OR o.ended_on > @day)`;
      const day = { day: n.issued_on };
      expect(value('liveOrders', 'office')).toBe(one(`SELECT COUNT(*) ${live}`, day));
      expect(value('liveOrders', 'court')).toBe(
        one(`SELECT COUNT(*) ${live} AND o.court_id = @court`, { ...day, court: n.court_id }),
      );
      // Outstanding then: less only the credit earned by then.
      expect(value('hoursOutstanding', 'office')).toBe(
        one(
          `SELECT SUM(o.hours_ordered_minutes
             - (SELECT COALESCE(SUM(a.minutes), 0) FROM ledger_adjustments a
                WHERE a.order_id = o.id AND a.date <= @day)
             - (SELECT COALESCE(SUM(b.credited_minutes), 0) FROM bookings b
                JOIN sessions s ON s.id = b.session_id WHERE b.order_id = o.id AND s.date <= @day))
           ${live}`,
          day,
        ),
      );
      expect(value('standDowns', 'office')).toBe(
        one(
          `SELECT COUNT(*) FROM bookings b JOIN sessions s ON s.id = b.session_id
           WHERE s.date BETWEEN ? AND ? AND b.outcome IN ('ATSS', 'AASD')`,
          n.period_from,
          n.period_to,
        ),
      );
      expect(value('placementsInUse', 'office')).toBeGreaterThan(20);
      expect(value('supervisorsInPost', 'office')).toBeGreaterThan(20);
    }
    // The office was short of hours each time, as the capacity check says it is today.
    expect(notices().every((n) => noticeFigures.parse(JSON.parse(n.figures)).hoursShort)).toBe(
      true,
    );
  });

  it('read through the register and one by one, the latest first', async () => {
    const register = await first.ok('notices.list', { page: 0, pageSize: 20 });
    expect(register.total).toBe(5);
    const stored = notices().reverse();
    expect(register.rows.map((r) => r.number)).toEqual(stored.map((n) => n.number));
    for (const row of register.rows) {
      expect(row.liveOrders).toBeGreaterThan(0);
      expect(row.neededMinutes).toBeGreaterThan(row.offerableMinutes!);
      const notice = await first.ok('notices.get', { id: row.id });
      expect(notice.number).toBe(row.number);
      expect(notice.figures.court.name).toBe(row.courtName);
      expect(notice.actions.length).toBeGreaterThan(100);
      expect(notice.office.name).toBe('Northvale Unpaid Work');
    }
    const check = await first.ok('notices.capacityCheck', {});
    expect(check.lastNotice?.number).toBe(register.rows[0]!.number);
  });
});

describe('the Board report of the last complete quarter', () => {
  it('has rows in every table, but for allocations without an assessment (there are none)', async () => {
    const report = await first.ok('board.report', LAST_QUARTER);
    expect(report.period.label).toBe('July to September 2026');
    const empty = report.sections.flatMap((s) =>
      s.tables.filter((t) => t.rows.length === 0).map((t) => t.id),
    );
    expect(empty).toEqual(['risk-exceptions']);
    const table = (id: string) =>
      report.sections.flatMap((s) => s.tables).find((t) => t.id === id)!;
    expect(table('surveys-overdue').rows.length).toBeGreaterThanOrEqual(3);
    expect(table('survey-comments').rows.length).toBeGreaterThanOrEqual(3);
    expect(table('capacity-safety-out-of-date').rows).toHaveLength(1);
    const sixteen = table('diversity-16-17').rows[0]!;
    expect(sixteen.current).toBeGreaterThan(0);
    expect(table('exit-comments').rows.length).toBeGreaterThan(0);
    expect(
      table('capacity-incidents').rows.find((r) => r.measure === 'All kinds')!.current,
    ).toBeGreaterThan(0);
    const surveysReturned = table('surveys').rows.find((r) => r.measure === 'Surveys returned')!;
    expect(surveysReturned.current).toBeGreaterThan(5);
    expect(surveysReturned.previous).toBeGreaterThan(5);
  });
});

describe('determinism', () => {
  it('makes the same surveys, targets and notices from the same seed', () => {
    const fingerprint = `SELECT
      (SELECT COUNT(*) FROM beneficiary_surveys) AS surveys,
      (SELECT SUM(quality_rating * 10 + communication_rating) FROM beneficiary_surveys) AS ratings,
      (SELECT GROUP_CONCAT(placement_id || ':' || surveyed_on) FROM
        (SELECT placement_id, surveyed_on FROM beneficiary_surveys ORDER BY id)) AS dates,
      (SELECT COUNT(*) FROM local_targets) AS targets,
      (SELECT SUM(target_percent) FROM local_targets) AS percents,
      (SELECT GROUP_CONCAT(number || ':' || court_id || ':' || issued_on || ':' || figures || actions, '|')
        FROM (SELECT * FROM court_notices ORDER BY id)) AS notices,
      (SELECT GROUP_CONCAT(created_at) FROM (SELECT created_at FROM placements ORDER BY id)) AS added`;
    const mine = rowsOf<{ surveys: number; notices: string }>(first, fingerprint);
    expect(rowsOf(second, fingerprint)).toEqual(mine);
    expect(mine[0]!.surveys).toBeGreaterThan(80);
    expect(mine[0]!.notices.split('|')).toHaveLength(5);
  });
});
