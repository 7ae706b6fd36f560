import { completedReason } from '../../../shared/contract/endings';
import { daysBetween, formatDate } from '../../../shared/dates';
import { AppError, refuseFields, ruleError } from '../../../shared/errors';
import { endAllocation } from '../allocation/store';
import type { Context, Handlers } from '../context';
import { orderOrFail } from '../orders/guard';
import {
  allocationEndDate,
  alreadyEnded,
  checkEnding,
  checkExitInterview,
  missingSince,
  notCompleted,
  pendingOutcomes,
} from './rules';
import {
  endingOf,
  endOrder,
  exitInterviewOf,
  insertExitInterview,
  listMissingExitInterviews,
  listReadyToComplete,
  openAllocationsOf,
  removeFutureBookings,
  unrecordedSessionDates,
} from './store';

/** How the order ended (null while live) and its exit interview. */
function orderEnding(ctx: Context, orderId: number) {
  const order = orderOrFail(ctx, orderId);
  const row = endingOf(ctx.db, orderId)!;
  const exitInterview = exitInterviewOf(ctx.db, orderId);
  return {
    orderId,
    status: order.status,
    ending:
      order.status === 'LIVE'
        ? null
        : {
            kind: order.status,
            endedOn: order.endedOn ?? '',
            reason: row.reason,
            recordedBy: row.recordedBy,
          },
    exitInterview,
    exitInterviewMissing: order.status === 'COMPLETED' && exitInterview === null,
  };
}

/** The name that goes on a record: the account signed in (writes always have one). */
function who(ctx: Context): string {
  return ctx.account?.name ?? 'Unknown';
}

export const endingProcedures: Handlers<'endings'> = {
  end: (input, ctx) => {
    const order = orderOrFail(ctx, input.orderId);
    const ended = alreadyEnded(order);
    if (ended) throw ruleError(ended);
    refuseFields(checkEnding(input, order, ctx.today));
    const pending = pendingOutcomes(unrecordedSessionDates(ctx.db, order.id, ctx.today));
    if (pending) throw ruleError(pending);
    // Everything checked: now the writes, all in the router's one transaction.
    endOrder(ctx.db, {
      orderId: order.id,
      kind: input.kind,
      endedOn: input.endedOn,
      reason: input.reason ?? completedReason,
      recordedBy: who(ctx),
      createdAt: ctx.now,
    });
    for (const allocation of openAllocationsOf(ctx.db, order.id)) {
      endAllocation(
        ctx.db,
        allocation.id,
        allocationEndDate(allocation.allocatedOn, input.endedOn),
      );
    }
    removeFutureBookings(ctx.db, order.id, ctx.today);
    return orderEnding(ctx, order.id);
  },
  recordExitInterview: (input, ctx) => {
    const order = orderOrFail(ctx, input.orderId);
    const refusal = notCompleted(order);
    if (refusal) throw ruleError(refusal);
    const existing = exitInterviewOf(ctx.db, order.id);
    if (existing) {
      throw new AppError(
        'CONFLICT',
        `An exit interview is already recorded for this order (${formatDate(existing.interviewedOn)}).`,
      );
    }
    refuseFields(checkExitInterview(input, order.endedOn ?? ctx.today, ctx.today));
    insertExitInterview(ctx.db, { ...input, interviewedBy: who(ctx), createdAt: ctx.now });
    return orderEnding(ctx, order.id);
  },
  forOrder: ({ orderId }, ctx) => orderEnding(ctx, orderId),
  missingExitInterviews: (query, ctx) => {
    const { rows, total } = listMissingExitInterviews(ctx.db, query, missingSince(ctx.today));
    return {
      rows: rows.map((r) => ({ ...r, daysSince: daysBetween(r.completedOn, ctx.today) })),
      total,
    };
  },
  readyToComplete: (query, ctx) => listReadyToComplete(ctx.db, query, ctx.today),
};
