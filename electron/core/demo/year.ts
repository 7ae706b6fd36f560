import { formatDate } from '../../../shared/dates';
import { outcomes, type Outcome, type Slot } from '../../../shared/placement-codes';
import { defaultPolicy } from '../../../shared/policy';
import type { StandDownCause } from '../../../shared/session-codes';
import { offeredWeeks } from '../orders/rules';
import { sessionDates } from '../sessions/calendar';
import { creditFor, employabilityAllowance, minutesOf } from '../sessions/rules';
import { dayOf, plusDays, weekdayOf } from './days';
import { reportIncident } from './incidents';
import { allocate, complete, endAllocation, scheduleDecision, watchEndDate } from './order-events';
import { pickOutcome, registerRow, reliabilityWeights, type DemoRow } from './outcomes';
import type { DemoPlacement } from './placements';
import type { Random } from './random';
import { createDayStaffing, type Plan } from './rota';
import type { DemoSupervisor } from './staffing';
import type { DemoStatements } from './store';
import { noteAfterSession, planSupervision, raiseAlert } from './supervision';
import {
  stamp,
  type SimOrder,
  type SimPlacement,
  type Task,
  type YearContext,
  type YearCounts,
  type YearOrder,
} from './year-types';

export type { YearCounts, YearOrder } from './year-types';

const byName = new Intl.Collator('en-GB');

/**
 * Days ahead the office has booked, today included: the weeks over which the hours offered to
 * each order are counted, so every live order's offer reads as the office makes it.
 */
export const bookedAheadDays = offeredWeeks * 7;
const flagsOf = new Map(outcomes.map((o) => [o.code, o]));
const acceptable = new Set<Outcome>(['AAME', 'AAEM', 'AAFC', 'AACL']);

/** Whole sessions the service stands down for other reasons than staffing, with how often each comes on the day. */
const otherCauses: { cause: StandDownCause; weight: number; onTheDay: number }[] = [
  { cause: 'NO_SUPERVISOR', weight: 35, onTheDay: 1 },
  { cause: 'WEATHER', weight: 20, onTheDay: 0.5 },
  { cause: 'NO_WORK', weight: 12, onTheDay: 0.3 },
  { cause: 'NO_TRANSPORT', weight: 10, onTheDay: 0.8 },
  { cause: 'PLACEMENT_CLOSED', weight: 10, onTheDay: 0.2 },
  { cause: 'OTHER', weight: 5, onTheDay: 0.5 },
];

/**
 * The last twelve months of work sessions and the next four weeks, as the office ran them:
 * a session on every date of each placement's pattern, the people allocated there booked up to
 * its places, supervisors from the rota for the groups, registers with their outcomes and
 * credit, stand-downs, enforcement, incidents, supervision, and orders ending as their hours
 * are done or the court decides. Orders are added first (`addOrder`), then `run` plays the days.
 */
