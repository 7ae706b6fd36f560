import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../../shared/dates';
import {
  outcomeCodes,
  outcomes,
  slotAt,
  type Outcome,
  type Slot,
} from '../../shared/placement-codes';
import { defaultPolicy } from '../../shared/policy';
import { nextStep, type PastDecision } from '../../electron/core/enforcement/rules';
import { offeredWeeks } from '../../electron/core/orders/rules';
import { sessionDates } from '../../electron/core/sessions/calendar';
import { creditFor, employabilityAllowance } from '../../electron/core/sessions/rules';
import { reasonsUnfit, type SupervisorRecord } from '../../electron/core/supervisors/rules';
import { testCore, type TestCore } from '../support/core';
import { rowsOf } from './helpers';

/**
 * The demonstration office's year of sessions: supervisors with a rota and training, sessions
 * for the last twelve months and the coming four weeks, registers with every outcome, stand-downs,
 * enforcement, incidents, supervision and endings, all consistent with the office's own rules.
 */

const TODAY = '2026-11-26';
const GO_LIVE = addMonths(TODAY, -12);
/** The office books four weeks ahead, today included: the weeks the hours offered are counted over. */
const HORIZON = addDays(TODAY, offeredWeeks * 7 - 1);
const FORTNIGHT = addDays(TODAY, 14);

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

/** Bookings at work sessions (not the PPWS), with their session. */
const workBookings = `FROM bookings b JOIN sessions s ON s.id = b.session_id
  JOIN placements p ON p.id = s.placement_id WHERE p.type <> 'INDUCTION_PPWS'`;

interface StaffRow {
  id: number;
  name: string;
  gender: string;
  working_slots: string;
}

function supervisorRecords(): Map<number, SupervisorRecord & { gender: string }> {
  const staff = rows<StaffRow>(
    "SELECT id, name, gender, working_slots FROM staff WHERE role = 'SUPERVISOR'",
  );
  const absences = rows<{ staff_id: number; kind: 'SICKNESS'; from_date: string; to_date: string }>(
    'SELECT staff_id, kind, from_date, to_date FROM staff_absences',
  );
  const training = rows<{ staff_id: number; kind: 'FIRST_AID'; expires_on: string }>(
    'SELECT staff_id, kind, expires_on FROM staff_training',
  );
  return new Map(
    staff.map((s) => [
      s.id,
      {
        id: s.id,
        name: s.name,
        gender: s.gender,
        active: true,
        workingSlots: JSON.parse(s.working_slots) as Slot[],
        absences: absences
          .filter((a) => a.staff_id === s.id)
          .map((a) => ({ kind: a.kind, fromDate: a.from_date, toDate: a.to_date })),
        training: training
          .filter((t) => t.staff_id === s.id)
          .map((t) => ({ kind: t.kind, expiresOn: t.expires_on })),
      },
    ]),
  );
}

