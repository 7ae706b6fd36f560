import { notFound, refuseFields } from '../../../shared/errors';
import type { Context, Handlers } from '../context';
import { findPlacement, insertPlacement, listPlacements, updatePlacement } from './store';

/** A placement as the screens see it: with whether its health and safety assessment is in date. */
function present(ctx: Context, placement: NonNullable<ReturnType<typeof findPlacement>>) {
  return { ...placement, healthAndSafetyInDate: placement.healthAndSafetyReviewDue >= ctx.today };
}

function placementOrFail(ctx: Context, id: number) {
  const placement = findPlacement(ctx.db, id);
  if (!placement) throw notFound('The placement');
  return present(ctx, placement);
}

export const placementProcedures: Handlers<'placements'> = {
  list: (_input, ctx) => listPlacements(ctx.db).map((p) => present(ctx, p)),
  get: ({ id }, ctx) => placementOrFail(ctx, id),
  save: ({ id, ...values }, ctx) => {
    refuseFields(
      values.healthAndSafetyAssessedOn > ctx.today
        ? { healthAndSafetyAssessedOn: 'Health and safety assessment date cannot be in the future' }
        : {},
    );
    if (id === undefined) return placementOrFail(ctx, insertPlacement(ctx.db, values, ctx.now));
    if (updatePlacement(ctx.db, id, values) === 0) throw notFound('The placement');
    return placementOrFail(ctx, id);
  },
  reviewHealthAndSafety: ({ id, assessedOn, reviewDue, notes }, ctx) => {
    placementOrFail(ctx, id);
    refuseFields(
      assessedOn > ctx.today ? { assessedOn: 'Date of review cannot be in the future' } : {},
    );
    updatePlacement(ctx.db, id, {
      healthAndSafetyAssessedOn: assessedOn,
      healthAndSafetyReviewDue: reviewDue,
      healthAndSafetyNotes: notes,
    });
    return placementOrFail(ctx, id);
  },
};