export function createYear(
  random: Random,
  put: DemoStatements,
  options: {
    work: DemoPlacement[];
    supervisors: DemoSupervisor[];
    officeStaff: string[];
    managerName: string;
    today: string;
    goLive: string;
    now: string;
  },
) {
  const { today, goLive, now, supervisors } = options;
  const policy = defaultPolicy;
  const counts: YearCounts = {
    sessions: 0,
    bookings: 0,
    outcomes: 0,
    standDownSessions: 0,
    decisions: 0,
    alerts: 0,
    incidents: 0,
    endings: 0,
    exitInterviews: 0,
    rows: 0,
  };
  const agenda = new Map<string, Task[]>();
  let cursor: string | null = null;
  let agendaDone = false;
  // The name order of the allocation screen, worked out once.
  const work: SimPlacement[] = [...options.work]
    .sort((a, b) => byName.compare(a.name, b.name) || a.id - b.id)
    .map((p, nameOrder) => ({ ...p, members: [], nameOrder }))
    .sort((a, b) => a.id - b.id);
  const placementsAt = new Map<Slot, SimPlacement[]>();
  for (const p of work) {
    for (const slot of p.sessions) {
      const list = placementsAt.get(slot);
      if (list) list.push(p);
      else placementsAt.set(slot, [p]);
    }
  }
  const ctx: YearContext = {
    random,
    put,
    today,
    goLive,
    now,
    policy,
    work,
    placementsAt,
    officeStaff: options.officeStaff,
    managerName: options.managerName,
    counts,
    at(date, task) {
      if (date > today) return;
      if (cursor !== null && (date < cursor || (date === cursor && agendaDone))) {
        task(date);
        return;
      }
      const list = agenda.get(date);
      if (list) list.push(task);
      else agenda.set(date, [task]);
    },
  };
  const orders: SimOrder[] = [];

  function addOrder(order: YearOrder) {
    const o: SimOrder = {
      ...order,
      status: 'LIVE',
      endedOn: null,
      extended: false,
      reliability: random.weighted(reliabilityWeights),
      perWeek: random.weighted([
        [1, 88],
        [2, 11],
        [3, 1],
      ] as const),
      fortnightly: random.chance(0.25) ? random.pick([0, 1] as const) : null,
      availability: new Set(order.journey.candidate?.induction?.availability ?? []),
      allocation: null,
      lastPlacement: null,
      employabilityUsed: 0,
      week: '',
      bookedThisWeek: 0,
      lastBooked: '',
      planned: 0,
      unrecorded: 0,
      decisions: [],
      breaches: 0,
      snapshot: null,
      tally: { attended: 0, missed: 0, failures: 0 },
      retries: 0,
    };
    orders.push(o);
    for (const f of order.journey.failures) scheduleDecision(ctx, o, { ...f, recordedOn: f.date });
    if (order.journey.allocateOn) ctx.at(order.journey.allocateOn, (d) => allocate(ctx, o, d));
    watchEndDate(ctx, o);
    planSupervision(ctx, o);
  }

  const rota = createDayStaffing(supervisors, today);

  // ---------------------------------------------------------------------------------------------
  // One session: who is booked, who supervises, what happened, and the credit it earned.
  // ---------------------------------------------------------------------------------------------
  function bookable(
    p: SimPlacement,
    date: string,
    slot: Slot,
    week: string,
    parity: 0 | 1,
  ): SimOrder[] {
    const people: SimOrder[] = [];
    for (const o of p.members) {
      if (o.fortnightly !== null && o.fortnightly !== parity) continue;
      if (o.week !== week) {
        o.week = week;
        o.bookedThisWeek = 0;
      }
      if (
        o.allocation!.allocatedOn < date &&
        o.ordered - o.credited - o.planned > 0 &&
        o.bookedThisWeek < o.perWeek &&
        o.lastBooked !== date &&
        o.availability.has(slot)
      )
        people.push(o);
    }
    people.sort(
      (a, b) =>
        a.bookedThisWeek - b.bookedThisWeek ||
        (a.lastBooked < b.lastBooked ? -1 : a.lastBooked > b.lastBooked ? 1 : 0) ||
        a.id - b.id,
    );
    return people.slice(0, p.perSession);
  }

  function standDownFor(p: SimPlacement, date: string, staff: DemoSupervisor[], slot: Slot) {
    if (p.type === 'GROUP' && staff.length === 0) {
      // Nobody fit on the rota: known ahead, unless someone rang in sick that morning.
      const sick = supervisors.some(
        (s) =>
          s.slots.has(slot) && s.absences.some((a) => a.kind === 'SICKNESS' && a.fromDate === date),
      );
      return { cause: 'NO_SUPERVISOR' as StandDownCause, onTheDay: sick };
    }
    if (!random.chance(p.type === 'GROUP' ? 0.015 : 0.008)) return null;
    const winter = ['11', '12', '01', '02'].includes(date.slice(5, 7));
    const options = otherCauses.filter(
      (c) =>
        (c.cause !== 'NO_SUPERVISOR' || staff.length === 1) &&
        (c.cause !== 'NO_TRANSPORT' || p.transportProvided),
    );
    const chosen = random.weighted(
      options.map((c) => [c, c.cause === 'WEATHER' && winter ? c.weight * 2 : c.weight] as const),
    );
    if (chosen.cause === 'NO_SUPERVISOR') {
      // The only supervisor rang in sick that morning.
      const s = staff.pop()!;
      rota.off(s.id);
      s.absences.push({ kind: 'SICKNESS', fromDate: date, toDate: date });
      put.absence.run(s.id, 'SICKNESS', date, date, 'Rang in sick that morning', now);
      counts.rows += 1;
    }
    return { cause: chosen.cause, onTheDay: random.chance(chosen.onTheDay) };
  }

  function runSession(plan: Plan, date: string, age: number) {
    const { p, slot, booked, needed, staff } = plan;
    const future = age < 0;
    const recorded =
      !future &&
      booked.length > 0 &&
      !(
        age === 0 ||
        (age <= 2 && random.chance(0.35)) ||
        (age >= 8 && age <= 21 && random.chance(0.04))
      );
    const standDown = recorded ? standDownFor(p, date, staff, slot) : null;
    const overflow =
      recorded && !standDown && staff.length < needed
        ? booked.length - staff.length * policy.peoplePerSupervisor
        : 0;
    // People over what the supervisors can take: for want of a supervisor who is away, or
    // simply more booked than the rota covers.
    const shortBy: StandDownCause | null = !overflow
      ? null
      : supervisors.some(
            (s) =>
              s.slots.has(slot) && s.absences.some((a) => a.fromDate <= date && a.toDate >= date),
          )
        ? 'NO_SUPERVISOR'
        : 'OVERBOOKED';
    const sessionId = Number(
      put.session.run(p.id, date, p.startTime, p.endTime, staff[0]?.id ?? null, p.perSession, now)
        .lastInsertRowid,
    );
    for (const s of staff) put.sessionSupervisor.run(sessionId, s.id, now);
    counts.sessions += 1;
    counts.bookings += booked.length;
    counts.rows += 1 + staff.length + booked.length;
    if (standDown) counts.standDownSessions += 1;

    const recordedOn = recorded ? minDate(plusDays(date, random.int(1, 3)), today) : today;
    const recordedAt =
      recordedOn === today ? now : stamp(recordedOn, `${random.int(10, 15)}:${random.int(10, 59)}`);
    const minutes = minutesOf(p.endTime) - minutesOf(p.startTime);
    const attended: SimOrder[] = [];
    booked.forEach((o, i) => {
      o.bookedThisWeek += 1;
      o.lastBooked = date;
      if (!recorded) {
        insertRow(sessionId, o, null, 0, null);
        if (future) o.planned += minutes;
        else o.unrecorded += 1;
        return;
      }
      const outcome: Outcome = standDown
        ? standDown.onTheDay
          ? 'ATSS'
          : 'AASD'
        : i >= booked.length - overflow
          ? 'AASD'
          : pickOutcome(random, o.reliability);
      const cause = standDown ? standDown.cause : outcome === 'AASD' ? shortBy : null;
      const row = registerRow(random, outcome, p.startTime, p.endTime, cause);
      record(p, o, row, { sessionId, date, recordedOn, recordedAt, leader: staff[0] ?? null });
      if (flagsOf.get(outcome)!.attended && !standDown) attended.push(o);
    });
    if (attended.length && random.chance(p.type === 'GROUP' ? 0.02 : 0.006))
      reportIncident(ctx, p, { sessionId, date, attended, leader: staff[0] ?? null });
  }

  function insertRow(
    sessionId: number,
    o: SimOrder,
    row: DemoRow | null,
    credit: number,
    at: string | null,
  ): number {
    return Number(
      put.register.run(
        sessionId,
        o.id,
        row?.outcome ?? null,
        row?.arrivedAt ?? null,
        row?.leftAt ?? null,
        row?.penaltyMinutes ?? 0,
        credit,
        row?.workQuality ?? null,
        row?.behaviour ?? null,
        row?.standDownCause ?? null,
        row?.notes ?? null,
        row?.alertCaseManager ? 1 : 0,
        at,
        now,
      ).lastInsertRowid,
    );
  }

  function record(
    p: SimPlacement,
    o: SimOrder,
    row: DemoRow,
    session: {
      sessionId: number;
      date: string;
      recordedOn: string;
      recordedAt: string;
      leader: DemoSupervisor | null;
    },
  ) {
    const employability = p.type === 'EMPLOYABILITY';
    const allowance = employabilityAllowance(o.ordered, policy.employabilitySharePercent);
    const credit = creditFor(
      row,
      o.ordered - o.credited,
      policy,
      employability ? allowance - o.employabilityUsed : null,
    );
    const bookingId = insertRow(session.sessionId, o, row, credit, session.recordedAt);
    counts.outcomes += 1;
    o.credited += credit;
    if (employability) o.employabilityUsed += credit;
    const flags = flagsOf.get(row.outcome)!;
    if (flags.enforceable) o.tally.failures += 1;
    else if (row.outcome === 'ATTC') o.tally.attended += 1;
    else if (acceptable.has(row.outcome)) o.tally.missed += 1;
    if (row.alertCaseManager) {
      raiseAlert(
        ctx,
        o.id,
        'REGISTER',
        session.recordedOn,
        `${p.name}, ${formatDate(session.date)}: ${flags.label}${row.notes ? `. ${row.notes}` : ''}`,
      );
    }
    if (flags.enforceable) {
      scheduleDecision(ctx, o, {
        bookingId,
        date: session.date,
        outcome: row.outcome,
        placementName: p.name,
        recordedOn: session.recordedOn,
      });
    }
    noteAfterSession(ctx, o, row.outcome, session.date, session.leader?.name ?? null);
    if (o.credited >= o.ordered) complete(ctx, o, session.date);
    else if (employability && o.employabilityUsed >= allowance && o.status === 'LIVE') {
      endAllocation(ctx, o, session.date);
      ctx.at(plusDays(session.date, random.int(1, 5)), (d) => allocate(ctx, o, d, true));
    }
  }

  function run(): YearCounts {
    const horizon = plusDays(today, bookedAheadDays - 1);
    const byDate = new Map<string, { p: SimPlacement; slot: Slot }[]>();
    for (const p of ctx.work) {
      // No sessions once the placement's health and safety review is overdue.
      const last = p.healthAndSafetyReviewDue < horizon ? p.healthAndSafetyReviewDue : horizon;
      for (const { date, slot } of sessionDates(p.sessions, p.startTime, goLive, last)) {
        const list = byDate.get(date);
        if (list) list.push({ p, slot });
        else byDate.set(date, [{ p, slot }]);
      }
      if (p.healthAndSafetyReviewDue < today) {
        // The manager moves everyone on when the review lapses.
        ctx.at(plusDays(p.healthAndSafetyReviewDue, 1), (d) => {
          for (const o of [...p.members]) {
            endAllocation(ctx, o, d);
            ctx.at(plusDays(d, random.int(1, 5)), (later) => allocate(ctx, o, later));
          }
        });
      }
    }
    for (const list of byDate.values())
      list.sort((a, b) => a.p.startTime.localeCompare(b.p.startTime) || a.p.id - b.p.id);

    let start = goLive;
    for (const date of agenda.keys()) if (date < start) start = date;
    for (let date = start; date <= horizon; date = plusDays(date, 1)) {
      cursor = date;
      agendaDone = false;
      const tasks = agenda.get(date);
      if (tasks) {
        for (let i = 0; i < tasks.length; i++) tasks[i]!(date);
        agenda.delete(date);
      }
      agendaDone = true;
      const sessions = byDate.get(date);
      if (!sessions) continue;
      const week = plusDays(date, -((weekdayOf(date) + 6) % 7));
      const parity = (Math.floor(dayOf(week) / 7) % 2) as 0 | 1;
      const age = dayOf(today) - dayOf(date);
      rota.newDay();
      const plans = sessions.map(({ p, slot }): Plan => {
        const booked = bookable(p, date, slot, week, parity);
        const needed =
          p.type === 'GROUP' ? Math.ceil(booked.length / policy.peoplePerSupervisor) : 0;
        return { p, slot, booked, needed, staff: [] };
      });
      rota.staffDay(date, plans);
      for (const plan of plans) runSession(plan, date, age);
    }
    for (const o of orders) put.settle.run(o.status, o.endedOn, o.endDate, o.credited, o.id);
    counts.rows += orders.length;
    return counts;
  }

  return { addOrder, run, counts };
}

function minDate(a: string, b: string) {
  return a < b ? a : b;
}