describe('supervisors', () => {
  it('have a gender, a rota covering every group session time, and training', () => {
    const supervisors = [...supervisorRecords().values()];
    expect(supervisors).toHaveLength(28);
    const genders = new Set(supervisors.map((s) => s.gender));
    expect([...genders].sort()).toEqual(['FEMALE', 'MALE', 'NOT_STATED']);
    for (const s of supervisors) expect(s.workingSlots.length).toBeGreaterThanOrEqual(3);
    const groupTimes = new Set(
      rows<{ sessions: string; start_time: string }>(
        "SELECT sessions, start_time FROM placements WHERE type = 'GROUP'",
      ).flatMap((p) => JSON.parse(p.sessions) as Slot[]),
    );
    for (const slot of groupTimes) {
      const onRota = supervisors.filter((s) => s.workingSlots.includes(slot)).length;
      expect(onRota, slot).toBeGreaterThanOrEqual(2);
    }
  });

  it('mostly hold their training in date: two courses run out within 60 days, one has lapsed', () => {
    const latest = rows<{ staff_id: number; kind: string; expires: string }>(
      `SELECT staff_id, kind, MAX(expires_on) AS expires FROM staff_training
       JOIN staff ON staff.id = staff_id WHERE staff.role = 'SUPERVISOR' GROUP BY staff_id, kind`,
    );
    expect(latest).toHaveLength(28 * 3);
    const expired = latest.filter((t) => t.expires < TODAY);
    const expiring = latest.filter((t) => t.expires >= TODAY && t.expires <= addDays(TODAY, 60));
    expect(expired.map((t) => t.kind)).toEqual(['HEALTH_AND_SAFETY']);
    expect(expiring.map((t) => t.kind).sort()).toEqual(['FIRST_AID', 'RISK_OF_HARM']);
    // Older courses are on file too.
    expect(one('SELECT COUNT(*) FROM staff_training')).toBeGreaterThan(28 * 3 + 20);
  });

  it('take leave and are off sick through the year; some are away in the coming fortnight', () => {
    const kinds = rows<{ kind: string; n: number }>(
      'SELECT kind, COUNT(*) AS n FROM staff_absences GROUP BY kind ORDER BY kind',
    );
    expect(kinds.map((k) => k.kind)).toEqual(['ANNUAL_LEAVE', 'SICKNESS', 'TRAINING']);
    expect(kinds.find((k) => k.kind === 'ANNUAL_LEAVE')!.n).toBeGreaterThan(60);
    const awaySoon = one(
      `SELECT COUNT(DISTINCT staff_id) FROM staff_absences WHERE from_date <= ? AND to_date > ?`,
      FORTNIGHT,
      TODAY,
    );
    expect(awaySoon).toBeGreaterThanOrEqual(2);
    expect(
      one(
        "SELECT COUNT(*) FROM staff_absences WHERE kind = 'SICKNESS' AND from_date <= ? AND to_date >= ?",
        TODAY,
        TODAY,
      ),
    ).toBeGreaterThanOrEqual(1);
    // Never two absences of one supervisor on the same day.
    expect(
      one(`SELECT COUNT(*) FROM staff_absences a JOIN staff_absences b ON a.staff_id = b.staff_id
           AND a.id < b.id AND a.from_date <= b.to_date AND b.from_date <= a.to_date`),
    ).toBe(0);
  });
});

