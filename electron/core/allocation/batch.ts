import type { FieldErrors } from '../../../shared/errors';
import type { Context } from '../context';
import { candidatesFor, placementOffers } from './candidates';
import { allowedIgnoringCapacity, fitScore, noAssessmentMessage } from './rules';
import { insertAllocation, unallocatedOrders } from './store';
import type { Candidate, PlacementOffer } from './types';

type Pair = { orderId: number; placementId: number };

/** Rank of a placement for a person: 1 + the allowed placements that fit better. */
function rankOf(
  candidate: Candidate,
  placement: PlacementOffer,
  offers: PlacementOffer[],
  today: string,
) {
  const score = fitScore(candidate, placement);
  return (
    1 +
    offers.filter(
      (p) => allowedIgnoringCapacity(candidate, p, today) && fitScore(candidate, p) > score,
    ).length
  );
}

/**
 * Checks every pair of an accepted proposal against the rules and the places left, counting
 * the pairs before it; the whole batch is refused if any pair is wrong, naming the row.
 */
export function checkBatch(
  ctx: Context,
  pairs: Pair[],
): { errors: FieldErrors; plan: () => number } {
  const waiting = new Map(unallocatedOrders(ctx.db).map((w) => [w.orderId, w]));
  const { candidates, assessments } = candidatesFor(
    ctx.db,
    [...waiting.values()].filter((w) => pairs.some((p) => p.orderId === w.orderId)),
    ctx.today,
  );
  const byOrder = new Map(candidates.map((c) => [c.orderId, c]));
  const offers = placementOffers(ctx.db);
  const byId = new Map(offers.map((p) => [p.id, p]));
  const taken = new Map<number, number>();
  const seen = new Set<number>();
  const errors: FieldErrors = {};
  pairs.forEach((pair, i) => {
    const candidate = byOrder.get(pair.orderId);
    const placement = byId.get(pair.placementId);
    const label = `Row ${i + 1}${candidate ? ` (${candidate.name})` : ''}`;
    let problem: string | null = null;
    if (!candidate || seen.has(pair.orderId))
      problem = 'not waiting for a placement, or chosen twice';
    else if (!candidate.assessment) problem = noAssessmentMessage;
    else if (!placement) problem = 'the placement is not one of the active placements';
    else if (!allowedIgnoringCapacity(candidate, placement, ctx.today))
      problem = `${placement.name} cannot take this person`;
    else if (placement.allocated + (taken.get(placement.id) ?? 0) >= placement.capacity)
      problem = `${placement.name} has no places left`;
    if (problem) errors[`assignments.${i}`] = `${label}: ${problem}`;
    seen.add(pair.orderId);
    taken.set(pair.placementId, (taken.get(pair.placementId) ?? 0) + 1);
  });
  const plan = () => {
    for (const pair of pairs) {
      const candidate = byOrder.get(pair.orderId)!;
      const placement = byId.get(pair.placementId)!;
      const rank = rankOf(candidate, placement, offers, ctx.today);
      insertAllocation(ctx.db, {
        orderId: pair.orderId,
        placementId: pair.placementId,
        riskAssessmentId: assessments.get(pair.orderId)!.id,
        allocatedOn: ctx.today,
        fitScore: fitScore(candidate, placement),
        rank,
        reason:
          rank > 1
            ? 'Batch allocation: the best fit for everyone waiting, under the places available'
            : null,
        method: 'BATCH',
        createdAt: ctx.now,
      });
    }
    return pairs.length;
  };
  return { errors, plan };
}
