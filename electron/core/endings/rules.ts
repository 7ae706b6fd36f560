import { labelOf, orderStatuses, type OrderStatus } from '../../../shared/codes';
import { addDays, addMonths, formatDate, formatMinutes } from '../../../shared/dates';
import type { FieldErrors } from '../../../shared/errors';
import type { EndingKind } from '../../../shared/session-codes';

/**
 * The judgement on ending an order and on its exit interview, as pure functions of plain facts:
 * what may end, when, and what must be recorded first.
 */

/** An exit interview may be held at the last sessions, up to this many days before completion. */
export const interviewLeadDays = 14;

/** Completions without an exit interview are listed for this many months. */
export const missingWindowMonths = 12;

export interface OrderFacts {
  status: OrderStatus;
  endedOn: string | null;
  sentenceDate: string;
  /** The last day to complete the hours (12 months from sentence or the latest extension). */
  endDate: string;
  outstandingMinutes: number;
}

/** "21/11/2026", "21/11/2026 and 28/11/2026", "07/11/2026, 14/11/2026 and 21/11/2026". */
export function listDates(dates: readonly string[]): string {
  const shown = dates.map(formatDate);
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

/** Why an order that has already ended cannot be ended again; null for a live order. */
export function alreadyEnded(order: Pick<OrderFacts, 'status' | 'endedOn'>): string | null {
  if (order.status === 'LIVE') return null;
  const on = order.endedOn ? ` on ${formatDate(order.endedOn)}` : '';
  return `This order has already ended (${labelOf(orderStatuses, order.status)}${on}); it cannot be ended again.`;
}

/** The checks on the kind and date of an ending, by field. */
export function checkEnding(
  ending: { kind: EndingKind; endedOn: string },
  order: OrderFacts,
  today: string,
): FieldErrors {
  const errors: FieldErrors = {};
  if (ending.endedOn > today) errors.endedOn = 'Date ended cannot be in the future';
  else if (ending.endedOn < order.sentenceDate)
    errors.endedOn = `Date ended cannot be before the sentence date (${formatDate(order.sentenceDate)})`;
  if (ending.kind === 'COMPLETED' && order.outstandingMinutes > 0) {
    errors.kind = `The order cannot be completed: ${formatMinutes(order.outstandingMinutes)} still outstanding`;
  }
  if (ending.kind === 'EXPIRED') {
    if (order.endDate >= today) {
      errors.kind = `The order cannot expire before its end date has passed (${formatDate(order.endDate)})`;
    } else if (!errors.endedOn && ending.endedOn <= order.endDate) {
      errors.endedOn = `Date ended of an expired order must be after its end date (${formatDate(order.endDate)})`;
    }
  }
  return errors;
}

/**
 * The refusal while sessions on or before today have no outcome for this order: once it ends,
 * no register can credit it. Null when there are none.
 */
export function pendingOutcomes(sessionDates: readonly string[]): string | null {
  if (sessionDates.length === 0) return null;
  const dates = listDates(sessionDates);
  return sessionDates.length === 1
    ? `Record the outcome of the session on ${dates} first, or take the booking off: its credit would be lost once the order has ended.`
    : `Record the outcomes of the sessions on ${dates} first, or take the bookings off: their credit would be lost once the order has ended.`;
}

/** The day an open allocation ends with its order: never before the day it was made. */
export function allocationEndDate(allocatedOn: string, endedOn: string): string {
  return allocatedOn > endedOn ? allocatedOn : endedOn;
}

/** Why an order cannot have an exit interview; null for a completed order. */
export function notCompleted(order: Pick<OrderFacts, 'status'>): string | null {
  if (order.status === 'COMPLETED') return null;
  const state =
    order.status === 'LIVE'
      ? 'is still live'
      : `ended as ${labelOf(orderStatuses, order.status).toLowerCase()}`;
  return `An exit interview is recorded only for a completed order; this order ${state}.`;
}

/** The checks on the date of an exit interview of an order completed on `endedOn`. */
export function checkExitInterview(
  interview: { interviewedOn: string },
  endedOn: string,
  today: string,
): FieldErrors {
  const errors: FieldErrors = {};
  if (interview.interviewedOn > today) {
    errors.interviewedOn = 'Date of interview cannot be in the future';
  } else if (interview.interviewedOn < addDays(endedOn, -interviewLeadDays)) {
    errors.interviewedOn = `Date of interview cannot be more than ${interviewLeadDays} days before the order was completed (${formatDate(endedOn)})`;
  }
  return errors;
}

/** The earliest completion date still listed as missing an exit interview. */
export function missingSince(today: string): string {
  return addMonths(today, -missingWindowMonths);
}