describe('sessions', () => {
  it('run on every date of each work placement’s pattern for the year and the coming four weeks', () => {
    const placements = rows<{
      id: number;
      sessions: string;
      start_time: string;
      health_and_safety_review_due: string;
    }>(
      "SELECT id, sessions, start_time, health_and_safety_review_due FROM placements WHERE type <> 'INDUCTION_PPWS' AND active = 1",
    );
    expect(placements).toHaveLength(29);
    let total = 0;
    for (const p of placements) {
      const last =
        p.health_and_safety_review_due < HORIZON ? p.health_and_safety_review_due : HORIZON;
      const expected = sessionDates(JSON.parse(p.sessions), p.start_time, GO_LIVE, last).map(
        (d) => d.date,
      );
      const made = rows<{ date: string }>(
        'SELECT date FROM sessions WHERE placement_id = ? ORDER BY date',
        p.id,
      ).map((s) => s.date);
      expect(made, `placement ${p.id}`).toEqual(expected);
      total += made.length;
    }
    expect(total).toBeGreaterThan(2500);
    expect(
      one(
        `SELECT COUNT(*) FROM sessions s JOIN placements p ON p.id = s.placement_id
      WHERE p.type <> 'INDUCTION_PPWS' AND s.date > ?`,
        TODAY,
      ),
    ).toBeGreaterThan(60);
  });

  it('book the coming weeks without outcomes, and leave a handful of registers overdue', () => {
    const future = rows<{ booked: number; recorded: number }>(
      `SELECT COUNT(*) AS booked, COUNT(b.outcome) AS recorded ${workBookings} AND s.date > ?`,
      TODAY,
    )[0]!;
    expect(future.booked).toBeGreaterThan(300);
    expect(future.recorded).toBe(0);
    const overdue = one(
      `SELECT COUNT(DISTINCT s.id) ${workBookings} AND b.outcome IS NULL AND s.date <= ?`,
      addDays(TODAY, -defaultPolicy.overdueOutcomeDays),
    );
    expect(overdue).toBeGreaterThanOrEqual(2);
    expect(overdue).toBeLessThanOrEqual(12);
    // Nothing older than three weeks is left unrecorded.
    expect(
      one(
        `SELECT COUNT(*) ${workBookings} AND b.outcome IS NULL AND s.date < ?`,
        addDays(TODAY, -21),
      ),
    ).toBe(0);
  });

  it('book people at their own placement, when they are free, once a day, within its places', () => {
    expect(
      one(`SELECT COUNT(*) ${workBookings} AND NOT EXISTS (SELECT 1 FROM allocations a
        WHERE a.order_id = b.order_id AND a.placement_id = s.placement_id
          AND a.allocated_on < s.date AND (a.ended_on IS NULL OR a.ended_on >= s.date))`),
    ).toBe(0);
    const booked = rows<{ date: string; start_time: string; availability: string }>(
      `SELECT s.date, s.start_time, i.availability ${workBookings.replace(
        'WHERE',
        'JOIN inductions i ON i.order_id = b.order_id WHERE',
      )}`,
    );
    expect(booked.length).toBeGreaterThan(15_000);
    const outside = booked.filter(
      (b) => !(JSON.parse(b.availability) as Slot[]).includes(slotAt(b.date, b.start_time)),
    );
    expect(outside).toEqual([]);
    expect(
      one(`SELECT COUNT(*) FROM (SELECT b.order_id, s.date FROM bookings b
        JOIN sessions s ON s.id = b.session_id GROUP BY 1, 2 HAVING COUNT(*) > 1)`),
    ).toBe(0);
    expect(
      one(`SELECT COUNT(*) FROM sessions s WHERE
        (SELECT COUNT(*) FROM bookings b WHERE b.session_id = s.id) > s.capacity`),
    ).toBe(0);
    // Nobody works an order after it ended; some work on past the end date to finish their hours.
    const ordersJoined = workBookings.replace('WHERE', 'JOIN orders o ON o.id = b.order_id WHERE');
    expect(
      one(`SELECT COUNT(*) ${ordersJoined} AND o.ended_on IS NOT NULL AND s.date > o.ended_on`),
    ).toBe(0);
    const late = one(`SELECT COUNT(DISTINCT o.id) ${ordersJoined} AND s.date > o.end_date`);
    expect(late).toBeGreaterThan(5);
    expect(late).toBeLessThan(150);
  });

  it('are run by supervisors fit that day, one session each, a supervisor for every six', () => {
    const supervisors = supervisorRecords();
    const staffed = rows<{
      id: number;
      date: string;
      start_time: string;
      leader_id: number | null;
      staff: string | null;
      booked: number;
      type: string;
    }>(
      `SELECT s.id, s.date, s.start_time, s.leader_id, p.type,
         (SELECT GROUP_CONCAT(staff_id) FROM session_supervisors x WHERE x.session_id = s.id) AS staff,
         (SELECT COUNT(*) FROM bookings b WHERE b.session_id = s.id) AS booked
       FROM sessions s JOIN placements p ON p.id = s.placement_id WHERE p.type <> 'INDUCTION_PPWS'`,
    );
    let groupsStaffed = 0;
    for (const s of staffed) {
      const ids = s.staff ? s.staff.split(',').map(Number) : [];
      if (s.type !== 'GROUP') {
        expect(ids).toEqual([]);
        continue;
      }
      if (s.leader_id !== null) expect(ids).toContain(s.leader_id);
      else expect(ids).toEqual([]);
      expect(ids.length).toBeLessThanOrEqual(
        Math.ceil(s.booked / defaultPolicy.peoplePerSupervisor),
      );
      if (s.date > TODAY) continue;
      for (const id of ids) {
        const record = supervisors.get(id)!;
        expect(reasonsUnfit(record, s.date, slotAt(s.date, s.start_time)), `${s.id}`).toEqual([]);
      }
      if (ids.length) groupsStaffed += 1;
    }
    expect(groupsStaffed).toBeGreaterThan(1500);
    expect(
      one(`SELECT COUNT(*) FROM (SELECT x.staff_id, s.date FROM session_supervisors x
        JOIN sessions s ON s.id = x.session_id GROUP BY 1, 2 HAVING COUNT(*) > 1)`),
    ).toBe(0);
  });

  it('leave the coming days short where a supervisor fell ill after the rota was drawn up', () => {
    const short = one(
      `SELECT COUNT(DISTINCT s.id) FROM sessions s JOIN session_supervisors x ON x.session_id = s.id
       JOIN staff_absences a ON a.staff_id = x.staff_id AND a.from_date <= s.date AND a.to_date >= s.date
       WHERE s.date > ?`,
      TODAY,
    );
    expect(short).toBeGreaterThanOrEqual(1);
  });
});

