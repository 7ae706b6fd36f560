import { notFound, ruleError } from '../../../shared/errors';
import type { Context } from '../context';
import { timeLeft } from './rules';
import { findOrder } from './store';

/** The order with its time left, or NOT_FOUND. */
export function orderOrFail(ctx: Context, id: number) {
  const order = findOrder(ctx.db, id);
  if (!order) throw notFound('The order');
  return { ...order, daysLeft: timeLeft(order, ctx.today) };
}

/** The order, refusing one that has ended: nothing more is recorded against it. */
export function liveOrder(ctx: Context, id: number) {
  const order = orderOrFail(ctx, id);
  if (order.status !== 'LIVE') throw ruleError('This order has ended; it cannot be changed.');
  return order;
}
