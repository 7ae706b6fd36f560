import { addDays, daysBetween, formatDate } from '../../../shared/dates';
import { AppError, fieldError, notFound, refuseFields, ruleError } from '../../../shared/errors';
import type { Context, Handlers } from '../context';
import { candidatesFor, toOffer } from '../allocation/candidates';
import { refusalsFor } from '../allocation/rules';
import { orderForAllocation } from '../allocation/store';
import type { RefusalCode } from '../allocation/types';
import { liveOrder, orderOrFail } from '../orders/guard';
import { addCredit } from '../orders/store';
import { findPlacement } from '../placements/store';
import { policyOn } from '../policy/store';
import { findStaff } from '../staff/store';
import { labelOf } from '../../../shared/codes';
import { outcomes } from '../../../shared/placement-codes';
import { raiseAlert } from '../supervision/store';
import { refuseRestrictedSupervisor } from '../rota/guard';
import { checkEntry, creditFor, employabilityAllowance } from './rules';
import {
  bookingsOf,
  countBookings,
  deleteBooking,
  employabilityCreditedMinutes,
  findSession,
  insertBooking,
  insertSession,
  listSessions,
  overdueSessions,
  writeOutcome,
} from './store';

function sessionOrFail(ctx: Context, id: number) {
  const session = findSession(ctx.db, id);
  if (!session) throw notFound('The session');
  return session;
}

/**
 * The allocation rules that hold for any session: a current assessment, the placement's risk
 * limits, restrictions, age and who it suits, its health and safety review. (Availability and
 * places are the session's business: it has a date and a capacity.)
 */
const bookingRules: readonly RefusalCode[] = [
  'NO_ASSESSMENT',
  'RISK_LEVEL',
  'RISK_FLAG',
  'RESTRICTION',
  'UNDER_18',
  'INDIVIDUAL_NEEDS_LOW_RISK',
  'WOMEN_ONLY',
  'NO_WHEELCHAIR_ACCESS',
  'HEALTH_AND_SAFETY_OUT_OF_DATE',
];

function bookingRefusals(ctx: Context, orderId: number, placementId: number): string[] {
  const order = orderForAllocation(ctx.db, orderId)!;
  const candidate = candidatesFor(ctx.db, [order], ctx.today).candidates[0]!;
  const placement = toOffer(findPlacement(ctx.db, placementId)!);
  return refusalsFor(candidate, placement, ctx.today)
    .filter((r) => bookingRules.includes(r.code))
    .map((r) => r.message);
}

function detail(ctx: Context, id: number) {
  return {
    ...sessionOrFail(ctx, id),
    bookings: bookingsOf(ctx.db, id).map(({ id: _, ...b }) => b),
  };
}