describe('registers', () => {
  it('use every outcome code, in a realistic mix', () => {
    const counts = rows<{ outcome: Outcome; n: number }>(
      `SELECT b.outcome, COUNT(*) AS n ${workBookings} AND b.outcome IS NOT NULL GROUP BY b.outcome`,
    );
    expect(counts.map((c) => c.outcome).sort()).toEqual([...outcomeCodes].sort());
    const total = counts.reduce((sum, c) => sum + c.n, 0);
    const share = (...codes: Outcome[]) =>
      counts.filter((c) => codes.includes(c.outcome)).reduce((s, c) => s + c.n, 0) / total;
    expect(total).toBeGreaterThan(15_000);
    expect(share('ATTC')).toBeGreaterThan(0.72);
    expect(share('ATTC')).toBeLessThan(0.86);
    expect(share('AFTC')).toBeGreaterThan(0.02);
    expect(share('AFTC')).toBeLessThan(0.06);
    expect(share('ATSH')).toBeGreaterThan(0.003);
    expect(share('ATSH')).toBeLessThan(0.015);
    expect(share('AAME', 'AAEM', 'AAFC', 'AACL')).toBeGreaterThan(0.04);
    expect(share('AAME', 'AAEM', 'AAFC', 'AACL')).toBeLessThan(0.09);
    expect(share('UACP')).toBeGreaterThan(0.02);
    expect(share('UACP')).toBeLessThan(0.06);
    expect(share('RSOF', 'RSSR')).toBeGreaterThan(0.02);
    expect(share('RSOF', 'RSSR')).toBeLessThan(0.05);
    expect(share('AASD', 'ATSS')).toBeGreaterThan(0.005);
    expect(share('AASD', 'ATSS')).toBeLessThan(0.04);
  });

  it('record times, penalties and ratings as a supervisor would', () => {
    const attended = outcomes
      .filter((o) => o.attended)
      .map((o) => `'${o.code}'`)
      .join(', ');
    expect(
      one(`SELECT COUNT(*) ${workBookings} AND b.outcome IN (${attended})
        AND (b.arrived_at IS NULL OR b.left_at IS NULL OR b.left_at <= b.arrived_at)`),
    ).toBe(0);
    expect(
      one(`SELECT COUNT(*) ${workBookings} AND b.outcome NOT IN (${attended})
        AND (b.arrived_at IS NOT NULL OR b.left_at IS NOT NULL OR b.penalty_minutes > 0
          OR b.work_quality IS NOT NULL OR b.behaviour IS NOT NULL)`),
    ).toBe(0);
    const penalised = one(`SELECT COUNT(*) ${workBookings} AND b.penalty_minutes > 0`);
    expect(penalised).toBeGreaterThan(100);
    expect(
      one(`SELECT COUNT(*) ${workBookings} AND b.penalty_minutes > 0 AND b.outcome <> 'AFTC'`),
    ).toBe(0);
    expect(
      one(`SELECT COUNT(*) ${workBookings} AND b.outcome = 'ATTC' AND b.work_quality IS NULL`),
    ).toBe(0);
    const alerts = one(`SELECT COUNT(*) ${workBookings} AND b.alert_case_manager = 1`);
    expect(alerts).toBeGreaterThan(20);
    expect(one("SELECT COUNT(*) FROM case_manager_alerts WHERE source = 'REGISTER'")).toBe(alerts);
  });

  it('give every stand-down its cause, most often the want of a supervisor', () => {
    expect(
      one(
        `SELECT COUNT(*) FROM bookings WHERE (outcome IN ('ATSS', 'AASD')) <> (stand_down_cause IS NOT NULL)`,
      ),
    ).toBe(0);
    const causes = rows<{ cause: string; sessions: number }>(
      `SELECT stand_down_cause AS cause, COUNT(DISTINCT session_id) AS sessions FROM bookings
       WHERE stand_down_cause IS NOT NULL GROUP BY 1 ORDER BY 2 DESC`,
    );
    expect(causes[0]!.cause).toBe('NO_SUPERVISOR');
    expect(causes.length).toBeGreaterThanOrEqual(5);
    // Whole sessions stood down, in advance and on the day.
    const whole = rows<{ outcome: string; n: number }>(
      `SELECT MIN(b.outcome) AS outcome, COUNT(*) AS n FROM bookings b GROUP BY b.session_id
       HAVING COUNT(*) = SUM(b.outcome IN ('ATSS', 'AASD')) AND MIN(b.outcome) = MAX(b.outcome)`,
    );
    expect(whole.length).toBeGreaterThanOrEqual(15);
    expect(whole.length).toBeLessThanOrEqual(80);
    expect(whole.filter((w) => w.outcome === 'AASD').length).toBeGreaterThanOrEqual(5);
    expect(whole.filter((w) => w.outcome === 'ATSS').length).toBeGreaterThanOrEqual(5);
    // A session nobody could supervise has no supervisor on it.
    expect(
      one(`SELECT COUNT(*) FROM sessions s WHERE s.leader_id IS NOT NULL AND NOT EXISTS
        (SELECT 1 FROM bookings b WHERE b.session_id = s.id AND (b.stand_down_cause IS NULL
          OR b.stand_down_cause <> 'NO_SUPERVISOR'))
        AND EXISTS (SELECT 1 FROM bookings b WHERE b.session_id = s.id)`),
    ).toBe(0);
  });

  it('credit each outcome exactly as the sessions rules do, never beyond what is outstanding', () => {
    const orders = rows<{ id: number; ordered: number }>(
      `SELECT id, hours_ordered_minutes AS ordered FROM orders o WHERE EXISTS
        (SELECT 1 FROM bookings b WHERE b.order_id = o.id AND b.outcome IS NOT NULL)
       ORDER BY id`,
    ).filter((_, i) => i % 7 === 0);
    expect(orders.length).toBeGreaterThan(150);
    let checked = 0;
    for (const order of orders) {
      const lines = rows<{
        date: string;
        start: string;
        kind: string;
        type: string | null;
        credited: number;
        outcome: Outcome | null;
        arrived_at: string | null;
        left_at: string | null;
        penalty_minutes: number;
        work_quality: string | null;
        behaviour: string | null;
      }>(
        `SELECT a.date, '' AS start, 'ADJUSTMENT' AS kind, NULL AS type, a.minutes AS credited,
           NULL AS outcome, NULL AS arrived_at, NULL AS left_at, 0 AS penalty_minutes,
           NULL AS work_quality, NULL AS behaviour
         FROM ledger_adjustments a WHERE a.order_id = ?
         UNION ALL
         SELECT s.date, s.start_time, 'SESSION', p.type, b.credited_minutes, b.outcome,
           b.arrived_at, b.left_at, b.penalty_minutes, b.work_quality, b.behaviour
         FROM bookings b JOIN sessions s ON s.id = b.session_id
         JOIN placements p ON p.id = s.placement_id
         WHERE b.order_id = ? AND b.outcome IS NOT NULL
         ORDER BY 1, 2`,
        order.id,
        order.id,
      );
      let credited = 0;
      let employability = 0;
      const allowance = employabilityAllowance(
        order.ordered,
        defaultPolicy.employabilitySharePercent,
      );
      for (const line of lines) {
        if (line.kind === 'SESSION') {
          const expected = creditFor(
            {
              ...line,
              outcome: line.outcome!,
              arrivedAt: line.arrived_at,
              leftAt: line.left_at,
              penaltyMinutes: line.penalty_minutes,
              workQuality: line.work_quality,
              behaviour: line.behaviour,
            },
            order.ordered - credited,
            defaultPolicy,
            line.type === 'EMPLOYABILITY' ? allowance - employability : null,
          );
          expect(line.credited, `order ${order.id} on ${line.date}`).toBe(expected);
          if (line.type === 'EMPLOYABILITY') employability += line.credited;
          checked += 1;
        }
        credited += line.credited;
      }
      expect(credited).toBeLessThanOrEqual(order.ordered);
    }
    expect(checked).toBeGreaterThan(2000);
  });

  it('keep every order’s running total equal to its ledger', () => {
    expect(
      one(`SELECT COUNT(*) FROM orders o WHERE o.credited_minutes <>
        (SELECT COALESCE(SUM(a.minutes), 0) FROM ledger_adjustments a WHERE a.order_id = o.id)
        + (SELECT COALESCE(SUM(b.credited_minutes), 0) FROM bookings b WHERE b.order_id = o.id)`),
    ).toBe(0);
    expect(
      one(
        `SELECT COUNT(*) FROM orders WHERE credited_minutes > hours_ordered_minutes OR credited_minutes < 0`,
      ),
    ).toBe(0);
  });
});

