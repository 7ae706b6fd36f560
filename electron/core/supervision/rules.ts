import { addDays } from '../../../shared/dates';
import { addWorkingDays } from '../../../shared/working-days';

/** A supervision plan is agreed within this many working days of sentence. */
export const planWithinWorkingDays = 10;
/** A review shows on the list of reviews due this many days before its date. */
export const reviewNoticeDays = 7;

export interface PlanFacts {
  agreedOn: string;
  reviewEveryWeeks: number;
}

/** The date by which an order's supervision plan should be agreed. */
export function planDueBy(sentenceDate: string): string {
  return addWorkingDays(sentenceDate, planWithinWorkingDays);
}

/**
 * The next review: the weeks between reviews after the latest review, or after the plan when
 * there has been none. Overdue once the date has passed (due today is not yet overdue).
 */
export function nextReviewDue(
  plan: PlanFacts | null,
  lastReviewedOn: string | null,
  today: string,
): { due: string; overdue: boolean } | null {
  if (!plan) return null;
  const from = lastReviewedOn && lastReviewedOn > plan.agreedOn ? lastReviewedOn : plan.agreedOn;
  const due = addDays(from, plan.reviewEveryWeeks * 7);
  return { due, overdue: due < today };
}

export interface ReviewDue {
  kind: 'NO_PLAN' | 'REVIEW';
  due: string;
  overdue: boolean;
}

/**
 * Whether a live order belongs on the list of reviews due: no plan by its due date, or a review
 * due within the notice days or overdue. Null when it need not be on the list.
 */
export function reviewDue(
  order: { sentenceDate: string; plan: PlanFacts | null; lastReviewedOn: string | null },
  today: string,
): ReviewDue | null {
  if (!order.plan) {
    const due = planDueBy(order.sentenceDate);
    return due <= today ? { kind: 'NO_PLAN', due, overdue: due < today } : null;
  }
  const next = nextReviewDue(order.plan, order.lastReviewedOn, today)!;
  return next.due <= addDays(today, reviewNoticeDays) ? { kind: 'REVIEW', ...next } : null;
}

/**
 * The latest sentence date whose plan is due by today, so the database can pick the orders
 * without a plan that are late. Ten working days never take fewer than 12 calendar days, and
 * later sentence dates never give earlier due dates, so the search starts there and walks back.
 */
export function latestSentenceWithPlanDue(today: string): string {
  let date = addDays(today, -12);
  while (planDueBy(date) > today) date = addDays(date, -1);
  return date;
}
