import { checkExtension, checkOrder, endDateFor } from '../../../shared/rules/orders';
import { ageOn, formatMinutes } from '../../../shared/dates';
import { labelOf } from '../../../shared/codes';
import { outcomes } from '../../../shared/placement-codes';
import { fieldError, notFound, refuseFields } from '../../../shared/errors';
import type { Context, Handlers } from '../context';
import { findCourt } from '../courts/store';
import { findPerson } from '../people/store';
import { sessionCreditsOf } from '../sessions/store';
import { liveOrder, orderOrFail } from './guard';
import { runningLedger, timeLeft } from './rules';
import {
  adjustmentsOf,
  extensionsOf,
  insertAdjustment,
  insertExtension,
  insertOrder,
  listOrders,
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
      description: `${s.placementName}: ${labelOf(outcomes, s.outcome)}`,
      creditedMinutes: s.creditedMinutes,
    })),
  ]);
  return { ...order, extensions: extensionsOf(ctx.db, id), ledger };
}

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
