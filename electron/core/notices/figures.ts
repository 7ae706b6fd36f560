import type { CourtKind } from '../../../shared/codes';
import type { NoticeFigures } from '../../../shared/contract/notices';
import { addDays, daysBetween } from '../../../shared/dates';
import type { Slot } from '../../../shared/placement-codes';
import type { Policy } from '../../../shared/policy';
import { policyValueSql } from '../board/breakdowns';
import {
  sessionMinutesSql,
  standDownOutcomesSql,
  workedOutcomesSql,
} from '../board/sections/measures';
import { workingDayCounter } from '../board/sections/timeliness';
import type { Context } from '../context';
import { offeredWeeks, progressOf } from '../orders/rules';
import { liveOrders } from '../orders/store';
import { policyOn } from '../policy/store';
import { bookedMinutes } from '../sessions/store';
import { requiredTraining } from '../supervisors/rules';
import { offerableMinutes, weeklyNeedMinutes, type OfferablePlacement } from './rules';
import { assembleFigures, type OrderFacts } from './words';

/**
 * The figures of a court shortfall notice, from the data, with the same definitions as the rest
 * of Amends: live orders and hours outstanding as on the home page, orders at risk as on the
 * Orders at risk page (`progressOf` over the hours booked), the first session, stand-downs and
 * supervisors as the Board report counts them. What the office can offer and what its orders
 * need a week are the notice's own (rules.ts); every definition is written out in words.ts.
 */

type FigureContext = Pick<Context, 'db' | 'sqlite' | 'today'>;

/** The trained supervisors in post on a day (role, in post, entered by then, training in date), with their rota. */
function trainedSupervisors(ctx: FigureContext, day: string): { workingSlots: Slot[] }[] {
  const training = requiredTraining.map((k) => `'${k}'`).join(', ');
  const rows = ctx.sqlite
    .prepare(
      `SELECT working_slots AS slots FROM staff
       WHERE role = 'SUPERVISOR' AND active = 1 AND substr(created_at, 1, 10) <= @day
         AND (SELECT COUNT(DISTINCT t.kind) FROM staff_training t
              WHERE t.staff_id = staff.id AND t.kind IN (${training})
                AND t.completed_on <= @day AND t.expires_on >= @day) = ${requiredTraining.length}`,
    )
    .all({ day }) as { slots: string }[];
  return rows.map((r) => ({ workingSlots: JSON.parse(r.slots) as Slot[] }));
}

/** Placements in use on a day: active, not induction or PPWS, health and safety review not yet due. */
function placementsInUse(ctx: FigureContext, day: string): OfferablePlacement[] {
  const rows = ctx.sqlite
    .prepare(
      `SELECT id, type, sessions, start_time AS startTime, end_time AS endTime, capacity
       FROM placements
       WHERE active = 1 AND type <> 'INDUCTION_PPWS' AND health_and_safety_review_due >= @day
       ORDER BY id`,
    )
    .all({ day }) as (Omit<OfferablePlacement, 'sessions'> & { sessions: string })[];
  return rows.map((r) => ({ ...r, sessions: JSON.parse(r.sessions) as Slot[] }));
}

/** What the office has to offer a week now: placements, supervisors and the hours they make. */
export function officeCapacity(ctx: FigureContext, policy: Policy) {
  const supervisors = trainedSupervisors(ctx, ctx.today);
  const bySlot = new Map<Slot, number>();
  for (const s of supervisors)
    for (const slot of new Set(s.workingSlots)) bySlot.set(slot, (bySlot.get(slot) ?? 0) + 1);
  const placements = placementsInUse(ctx, ctx.today);
  const offer = offerableMinutes(placements, bySlot, policy.peoplePerSupervisor);
  return {
    placements: placements.length,
    supervisorsInPost: supervisors.length,
    supervisorSessionsAvailable: [...bySlot.values()].reduce((t, n) => t + n, 0),
    offerableMinutes: offer.minutes,
    groupPlacesCut: offer.groupPlacesCut,
  };
}

/**
 * Supervisor-sessions needed a week over a period, as the Board report's capacity section: for
 * each session at a group or induction and PPWS placement, the people booked over the people per
 * supervisor in force on its date, rounded up; added up and divided by the period's weeks.
 */
export function supervisorSessionsNeeded(ctx: FigureContext, from: string, to: string): number {
  const row = ctx.sqlite
    .prepare(
      `SELECT COALESCE(SUM((booked + perSupervisor - 1) / perSupervisor), 0) AS needed
       FROM (
         SELECT (SELECT COUNT(*) FROM bookings b WHERE b.session_id = s.id) AS booked,
           CAST(${policyValueSql('peoplePerSupervisor', 's.date')} AS INTEGER) AS perSupervisor
         FROM sessions s JOIN placements p ON p.id = s.placement_id
         WHERE s.date BETWEEN @from AND @to AND p.type IN ('GROUP', 'INDUCTION_PPWS')
       )`,
    )
    .get({ from, to }) as { needed: number };
  const weeks = (daysBetween(from, to) + 1) / 7;
  return Math.round((row.needed / weeks) * 10) / 10;
}

