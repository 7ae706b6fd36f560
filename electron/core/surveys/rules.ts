import { dueSoonDays, type SurveyState } from '../../../shared/contract/surveys';
import { addMonths, daysBetween, formatDate } from '../../../shared/dates';
import type { FieldErrors } from '../../../shared/errors';
import { answers, type Answer } from '../../../shared/session-codes';
import { todayIn } from '../clock';

/**
 * The survey schedule. A placement's beneficiary is surveyed every `intervalMonths` (policy,
 * default 6). The next survey is due that many months after the last one; a placement never
 * surveyed is first due that many months after it was added to Amends. It is NOT moved to today
 * when that date has passed: a placement added two years ago and never surveyed is overdue by
 * eighteen months, and the list says so rather than hiding the gap.
 *
 * On the due date itself the survey is DUE, not yet OVERDUE; it is DUE from `dueSoonDays` (30)
 * days before; OVERDUE from the day after; NOT_DUE before that window.
 */
export function nextSurveyDue(
  placement: { addedOn: string; lastSurveyedOn: string | null },
  intervalMonths: number,
): string {
  return addMonths(placement.lastSurveyedOn ?? placement.addedOn, intervalMonths);
}

export function surveyStanding(
  nextDue: string,
  today: string,
): { state: SurveyState; daysOverdue: number } {
  const days = daysBetween(nextDue, today);
  if (days > 0) return { state: 'OVERDUE', daysOverdue: days };
  return { state: -days <= dueSoonDays ? 'DUE' : 'NOT_DUE', daysOverdue: 0 };
}

/** The day (England and Wales) a row written at this instant was written: 23:30 UTC in summer is the next day. */
export function dayOf(timestamp: string): string {
  return todayIn({ now: () => new Date(timestamp) });
}

/** A placement's place in the schedule on a day. */
export function scheduleOf<P extends { addedOn: string; lastSurveyedOn: string | null }>(
  placement: P,
  intervalMonths: number,
  today: string,
) {
  const nextDue = nextSurveyDue(placement, intervalMonths);
  return { ...placement, nextDue, ...surveyStanding(nextDue, today) };
}

/** The field refusals of a survey's date against the placement and today; empty when it may be recorded. */
export function checkSurveyDate(surveyedOn: string, addedOn: string, today: string): FieldErrors {
  if (surveyedOn > today) return { surveyedOn: 'Date of survey cannot be in the future' };
  if (surveyedOn < addedOn) {
    return {
      surveyedOn: `Date of survey cannot be before the placement was added (${formatDate(addedOn)})`,
    };
  }
  return {};
}

const average = (values: number[]) =>
  values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10 : null;

/** How many, the average of each satisfaction (one decimal) and every answer to "would take again". */
export function summariseSurveys(
  rows: { qualityRating: number; communicationRating: number; wouldTakeAgain: Answer }[],
) {
  return {
    count: rows.length,
    averageQuality: average(rows.map((r) => r.qualityRating)),
    averageCommunication: average(rows.map((r) => r.communicationRating)),
    wouldTakeAgain: answers.map(({ code }) => ({
      answer: code,
      count: rows.filter((r) => r.wouldTakeAgain === code).length,
    })),
  };
}

/** Overdue first (the longest overdue at the top), then by the date due, then by name. */
export function scheduleOrder(
  a: { nextDue: string; placementName: string },
  b: { nextDue: string; placementName: string },
): number {
  return a.nextDue.localeCompare(b.nextDue) || a.placementName.localeCompare(b.placementName);
}