describe('enforcement', () => {
  it('decides every failure as the rules call for, order by order', () => {
    const decisions = rows<{
      order_id: number;
      decision: PastDecision['decision'];
      failure_date: string;
      decided_on: string;
      respond_by: string | null;
      outcome: Outcome;
      session_date: string;
    }>(
      `SELECT d.order_id, d.decision, d.failure_date, d.decided_on, d.respond_by, b.outcome,
         s.date AS session_date
       FROM enforcement_decisions d JOIN bookings b ON b.id = d.booking_id
       JOIN sessions s ON s.id = b.session_id ORDER BY d.order_id, d.failure_date`,
    );
    expect(decisions.length).toBeGreaterThan(800);
    const byOrder = new Map<number, typeof decisions>();
    for (const d of decisions) byOrder.set(d.order_id, [...(byOrder.get(d.order_id) ?? []), d]);
    const enforceable = outcomes.filter((o) => o.enforceable).map((o) => o.code);
    for (const [orderId, list] of byOrder) {
      const history = list.map((d) => ({
        decision: d.decision,
        failureDate: d.failure_date,
        decidedOn: d.decided_on,
      }));
      list.forEach((d, i) => {
        expect(enforceable).toContain(d.outcome);
        expect(d.failure_date).toBe(d.session_date);
        expect(d.decided_on >= d.failure_date && d.decided_on <= TODAY).toBe(true);
        expect(d.respond_by).toBe(d.decision === 'WARNING' ? addDays(d.decided_on, 7) : null);
        if (d.decision === 'ACCEPTABLE') return;
        const others = history.filter((_, j) => j !== i);
        expect(d.decision, `order ${orderId} failure on ${d.failure_date}`).toBe(
          nextStep(others, d.failure_date, defaultPolicy.warningWindowMonths),
        );
      });
    }
    const kinds = rows<{ decision: string; n: number }>(
      'SELECT decision, COUNT(*) AS n FROM enforcement_decisions GROUP BY 1 ORDER BY 1',
    );
    const n = (k: string) => kinds.find((x) => x.decision === k)?.n ?? 0;
    expect(n('WARNING')).toBeGreaterThan(n('BREACH'));
    expect(n('BREACH')).toBeGreaterThan(100);
    expect(n('ACCEPTABLE')).toBeGreaterThan(50);
    expect(n('ACCEPTABLE')).toBeLessThan(n('BREACH'));
  });

  it('sends every breach referral to the case manager, and leaves a few recent failures pending', () => {
    expect(
      one(`SELECT COUNT(*) FROM enforcement_decisions d WHERE d.decision = 'BREACH' AND NOT EXISTS
        (SELECT 1 FROM case_manager_alerts a WHERE a.order_id = d.order_id AND a.source = 'BREACH'
          AND a.raised_on = d.decided_on)`),
    ).toBe(0);
    const pending = rows<{ date: string }>(
      `SELECT s.date FROM bookings b JOIN sessions s ON s.id = b.session_id
       JOIN orders o ON o.id = b.order_id
       WHERE o.status = 'LIVE' AND b.outcome IN ('AFTC', 'ATSH', 'UACP')
         AND NOT EXISTS (SELECT 1 FROM enforcement_decisions d WHERE d.booking_id = b.id)`,
    );
    expect(pending.length).toBeGreaterThanOrEqual(3);
    expect(pending.length).toBeLessThanOrEqual(60);
    for (const p of pending) expect(p.date >= addDays(TODAY, -21)).toBe(true);
  });
});

