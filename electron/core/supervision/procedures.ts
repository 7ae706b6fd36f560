import { labelOf } from '../../../shared/codes';
import { addDays, formatDate } from '../../../shared/dates';
import { AppError, notFound, refuseFields, ruleError } from '../../../shared/errors';
import { noteAuthors } from '../../../shared/session-codes';
import type { Context, Handlers } from '../context';
import { liveOrder, orderOrFail } from '../orders/guard';
import {
  latestSentenceWithPlanDue,
  nextReviewDue,
  planDueBy,
  reviewDue,
  reviewNoticeDays,
} from './rules';
import {
  alertsOfOrder,
  findAlert,
  findPlan,
  insertNote,
  insertReview,
  listAlerts,
  markAlertSent,
  notesOf,
  raiseAlert,
  reviewCandidates,
  reviewsOf,
  savePlan,
} from './store';

/** Whoever is signed in: writes are never public, so there is always an account. */
function who(ctx: Context): string {
  return ctx.account!.name;
}

function detail(ctx: Context, orderId: number) {
  const order = orderOrFail(ctx, orderId);
  const plan = findPlan(ctx.db, orderId);
  const reviews = reviewsOf(ctx.db, orderId);
  return {
    orderId,
    plan,
    nextReview: nextReviewDue(plan, reviews[0]?.reviewedOn ?? null, ctx.today),
    planDue: planDueBy(order.sentenceDate),
    reviews,
    notes: notesOf(ctx.db, orderId),
    alerts: alertsOfOrder(ctx.db, orderId),
  };
}

export const supervisionProcedures: Handlers<'supervision'> = {
  forOrder: ({ orderId }, ctx) => detail(ctx, orderId),

  savePlan: ({ orderId, agreedOn, objectives, reviewEveryWeeks }, ctx) => {
    const order = liveOrder(ctx, orderId);
    const reviews = reviewsOf(ctx.db, orderId);
    const firstReview = reviews.at(-1)?.reviewedOn;
    refuseFields(
      agreedOn > ctx.today
        ? { agreedOn: 'Date agreed cannot be in the future' }
        : agreedOn < order.sentenceDate
          ? {
              agreedOn: `Date agreed cannot be before the sentence date (${formatDate(order.sentenceDate)})`,
            }
          : firstReview && agreedOn > firstReview
            ? {
                agreedOn: `Date agreed cannot be after the first review of the plan (${formatDate(firstReview)})`,
              }
            : {},
    );
    savePlan(ctx.db, {
      orderId,
      agreedOn,
      objectives,
      reviewEveryWeeks,
      agreedBy: who(ctx),
      createdAt: ctx.now,
    });
    return detail(ctx, orderId);
  },

  addReview: ({ orderId, reviewedOn, progress }, ctx) => {
    liveOrder(ctx, orderId);
    const plan = findPlan(ctx.db, orderId);
    if (!plan) {
      throw ruleError(
        'This order has no supervision plan yet: agree the plan before reviewing it.',
      );
    }
    refuseFields(
      reviewedOn > ctx.today
        ? { reviewedOn: 'Date of review cannot be in the future' }
        : reviewedOn < plan.agreedOn
          ? {
              reviewedOn: `Date of review cannot be before the plan was agreed (${formatDate(plan.agreedOn)})`,
            }
          : {},
    );
    insertReview(ctx.db, {
      orderId,
      reviewedOn,
      progress,
      reviewedBy: who(ctx),
      createdAt: ctx.now,
    });
    return detail(ctx, orderId);
  },

  addNote: ({ orderId, author, text, alertCaseManager }, ctx) => {
    liveOrder(ctx, orderId);
    insertNote(ctx.db, {
      orderId,
      author,
      writtenBy: who(ctx),
      text,
      alertCaseManager,
      createdAt: ctx.now,
    });
    if (alertCaseManager) {
      raiseAlert(ctx.db, {
        orderId,
        source: 'NOTE',
        raisedOn: ctx.today,
        message: `From the ${labelOf(noteAuthors, author).toLowerCase()}: ${text}`,
        createdAt: ctx.now,
      });
    }
    return detail(ctx, orderId);
  },

  reviewsDue: ({ page, pageSize }, ctx) => {
    const candidates = reviewCandidates(
      ctx.db,
      latestSentenceWithPlanDue(ctx.today),
      addDays(ctx.today, reviewNoticeDays),
    );
    const rows = candidates
      .map(({ agreedOn, reviewEveryWeeks, ...order }) => {
        const plan =
          agreedOn !== null && reviewEveryWeeks !== null ? { agreedOn, reviewEveryWeeks } : null;
        const due = reviewDue({ ...order, plan }, ctx.today);
        return due && { ...order, ...due };
      })
      .filter((row) => row !== null)
      .sort(
        (a, b) =>
          a.due.localeCompare(b.due) ||
          a.personName.localeCompare(b.personName) ||
          a.orderId - b.orderId,
      );
    return { rows: rows.slice(page * pageSize, (page + 1) * pageSize), total: rows.length };
  },

  alerts: (query, ctx) => listAlerts(ctx.db, query),

  markAlertSent: ({ id }, ctx) => {
    const alert = findAlert(ctx.db, id);
    if (!alert) throw notFound('The alert');
    if (alert.sentOn) {
      throw new AppError(
        'CONFLICT',
        `This alert was already marked as sent on ${formatDate(alert.sentOn)} by ${alert.sentBy}.`,
      );
    }
    markAlertSent(ctx.db, id, ctx.today, who(ctx));
    return findAlert(ctx.db, id)!;
  },
};
