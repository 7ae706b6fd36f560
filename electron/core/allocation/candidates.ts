import { ageOn } from '../../../shared/dates';
import type { Gender } from '../../../shared/codes';
import type { Db } from '../db/open';
import type { inductions } from '../induction/schema';
import type { riskAssessments } from '../risk/schema';
import { listPlacements } from '../placements/store';
import { latestAssessments, latestInductions } from './store';
import type { Candidate, PlacementOffer } from './types';

type AssessmentRow = typeof riskAssessments.$inferSelect;
type InductionRow = typeof inductions.$inferSelect;

/** A waiting order as allocation sees it: today's age, its current assessment and needs profile. */
export function toCandidate(
  order: { orderId: number; personName: string; dateOfBirth: string; gender: Gender },
  assessment: AssessmentRow | undefined,
  induction: InductionRow | undefined,
  today: string,
): Candidate {
  return {
    orderId: order.orderId,
    name: order.personName,
    age: ageOn(order.dateOfBirth, today),
    gender: order.gender,
    assessment: assessment
      ? {
          level: assessment.level,
          flags: assessment.flags,
          restrictions: assessment.restrictions,
          exclusionArea: assessment.exclusionArea,
        }
      : null,
    induction: induction
      ? {
          availability: induction.availability,
          wheelchairUser: induction.wheelchairUser,
          transport: induction.transport,
          homeArea: induction.homeArea,
          skills: induction.skills,
          employabilityNeed: induction.employabilityNeed,
          preference: induction.preference,
        }
      : null,
  };
}

export function candidatesFor(
  db: Db,
  orders: { orderId: number; personName: string; dateOfBirth: string; gender: Gender }[],
  today: string,
) {
  const ids = orders.map((o) => o.orderId);
  const assessments = latestAssessments(db, ids);
  const inductionsByOrder = latestInductions(db, ids);
  return {
    candidates: orders.map((o) =>
      toCandidate(o, assessments.get(o.orderId), inductionsByOrder.get(o.orderId), today),
    ),
    assessments,
    inductions: inductionsByOrder,
  };
}

type PlacementRow = ReturnType<typeof listPlacements>[number];

/** A placement as the allocation rules see it; its places are its capacity per session × sessions a week. */
export function toOffer(p: PlacementRow, excludeOrderAt?: number): PlacementOffer {
  return {
    id: p.id,
    name: p.name,
    type: p.type,
    area: p.area,
    sessions: p.sessions,
    capacity: p.places,
    // Someone moving within a placement does not take a second place in it.
    allocated: p.allocated - (p.id === excludeOrderAt ? 1 : 0),
    maxRiskLevel: p.maxRiskLevel,
    excludedFlags: p.excludedFlags,
    suits: p.suits,
    features: p.features,
    skills: p.skills,
    transportProvided: p.transportProvided,
    healthAndSafetyReviewDue: p.healthAndSafetyReviewDue,
  };
}

/** The active placements people can be allocated to (not the induction and PPWS ones). */
export function placementOffers(db: Db, excludeOrderAt?: number): PlacementOffer[] {
  return listPlacements(db)
    .filter((p) => p.active && p.type !== 'INDUCTION_PPWS')
    .map((p) => toOffer(p, excludeOrderAt));
}
