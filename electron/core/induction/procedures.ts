import { refuseFields } from '../../../shared/errors';
import type { Handlers } from '../context';
import { liveOrder, orderOrFail } from '../orders/guard';
import { findStaff } from '../staff/store';
import { insertInduction, latestInduction } from './store';

export const inductionProcedures: Handlers<'induction'> = {
  record: (input, ctx) => {
    const order = liveOrder(ctx, input.orderId);
    const fields: Record<string, string> = {};
    if (input.inductedOn > ctx.today)
      fields.inductedOn = 'Date of induction cannot be in the future';
    else if (input.inductedOn < order.sentenceDate)
      fields.inductedOn = 'Date of induction cannot be before the sentence date';
    const by = findStaff(ctx.db, input.inductedBy);
    if (!by || !by.active || by.role === 'CASE_MANAGER') {
      fields.inductedBy = 'Member of staff must be one of the Unpaid Work staff in post';
    }
    refuseFields(fields);
    insertInduction(ctx.db, input, ctx.now);
    return latestInduction(ctx.db, input.orderId)!;
  },
  latest: ({ orderId }, ctx) => {
    orderOrFail(ctx, orderId);
    return latestInduction(ctx.db, orderId);
  },
};