describe('endings', () => {
  it('complete orders on their last session with every hour credited, most with an exit interview', () => {
    expect(
      one(
        `SELECT COUNT(*) FROM orders WHERE status = 'COMPLETED' AND credited_minutes <> hours_ordered_minutes`,
      ),
    ).toBe(0);
    const completed = rows<{ id: number; ended_on: string; last: string; interviewed: number }>(
      `SELECT o.id, o.ended_on,
         (SELECT MAX(s.date) FROM bookings b JOIN sessions s ON s.id = b.session_id
           WHERE b.order_id = o.id AND b.credited_minutes > 0) AS last,
         EXISTS (SELECT 1 FROM exit_interviews e WHERE e.order_id = o.id) AS interviewed
       FROM orders o JOIN order_endings e ON e.order_id = o.id WHERE o.status = 'COMPLETED'`,
    );
    expect(completed.length).toBeGreaterThan(600);
    for (const c of completed) expect(c.ended_on, `order ${c.id}`).toBe(c.last);
    const share = completed.filter((c) => c.interviewed).length / completed.length;
    expect(share).toBeGreaterThan(0.78);
    expect(share).toBeLessThan(0.95);
    expect(
      one(
        `SELECT COUNT(*) FROM exit_interviews e JOIN orders o ON o.id = e.order_id
        WHERE o.status <> 'COMPLETED' OR e.interviewed_on > ? OR e.interviewed_on < o.ended_on`,
        TODAY,
      ),
    ).toBe(0);
  });

  it('end orders every way an order ends, each with its record, its allocation closed', () => {
    const endings = rows<{ status: string; n: number }>(
      `SELECT o.status, COUNT(*) AS n FROM orders o JOIN order_endings e ON e.order_id = o.id
       GROUP BY 1 ORDER BY 1`,
    );
    expect(endings.map((e) => e.status)).toEqual([
      'BREACHED_RESENTENCED',
      'COMPLETED',
      'EXPIRED',
      'REVOKED',
      'TRANSFERRED',
    ]);
    expect(
      one(
        "SELECT COUNT(*) FROM order_endings e JOIN orders o ON o.id = e.order_id WHERE o.status = 'LIVE'",
      ),
    ).toBe(0);
    expect(
      one(
        `SELECT COUNT(*) FROM orders o WHERE o.status <> 'LIVE' AND o.ended_on >= ?
        AND NOT EXISTS (SELECT 1 FROM order_endings e WHERE e.order_id = o.id)`,
        GO_LIVE,
      ),
    ).toBe(0);
    expect(
      one(`SELECT COUNT(*) FROM allocations a JOIN orders o ON o.id = a.order_id
        WHERE o.status <> 'LIVE' AND a.ended_on IS NULL`),
    ).toBe(0);
    expect(
      one(
        "SELECT COUNT(*) FROM orders WHERE status = 'EXPIRED' AND ended_on >= ? AND ended_on <= end_date",
        GO_LIVE,
      ),
    ).toBe(0);
    // A few completions are waiting for the office to record them.
    const ready = one(
      "SELECT COUNT(*) FROM orders WHERE status = 'LIVE' AND credited_minutes = hours_ordered_minutes",
    );
    expect(ready).toBeGreaterThanOrEqual(1);
    expect(ready).toBeLessThanOrEqual(20);
  });

  it('keep an office-sized caseload live', () => {
    const live = one("SELECT COUNT(*) FROM orders WHERE status = 'LIVE'");
    expect(live).toBeGreaterThanOrEqual(520);
    expect(live).toBeLessThanOrEqual(700);
  });
});