/** Stand-downs on sessions dated in the period: all of them, and those of one court's orders. */
function standDowns(ctx: FigureContext, from: string, to: string, courtId: number) {
  return ctx.sqlite
    .prepare(
      `SELECT COUNT(*) AS office,
         COALESCE(SUM(o.court_id = @courtId), 0) AS court,
         COALESCE(SUM(${sessionMinutesSql}), 0) AS officeLost,
         COALESCE(SUM(CASE WHEN o.court_id = @courtId THEN ${sessionMinutesSql} END), 0) AS courtLost
       FROM bookings b JOIN sessions s ON s.id = b.session_id JOIN orders o ON o.id = b.order_id
       WHERE s.date BETWEEN @from AND @to AND b.outcome IN (${standDownOutcomesSql})`,
    )
    .get({ from, to, courtId }) as {
    office: number;
    court: number;
    officeLost: number;
    courtLost: number;
  };
}

/** Live orders that have worked a session (the Board's first session) on or before the day. */
function liveOrdersThatWorked(ctx: FigureContext, day: string): Set<number> {
  const rows = ctx.sqlite
    .prepare(
      `SELECT DISTINCT b.order_id AS id
       FROM bookings b JOIN sessions s ON s.id = b.session_id JOIN orders o ON o.id = b.order_id
       WHERE o.status = 'LIVE' AND b.outcome IN (${workedOutcomesSql}) AND s.date <= @day`,
    )
    .all({ day }) as { id: number }[];
  return new Set(rows.map((r) => r.id));
}

/** Every live order with what the notice counts of it, on today. */
export function orderFacts(ctx: FigureContext, policy: Policy): OrderFacts[] {
  const live = liveOrders(ctx.db);
  const booked = bookedMinutes(ctx.db, ctx.today, addDays(ctx.today, offeredWeeks * 7 - 1));
  const worked = liveOrdersThatWorked(ctx, ctx.today);
  const earliest = live.reduce((d, o) => (o.sentenceDate < d ? o.sentenceDate : d), ctx.today);
  const workingDays = workingDayCounter(earliest, ctx.today);
  return live.map((order) => ({
    courtId: order.courtId,
    outstandingMinutes: order.outstandingMinutes,
    needMinutes: weeklyNeedMinutes(order, ctx.today, policy.minimumHoursPerWeek),
    atRisk: progressOf(order, booked.get(order.id) ?? 0, policy.minimumHoursPerWeek, ctx.today)
      .atRisk,
    waitingDays: worked.has(order.id) ? null : workingDays(order.sentenceDate, ctx.today),
  }));
}

/** The figures of a notice to this court for this period, worked out on today. */
export function figuresFor(
  ctx: FigureContext,
  court: { id: number; name: string; kind: CourtKind },
  period: { from: string; to: string },
): NoticeFigures {
  const policy = policyOn(ctx.db, ctx.today).values;
  return assembleFigures({
    court: { id: court.id, name: court.name, kind: court.kind },
    period: { from: period.from, to: period.to },
    asOf: ctx.today,
    policy,
    orders: orderFacts(ctx, policy),
    standDowns: standDowns(ctx, period.from, period.to, court.id),
    capacity: officeCapacity(ctx, policy),
    supervisorSessionsNeeded: supervisorSessionsNeeded(ctx, period.from, period.to),
  });
}

/** The four weeks up to today, over which the home page's check counts the supervisors needed. */
export const checkWeeks = 4;

/** The office's capacity against its need today, for the home page. */
export function capacityNow(ctx: FigureContext) {
  const policy = policyOn(ctx.db, ctx.today).values;
  const capacity = officeCapacity(ctx, policy);
  const from = addDays(ctx.today, -(checkWeeks * 7 - 1));
  const neededMinutes = orderFacts(ctx, policy).reduce((t, o) => t + o.needMinutes, 0);
  const supervisorSessions = supervisorSessionsNeeded(ctx, from, ctx.today);
  const hoursShort = capacity.offerableMinutes < neededMinutes;
  const supervisorsShort = capacity.supervisorSessionsAvailable < supervisorSessions;
  return {
    asOf: ctx.today,
    from,
    offerableMinutes: capacity.offerableMinutes,
    neededMinutes,
    supervisorsInPost: capacity.supervisorsInPost,
    supervisorSessionsAvailable: capacity.supervisorSessionsAvailable,
    supervisorSessionsNeeded: supervisorSessions,
    hoursShort,
    supervisorsShort,
    suggested: hoursShort || supervisorsShort,
  };
}