export const sessionProcedures: Handlers<'sessions'> = {
  create: (input, ctx) => {
    const placement = findPlacement(ctx.db, input.placementId);
    if (!placement || !placement.active)
      throw fieldError('placementId', 'Placement must be one of the active placements');
    const leader = findStaff(ctx.db, input.leaderId);
    if (!leader || !leader.active || leader.role === 'CASE_MANAGER') {
      throw fieldError('leaderId', 'Session leader must be one of the Unpaid Work staff in post');
    }
    if (input.capacity > placement.capacity) {
      throw fieldError(
        'capacity',
        `Capacity cannot be more than the placement takes in a session (${placement.capacity})`,
      );
    }
    return findSession(ctx.db, insertSession(ctx.db, { ...input, createdAt: ctx.now }))!;
  },
  list: ({ from, to, placementType }, ctx) => {
    refuseFields(to < from ? { to: 'To must not be before From' } : {});
    return listSessions(ctx.db, from, to, placementType);
  },
  get: ({ id }, ctx) => detail(ctx, id),
  overdue: (_input, ctx) => {
    const days = policyOn(ctx.db, ctx.today).values.overdueOutcomeDays;
    return overdueSessions(ctx.db, addDays(ctx.today, -days)).map((s) => ({
      ...s,
      daysSince: daysBetween(s.date, ctx.today),
    }));
  },
  book: ({ sessionId, orderId }, ctx) => {
    const session = sessionOrFail(ctx, sessionId);
    const order = liveOrder(ctx, orderId);
    const reasons = bookingRefusals(ctx, orderId, session.placementId);
    if (reasons.length)
      throw ruleError(
        `${order.personName} cannot be booked on this session: ${reasons.join('; ')}.`,
      );
    refuseRestrictedSupervisor(ctx, sessionId, orderId);
    if (bookingsOf(ctx.db, sessionId).some((b) => b.orderId === orderId)) {
      throw new AppError('CONFLICT', `${order.personName} is already booked on this session.`);
    }
    if (countBookings(ctx.db, sessionId) >= session.capacity) {
      throw ruleError(
        `This session is full: ${session.capacity} of ${session.capacity} places taken.`,
      );
    }
    insertBooking(ctx.db, sessionId, orderId, ctx.now);
    return detail(ctx, sessionId);
  },
  unbook: ({ sessionId, orderId }, ctx) => {
    sessionOrFail(ctx, sessionId);
    const booking = bookingsOf(ctx.db, sessionId).find((b) => b.orderId === orderId);
    if (!booking) throw notFound('The booking');
    if (booking.outcome)
      throw ruleError('This booking has an outcome recorded; it cannot be taken off.');
    deleteBooking(ctx.db, booking.id);
    return detail(ctx, sessionId);
  },
  recordRegister: ({ sessionId, rows }, ctx) => {
    const session = sessionOrFail(ctx, sessionId);
    const booked = new Map(bookingsOf(ctx.db, sessionId).map((b) => [b.orderId, b]));
    const fields: Record<string, string> = {};
    const seen = new Set<number>();
    rows.forEach((row, i) => {
      const booking = booked.get(row.orderId);
      const label = `Row ${i + 1}${booking ? ` (${booking.personName})` : ''}`;
      if (!booking) fields[`rows.${i}.orderId`] = `${label}: not booked on this session`;
      else if (orderOrFail(ctx, row.orderId).status !== 'LIVE')
        fields[`rows.${i}.orderId`] = `${label}: the order has ended; take the booking off instead`;
      else if (seen.has(row.orderId))
        fields[`rows.${i}.orderId`] = `${label}: appears twice in the register`;
      else if (booking.outcome)
        fields[`rows.${i}.outcome`] = `${label}: an outcome is already recorded for this session`;
      else {
        for (const [field, message] of Object.entries(checkEntry(row, session, ctx.today))) {
          fields[`rows.${i}.${field}`] = `${label}: ${message}`;
        }
      }
      seen.add(row.orderId);
    });
    if (Object.keys(fields).length) {
      throw new AppError(
        'VALIDATION',
        `The register for ${formatDate(session.date)} was not saved`,
        fields,
      );
    }
    // The credit follows the settings in force on the day of the session, and says which.
    const policy = policyOn(ctx.db, session.date);
    const employability = session.placementType === 'EMPLOYABILITY';
    for (const row of rows) {
      const order = liveOrder(ctx, row.orderId);
      const employabilityLeft = employability
        ? employabilityAllowance(
            order.hoursOrderedMinutes,
            policy.values.employabilitySharePercent,
          ) - employabilityCreditedMinutes(ctx.db, row.orderId)
        : null;
      const creditedMinutes = creditFor(
        row,
        order.outstandingMinutes,
        policy.values,
        employabilityLeft,
      );
      writeOutcome(ctx.db, booked.get(row.orderId)!.id, {
        ...row,
        creditedMinutes,
        policyVersionId: policy.versionId,
        recordedAt: ctx.now,
      });
      if (creditedMinutes > 0) addCredit(ctx.db, row.orderId, creditedMinutes);
      if (row.alertCaseManager) {
        raiseAlert(ctx.db, {
          orderId: row.orderId,
          source: 'REGISTER',
          raisedOn: ctx.today,
          message: `${session.placementName}, ${formatDate(session.date)}: ${labelOf(outcomes, row.outcome)}${row.notes ? `. ${row.notes}` : ''}`,
          createdAt: ctx.now,
        });
      }
    }
    return detail(ctx, sessionId);
  },
};