describe('supervision and incidents', () => {
  it('plan and review supervision for most live orders, on schedule', () => {
    const live = one("SELECT COUNT(*) FROM orders WHERE status = 'LIVE'");
    const planned = one(
      "SELECT COUNT(*) FROM orders o JOIN supervision_plans p ON p.order_id = o.id WHERE o.status = 'LIVE'",
    );
    expect(planned / live).toBeGreaterThan(0.7);
    expect(planned / live).toBeLessThan(0.98);
    const reviews = rows<{
      order_id: number;
      reviewed_on: string;
      agreed_on: string;
      weeks: number;
    }>(
      `SELECT r.order_id, r.reviewed_on, p.agreed_on, p.review_every_weeks AS weeks
       FROM supervision_reviews r JOIN supervision_plans p ON p.order_id = r.order_id
       ORDER BY r.order_id, r.reviewed_on`,
    );
    expect(reviews.length).toBeGreaterThan(2000);
    let previous = { order: 0, date: '' };
    for (const r of reviews) {
      const from = previous.order === r.order_id ? previous.date : r.agreed_on;
      const gap = (Date.parse(r.reviewed_on) - Date.parse(from)) / 86_400_000;
      expect(Math.abs(gap - r.weeks * 7), `order ${r.order_id}`).toBeLessThanOrEqual(3);
      expect(r.reviewed_on <= TODAY).toBe(true);
      previous = { order: r.order_id, date: r.reviewed_on };
    }
  });

  it('keep notes, some asking for the case manager, and send most alerts', () => {
    const notes = one('SELECT COUNT(*) FROM order_notes');
    const alerting = one('SELECT COUNT(*) FROM order_notes WHERE alert_case_manager = 1');
    expect(notes).toBeGreaterThan(100);
    expect(alerting).toBeGreaterThan(3);
    expect(one("SELECT COUNT(*) FROM case_manager_alerts WHERE source = 'NOTE'")).toBe(alerting);
    const alerts = rows<{ sent: number; n: number }>(
      'SELECT sent_on IS NOT NULL AS sent, COUNT(*) AS n FROM case_manager_alerts GROUP BY 1 ORDER BY 1',
    );
    expect(alerts).toHaveLength(2);
    expect(alerts[1]!.n).toBeGreaterThan(alerts[0]!.n * 5);
    expect(
      one(
        'SELECT COUNT(*) FROM case_manager_alerts WHERE sent_on < raised_on OR sent_on > ? OR (sent_on IS NULL) <> (sent_by IS NULL)',
        TODAY,
      ),
    ).toBe(0);
  });

  it('report a few incidents a month, accidents with their injuries', () => {
    const incidents = rows<{
      kind: string;
      injuries: string | null;
      first_aid_given: number;
      reported_on: string;
      date: string;
      occurred_at: string;
      start_time: string;
      end_time: string;
    }>(
      `SELECT i.kind, i.injuries, i.first_aid_given, i.reported_on, s.date, i.occurred_at, s.start_time, s.end_time
       FROM incidents i JOIN sessions s ON s.id = i.session_id`,
    );
    expect(incidents.length).toBeGreaterThanOrEqual(24);
    expect(incidents.length).toBeLessThanOrEqual(80);
    const kinds = new Set(incidents.map((i) => i.kind));
    expect([...kinds].sort()).toEqual(['ACCIDENT', 'INCIDENT', 'NEAR_MISS']);
    for (const i of incidents) {
      expect(
        i.kind === 'ACCIDENT'
          ? i.injuries !== null && i.first_aid_given === 1
          : i.injuries === null,
      ).toBe(true);
      expect(i.reported_on >= i.date && i.reported_on <= TODAY).toBe(true);
      expect(i.occurred_at > i.start_time && i.occurred_at < i.end_time).toBe(true);
    }
    expect(incidents.filter((i) => i.kind === 'NEAR_MISS').length).toBeGreaterThan(
      incidents.length / 3,
    );
  });
});

