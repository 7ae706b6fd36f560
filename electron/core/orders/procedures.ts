import { checkExtension, checkOrder, endDateFor } from '../../../shared/rules/orders';
import { addDays, ageOn, formatMinutes } from '../../../shared/dates';
import { fieldError, notFound, refuseFields } from '../../../shared/errors';
import type { Context, Handlers } from '../context';
import { findCourt } from '../courts/store';
import { findPerson } from '../people/store';
import { policyOn } from '../policy/store';
import { bookedMinutes, sessionCreditsOf } from '../sessions/store';
import { describeCredit } from './ledger';
import { liveOrder, orderOrFail } from './guard';
import { offeredWeeks, progressOf, runningLedger, timeLeft } from './rules';
import {
  adjustmentsOf,
  extensionsOf,
  insertAdjustment,
  insertExtension,
  insertOrder,
  listOrders,
  liveOrders,
} from './store';

function orderDetail(ctx: Context, id: number) {
  const order = orderOrFail(ctx, id);
  const ledger = runningLedger(order.hoursOrderedMinutes, [
    ...adjustmentsOf(ctx.db, id).map((a) => ({
      date: a.date,
      kind: 'ADJUSTMENT' as const,
      description: a.reason,
      creditedMinutes: a.minutes,
    })),
    ...sessionCreditsOf(ctx.db, id).map((s) => ({
      date: s.date,
      kind: 'SESSION' as const,
      description: describeCredit(s),
      creditedMinutes: s.creditedMinutes,
    })),
  ]);
  const policy = policyOn(ctx.db, ctx.today).values;
  const booked = bookedMinutes(ctx.db, ctx.today, aheadTo(ctx.today), [id]).get(id) ?? 0;
  const progress = progressOf(order, booked, policy.minimumHoursPerWeek, ctx.today);
  return { ...order, progress, extensions: extensionsOf(ctx.db, id), ledger };
}

/** The last day of the weeks ahead whose bookings count as offered. */
const aheadTo = (today: string) => addDays(today, offeredWeeks * 7 - 1);

export const orderProcedures: Handlers<'orders'> = {
  create: (input, ctx) => {
    const person = findPerson(ctx.db, input.personId);
    if (!person) throw notFound('The person');
    const court = findCourt(ctx.db, input.courtId);
    if (!court || !court.active) {
      throw fieldError('courtId', 'Court must be one of the courts in use');
    }
    refuseFields(checkOrder(input, { today: ctx.today, dateOfBirth: person.dateOfBirth }));
    const id = insertOrder(ctx.db, {
      personId: input.personId,
      courtId: input.courtId,
      sentenceDate: input.sentenceDate,
      ageAtSentence: ageOn(person.dateOfBirth, input.sentenceDate),
      hoursOrderedMinutes: input.hours * 60,
      requirementType: input.requirementType,
      offenceCategory: input.offenceCategory,
      offence: input.offence,
      endDate: endDateFor(input.sentenceDate),
      createdAt: ctx.now,
    });
    return orderOrFail(ctx, id);
  },
  get: ({ id }, ctx) => orderDetail(ctx, id),
  atRisk: (_input, ctx) => {
    const policy = policyOn(ctx.db, ctx.today).values;
    const booked = bookedMinutes(ctx.db, ctx.today, aheadTo(ctx.today));
    return liveOrders(ctx.db).flatMap((order) => {
      const progress = progressOf(
        order,
        booked.get(order.id) ?? 0,
        policy.minimumHoursPerWeek,
        ctx.today,
      );
      return progress.atRisk ? [{ ...order, daysLeft: timeLeft(order, ctx.today), progress }] : [];
    });
  },
  list: (query, ctx) => {
    const { rows, total } = listOrders(ctx.db, query, ctx.today);
    return { rows: rows.map((r) => ({ ...r, daysLeft: timeLeft(r, ctx.today) })), total };
  },
  extend: (input, ctx) => {
    const order = liveOrder(ctx, input.orderId);
    refuseFields(
      checkExtension(input, {
        today: ctx.today,
        sentenceDate: order.sentenceDate,
        currentEndDate: order.endDate,
      }),
    );
    insertExtension(ctx.db, { ...input, createdAt: ctx.now });
    return orderDetail(ctx, input.orderId);
  },
  creditAdjustment: (input, ctx) => {
    const order = liveOrder(ctx, input.orderId);
    const fields: Record<string, string> = {};
    if (input.date > ctx.today) fields.date = 'Date cannot be in the future';
    else if (input.date < order.sentenceDate)
      fields.date = 'Date cannot be before the sentence date';
    if (input.minutes > order.outstandingMinutes) {
      fields.minutes = `Credit cannot be more than the ${formatMinutes(order.outstandingMinutes)} outstanding`;
    }
    refuseFields(fields);
    insertAdjustment(ctx.db, { ...input, createdAt: ctx.now });
    return orderDetail(ctx, input.orderId);
  },
};
