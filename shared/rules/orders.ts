import { addMonths, ageOn } from '../dates';
import type { FieldErrors } from '../errors';

/**
 * Order rules both sides need: the form checks them before sending, the backend again on save.
 * They live in shared/ (not electron/core) so that the two can never disagree.
 */

/** The completion period: 12 months from sentence unless a court extends it. */
export const completionMonths = 12;

export interface HourLimits {
  min: number;
  max: number;
}

/** 40–300 hours for adults, 40–240 for 16 and 17 year olds; nobody under 16. */
export function hourLimitsFor(ageAtSentence: number): HourLimits | null {
  if (ageAtSentence < 16) return null;
  if (ageAtSentence < 18) return { min: 40, max: 240 };
  return { min: 40, max: 300 };
}

/** The last day to complete the hours: the latest extension, or 12 months from sentence. */
export function endDateFor(
  sentenceDate: string,
  extensions: readonly { newEndDate: string }[] = [],
): string {
  const base = addMonths(sentenceDate, completionMonths);
  return extensions.reduce((end, e) => (e.newEndDate > end ? e.newEndDate : end), base);
}

export interface OrderFacts {
  sentenceDate: string;
  hours: number;
  requirementType: string;
}

/** The checks on a new order that need today's date and the person's date of birth. */
export function checkOrder(
  order: OrderFacts,
  context: { today: string; dateOfBirth: string },
): FieldErrors {
  const errors: FieldErrors = {};
  if (order.sentenceDate > context.today) {
    errors.sentenceDate = 'Sentence date cannot be in the future';
    return errors;
  }
  if (order.sentenceDate <= context.dateOfBirth) {
    errors.sentenceDate = 'Sentence date must be after the date of birth';
    return errors;
  }
  const age = ageOn(context.dateOfBirth, order.sentenceDate);
  const limits = hourLimitsFor(age);
  if (!limits) {
    errors.sentenceDate = `Unpaid work can only be ordered for people aged 16 or over at sentence (this person was ${age})`;
    return errors;
  }
  if (order.hours < limits.min || order.hours > limits.max) {
    errors.hours =
      age < 18
        ? `Hours must be from ${limits.min} to ${limits.max} for a person aged ${age} at sentence`
        : `Hours must be from ${limits.min} to ${limits.max}`;
  }
  if (order.requirementType === 'YOUTH_REHABILITATION_ORDER' && age >= 18) {
    errors.requirementType =
      'A youth rehabilitation order is only for people aged under 18 at sentence';
  }
  return errors;
}

/** The checks on an extension of the completion period granted by a court. */
export function checkExtension(
  extension: { grantedOn: string; newEndDate: string },
  context: { today: string; sentenceDate: string; currentEndDate: string },
): FieldErrors {
  const errors: FieldErrors = {};
  if (extension.grantedOn > context.today)
    errors.grantedOn = 'Date granted cannot be in the future';
  else if (extension.grantedOn < context.sentenceDate)
    errors.grantedOn = 'Date granted cannot be before the sentence date';
  if (extension.newEndDate <= context.sentenceDate) {
    errors.newEndDate = 'New end date must be after the sentence date';
  } else if (extension.newEndDate <= context.currentEndDate) {
    errors.newEndDate = 'New end date must be after the current end date';
  }
  return errors;
}