describe('the screens that show this work', () => {
  it('each have something to show', async () => {
    expect((await first.ok('enforcement.pending', {})).length).toBeGreaterThan(0);
    expect((await first.ok('sessions.overdue', {})).length).toBeGreaterThan(0);
    expect((await first.ok('rota.forecast', { days: 14 })).sessionsAtRisk).toBeGreaterThan(0);
    expect((await first.ok('supervision.reviewsDue', {})).total).toBeGreaterThan(0);
    expect((await first.ok('supervision.alerts', { open: true })).total).toBeGreaterThan(0);
    expect((await first.ok('endings.readyToComplete', {})).total).toBeGreaterThan(0);
    expect((await first.ok('endings.missingExitInterviews', {})).total).toBeGreaterThan(0);
    const incidents = await first.ok('incidents.list', { from: GO_LIVE, to: TODAY });
    expect(incidents.total).toBeGreaterThan(20);
    // Four weeks booked ahead: most live orders are offered their hours; some are at risk.
    const live = one("SELECT COUNT(*) FROM orders WHERE status = 'LIVE'");
    const atRisk = await first.ok('orders.atRisk', {});
    expect(atRisk.length).toBeGreaterThan(10);
    expect(atRisk.length).toBeLessThan(live * 0.35);
  });
});

describe('determinism', () => {
  it('builds the same year from the same seed', () => {
    const tables = [
      'sessions',
      'bookings',
      'session_supervisors',
      'staff_absences',
      'staff_training',
      'enforcement_decisions',
      'incidents',
      'supervision_plans',
      'supervision_reviews',
      'order_notes',
      'case_manager_alerts',
      'order_endings',
      'exit_interviews',
      'allocations',
      'order_extensions',
    ];
    const fingerprint = `SELECT ${tables.map((t) => `(SELECT COUNT(*) FROM ${t}) AS ${t}`).join(', ')},
      (SELECT SUM(credited_minutes) FROM bookings) AS credited,
      (SELECT GROUP_CONCAT(outcome || ':' || n) FROM (SELECT outcome, COUNT(*) AS n FROM bookings GROUP BY 1)) AS mix,
      (SELECT GROUP_CONCAT(status || ':' || n) FROM (SELECT status, COUNT(*) AS n FROM orders GROUP BY 1)) AS statuses`;
    const mine = rowsOf(first, fingerprint);
    expect(rowsOf(second, fingerprint)).toEqual(mine);
    expect((mine[0] as { sessions: number }).sessions).toBeGreaterThan(2500);
  });
});
