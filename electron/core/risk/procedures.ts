import { refuseFields } from '../../../shared/errors';
import type { Context, Handlers } from '../context';
import { liveOrder, orderOrFail } from '../orders/guard';
import { assessmentsOf, insertAssessment } from './store';

function history(ctx: Context, orderId: number) {
  return assessmentsOf(ctx.db, orderId).map(({ createdAt: _, ...a }, i) => ({
    ...a,
    current: i === 0,
  }));
}

export const riskProcedures: Handlers<'risk'> = {
  record: (input, ctx) => {
    const order = liveOrder(ctx, input.orderId);
    refuseFields(
      input.assessedOn > ctx.today
        ? { assessedOn: 'Date assessed cannot be in the future' }
        : input.assessedOn < order.sentenceDate
          ? { assessedOn: 'Date assessed cannot be before the sentence date' }
          : {},
    );
    const id = insertAssessment(ctx.db, input, ctx.now);
    return history(ctx, input.orderId).find((a) => a.id === id)!;
  },
  history: ({ orderId }, ctx) => {
    orderOrFail(ctx, orderId);
    return history(ctx, orderId);
  },
};
