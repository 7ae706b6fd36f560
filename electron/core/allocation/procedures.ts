import { AppError, fieldError, notFound, refuseFields, ruleError } from '../../../shared/errors';
import type { Context, Handlers } from '../context';
import { liveOrder } from '../orders/guard';
import { policyOn } from '../policy/store';
import { ordersThatAttended } from '../sessions/store';
import { proposeAllocation } from './assign';
import { checkBatch } from './batch';
import { candidatesFor, placementOffers } from './candidates';
import { fitOf, rankPlacements } from './rules';
import {
  currentAllocation,
  endAllocation,
  insertAllocation,
  orderForAllocation,
  unallocatedOrders,
} from './store';
import { waitingStatus } from './waiting';

/** The order as a candidate, with every placement ranked or refused and its current allocation. */
function optionsFor(ctx: Context, orderId: number) {
  const order = orderForAllocation(ctx.db, orderId);
  if (!order) throw notFound('The order');
  const current = currentAllocation(ctx.db, orderId);
  const { candidates, assessments } = candidatesFor(ctx.db, [order], ctx.today);
  const candidate = candidates[0]!;
  const ranking = rankPlacements(
    candidate,
    placementOffers(ctx.db, current?.placementId),
    ctx.today,
  );
  return { candidate, ranking, current, assessment: assessments.get(orderId) ?? null };
}

export const allocationProcedures: Handlers<'allocation'> = {
  options: ({ orderId }, ctx) => {
    const { ranking, current } = optionsFor(ctx, orderId);
    return {
      current,
      allowed: ranking.allowed.map(({ placement: p, fit }, i) => ({
        placementId: p.id,
        name: p.name,
        type: p.type,
        area: p.area,
        rank: i + 1,
        score: fit.score,
        reasons: fit.reasons,
        placesLeft: p.capacity - p.allocated,
      })),
      refused: ranking.refused.map(({ placement: p, refusals }) => ({
        placementId: p.id,
        name: p.name,
        type: p.type,
        area: p.area,
        reasons: refusals.map((r) => r.message),
      })),
    };
  },
  allocate: ({ orderId, placementId, reason }, ctx) => {
    liveOrder(ctx, orderId);
    const { candidate, ranking, current, assessment } = optionsFor(ctx, orderId);
    if (!assessment) throw ruleError('No risk of harm assessment: allocation is not allowed.');
    const refused = ranking.refused.find((r) => r.placement.id === placementId);
    if (refused) {
      const why = refused.refusals.map((r) => r.message).join('; ');
      throw ruleError(`${refused.placement.name} cannot take ${candidate.name}: ${why}.`);
    }
    const index = ranking.allowed.findIndex((a) => a.placement.id === placementId);
    if (index < 0)
      throw fieldError('placementId', 'Placement must be one of the active placements');
    if (current?.placementId === placementId) {
      throw new AppError('CONFLICT', `${candidate.name} is already allocated to this placement.`);
    }
    if (index > 0 && !reason) {
      throw fieldError(
        'reason',
        `Reason is required when choosing a placement other than the best fit (this one is ranked ${index + 1} of ${ranking.allowed.length})`,
      );
    }
    if (current) endAllocation(ctx.db, current.id, ctx.today);
    insertAllocation(ctx.db, {
      orderId,
      placementId,
      riskAssessmentId: assessment.id,
      allocatedOn: ctx.today,
      fitScore: ranking.allowed[index]!.fit.score,
      rank: index + 1,
      reason,
      method: 'SINGLE',
      createdAt: ctx.now,
    });
    return currentAllocation(ctx.db, orderId)!;
  },
  propose: (_input, ctx) => {
    const waiting = unallocatedOrders(ctx.db);
    // Ready: assessed, inducted and through the PPWS, as the waiting list's last stage.
    const attended = ordersThatAttended(
      ctx.db,
      waiting.map((w) => w.orderId),
      'INDUCTION_PPWS',
    );
    const ready = candidatesFor(ctx.db, waiting, ctx.today).candidates.filter(
      (c) => c.assessment && c.induction && attended.has(c.orderId),
    );
    const placements = placementOffers(ctx.db);
    const proposal = proposeAllocation(ready, placements, ctx.today);
    const orderOf = new Map(waiting.map((w) => [w.orderId, w]));
    const placementOf = new Map(placements.map((p) => [p.id, p]));
    const candidateOf = new Map(ready.map((c) => [c.orderId, c]));
    return {
      waiting: ready.length,
      placed: proposal.placed,
      totalFit: proposal.totalFit,
      assignments: proposal.assignments.map((a) => ({
        orderId: a.orderId,
        personName: orderOf.get(a.orderId)!.personName,
        caseReference: orderOf.get(a.orderId)!.caseReference,
        placementId: a.placementId,
        placementName: placementOf.get(a.placementId)!.name,
        score: a.score,
        reasons: fitOf(candidateOf.get(a.orderId)!, placementOf.get(a.placementId)!).reasons,
      })),
      unassigned: proposal.unassigned.map((u) => ({
        orderId: u.orderId,
        personName: orderOf.get(u.orderId)!.personName,
        reason: u.reason,
      })),
    };
  },
  accept: ({ assignments }, ctx) => {
    const { errors, plan } = checkBatch(ctx, assignments);
    refuseFields(errors);
    return { allocated: plan() };
  },
  waitingList: (_input, ctx) => {
    const waiting = unallocatedOrders(ctx.db);
    const { assessments, inductions } = candidatesFor(ctx.db, waiting, ctx.today);
    const attended = ordersThatAttended(
      ctx.db,
      waiting.map((w) => w.orderId),
      'INDUCTION_PPWS',
    );
    return waiting
      .map((w) => {
        const inductedOn = inductions.get(w.orderId)?.inductedOn ?? null;
        const status = waitingStatus(
          {
            sentenceDate: w.sentenceDate,
            assessed: assessments.has(w.orderId),
            inductedOn,
            attendedPpws: attended.has(w.orderId),
          },
          ctx.today,
          policyOn(ctx.db, ctx.today).values,
        );
        return {
          orderId: w.orderId,
          personId: w.personId,
          personName: w.personName,
          caseReference: w.caseReference,
          sentenceDate: w.sentenceDate,
          riskLevel: assessments.get(w.orderId)?.level ?? null,
          inductedOn,
          ...status,
        };
      })
      .sort(
        (a, b) =>
          b.workingDaysOverdue - a.workingDaysOverdue ||
          a.sentenceDate.localeCompare(b.sentenceDate),
      );
  },
};
