import { formatDate } from '../../../shared/dates';
import { AppError, notFound, refuseFields, ruleError } from '../../../shared/errors';
import type { Context, Handlers } from '../context';
import { policyOn } from '../policy/store';
import { checkSurveyDate, dayOf, scheduleOf, scheduleOrder, summariseSurveys } from './rules';
import {
  findSurvey,
  hasSurveyOn,
  insertSurvey,
  listSurveys,
  placementForSurvey,
  surveyedPlacement,
  surveyedPlacements,
  surveysOfPlacement,
} from './store';

type ScheduleFacts = NonNullable<ReturnType<typeof surveyedPlacement>>;

/** The interval in force today: a change of policy moves every due date from the day it applies. */
function intervalMonths(ctx: Context) {
  return policyOn(ctx.db, ctx.today).values.surveyIntervalMonths;
}

function schedule(ctx: Context, { createdAt, ...facts }: ScheduleFacts, months: number) {
  return scheduleOf({ ...facts, addedOn: dayOf(createdAt) }, months, ctx.today);
}

function placementOrFail(ctx: Context, placementId: number) {
  const placement = placementForSurvey(ctx.db, placementId);
  if (!placement) throw notFound('The placement');
  return placement;
}

export const surveyProcedures: Handlers<'surveys'> = {
  due: (_input, ctx) => {
    const months = intervalMonths(ctx);
    const rows = surveyedPlacements(ctx.db)
      .map((p) => schedule(ctx, p, months))
      .sort(scheduleOrder);
    return {
      intervalMonths: months,
      overdue: rows.filter((r) => r.state === 'OVERDUE').length,
      dueSoon: rows.filter((r) => r.state === 'DUE').length,
      rows,
    };
  },

  record: (input, ctx) => {
    const placement = placementOrFail(ctx, input.placementId);
    if (placement.type === 'INDUCTION_PPWS') {
      throw ruleError(
        `${placement.name} is for induction and PPWS sessions: there is no beneficiary to survey.`,
      );
    }
    if (!placement.active) {
      throw ruleError(
        `${placement.name} is no longer in use: surveys are recorded for placements in use.`,
      );
    }
    refuseFields(checkSurveyDate(input.surveyedOn, dayOf(placement.createdAt), ctx.today));
    if (hasSurveyOn(ctx.db, placement.id, input.surveyedOn)) {
      const message = `A survey of ${placement.name} on ${formatDate(input.surveyedOn)} is already recorded`;
      throw new AppError('CONFLICT', message, { surveyedOn: message });
    }
    const id = insertSurvey(ctx.db, {
      ...input,
      recordedBy: ctx.account!.name,
      createdAt: ctx.now,
    });
    return findSurvey(ctx.db, id)!;
  },

  list: ({ from, to, placementId }, ctx) => {
    refuseFields(to < from ? { to: 'To must not be before From' } : {});
    if (placementId !== undefined) placementOrFail(ctx, placementId);
    const rows = listSurveys(ctx.db, from, to, placementId);
    return { rows, summary: summariseSurveys(rows) };
  },

  forPlacement: ({ placementId }, ctx) => {
    const placement = placementOrFail(ctx, placementId);
    const facts = surveyedPlacement(ctx.db, placementId);
    return {
      placementId,
      placementName: placement.name,
      surveys: surveysOfPlacement(ctx.db, placementId),
      schedule: facts ? schedule(ctx, facts, intervalMonths(ctx)) : null,
    };
  },
};
