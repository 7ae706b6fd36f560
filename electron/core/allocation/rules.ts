import { genders, labelOf } from '../../../shared/codes';
import { formatDate } from '../../../shared/dates';
import {
  dayParts,
  days,
  placementTypes,
  riskFlags,
  riskLevels,
  riskRank,
  restrictions,
  slots,
  type Restriction,
  type Slot,
} from '../../../shared/placement-codes';
import { fitOf, sameArea } from './fit';
import type { Candidate, PlacementOffer, Ranking, Refusal, RefusalCode } from './types';

export { fitOf, fitScore, maxFit } from './fit';

/**
 * Allocation rules for one person against one placement: the hard rules that refuse a pair (the
 * fit that ranks the pairs left is in fit.ts). Pure functions; the batch proposal (assign.ts)
 * uses the same rules, so a screen and a proposal can never disagree.
 */

interface Rule {
  code: RefusalCode;
  /** Whether the rule refuses the pair: cheap, as the batch asks it for every pair. */
  applies(c: Candidate, p: PlacementOffer, today: string): boolean;
  /** The reason in words, asked only when the rule applies. */
  message(c: Candidate, p: PlacementOffer, today: string): string;
}

export const noAssessmentMessage =
  'Has not had a risk of harm assessment: nobody is allocated without one';
export const noInductionMessage = 'No induction: availability and needs are not known';

function anyShared<T>(a: readonly T[], b: readonly T[]): boolean {
  for (const x of a) if (b.includes(x)) return true;
  return false;
}

/** "Saturday morning", worked out once per cell of the grid. */
const slotLabels = new Map(
  days.flatMap((d) =>
    dayParts.map((part) => [`${d.code}_${part.code}`, `${d.label} ${part.label.toLowerCase()}`]),
  ),
);

export function slotLabel(slot: Slot): string {
  return slotLabels.get(slot) ?? slot;
}

/** The placement's session times in grid order (Monday morning first), each once. */
const gridOrder = (list: readonly Slot[]) => slots.filter((s) => list.includes(s));

const has = (c: Candidate, r: Restriction) => c.assessment?.restrictions.includes(r) ?? false;
const level = (c: Candidate) => labelOf(riskLevels, c.assessment?.level);
const excluded = (c: Candidate, p: PlacementOffer) =>
  [...new Set(c.assessment?.flags ?? [])].filter((f) => p.excludedFlags.includes(f));
const restriction = (r: Restriction, what: string) =>
  `Restriction: ${labelOf(restrictions, r)}${what}`;

/**
 * In the order a manager reads them: the assessment first, because without one nothing else
 * matters. NOT_WITH_FEMALE/MALE_SUPERVISOR are not here: a placement has no supervisor of its
 * own; they are checked when a session is staffed.
 */
const rules: readonly Rule[] = [
  {
    code: 'NO_ASSESSMENT',
    applies: (c) => c.assessment === null,
    message: () => noAssessmentMessage,
  },
  {
    code: 'NO_INDUCTION',
    applies: (c) => c.induction === null,
    message: () => noInductionMessage,
  },
  {
    code: 'NOT_FOR_ALLOCATION',
    applies: (_c, p) => p.type === 'INDUCTION_PPWS',
    message: (_c, p) => `${labelOf(placementTypes, p.type)}: booked as a session, not allocated`,
  },
  {
    code: 'RISK_LEVEL',
    applies: (c, p) =>
      c.assessment !== null && riskRank(c.assessment.level) > riskRank(p.maxRiskLevel),
    message: (c, p) =>
      `Risk level ${level(c)} is above this placement's limit of ${labelOf(riskLevels, p.maxRiskLevel)}`,
  },
  {
    code: 'INDIVIDUAL_NEEDS_LOW_RISK',
    applies: (c, p) =>
      c.assessment !== null && p.type === 'INDIVIDUAL' && c.assessment.level !== 'LOW',
    message: (c) =>
      `Individual placements take only people at low risk of harm (this person: ${level(c)})`,
  },
  {
    code: 'RISK_FLAG',
    applies: (c, p) => c.assessment !== null && anyShared(c.assessment.flags, p.excludedFlags),
    message: (c, p) =>
      `Placement cannot take people flagged: ${excluded(c, p)
        .map((f) => labelOf(riskFlags, f))
        .join(', ')}`,
  },
  {
    code: 'RESTRICTION',
    applies: (c, p) => p.type === 'INDIVIDUAL' && has(c, 'GROUP_ONLY'),
    message: () => restriction('GROUP_ONLY', ', and this is an individual placement'),
  },
  {
    code: 'RESTRICTION',
    applies: (c, p) =>
      (p.type === 'GROUP' || p.type === 'EMPLOYABILITY') && has(c, 'INDIVIDUAL_ONLY'),
    message: (_c, p) =>
      restriction(
        'INDIVIDUAL_ONLY',
        `, and this is ${p.type === 'GROUP' ? 'a group' : 'an employability'} placement`,
      ),
  },
  {
    // The beneficiary, not UPW staff, supervises an individual placement.
    code: 'RESTRICTION',
    applies: (c, p) => p.type === 'INDIVIDUAL' && has(c, 'CLOSE_SUPERVISION'),
    message: () =>
      restriction(
        'CLOSE_SUPERVISION',
        ', and an individual placement is supervised by the beneficiary',
      ),
  },
  {
    code: 'RESTRICTION',
    applies: (c, p) =>
      has(c, 'VICTIM_EXCLUSION_AREA') && sameArea(c.assessment?.exclusionArea ?? null, p.area),
    message: (_c, p) =>
      restriction('VICTIM_EXCLUSION_AREA', ` covers ${p.area.trim()}, where this placement is`),
  },
  {
    code: 'UNDER_18',
    applies: (c, p) => c.age < 18 && !p.suits.includes('SUITABLE_16_17'),
    message: (c) =>
      `Under 18 (aged ${c.age}) and the placement is not suitable for 16–17 year olds`,
  },
  {
    code: 'WOMEN_ONLY',
    applies: (c, p) => c.gender !== 'FEMALE' && p.suits.includes('WOMEN_ONLY'),
    message: (c) => `Women-only group (gender recorded: ${labelOf(genders, c.gender)})`,
  },
  {
    code: 'NO_WHEELCHAIR_ACCESS',
    applies: (c, p) =>
      c.induction !== null && c.induction.wheelchairUser && !p.suits.includes('WHEELCHAIR_ACCESS'),
    message: () => 'No wheelchair access, and this person uses a wheelchair',
  },
  {
    code: 'NO_SHARED_AVAILABILITY',
    applies: (c, p) => c.induction !== null && !anyShared(c.induction.availability, p.sessions),
    message: (_c, p) =>
      p.sessions.length
        ? `No shared availability: the placement runs ${gridOrder(p.sessions).map(slotLabel).join(', ')}`
        : 'No shared availability: the placement has no sessions set',
  },
  {
    // ISO dates compare as text; due today is still in date.
    code: 'HEALTH_AND_SAFETY_OUT_OF_DATE',
    applies: (_c, p, today) => p.healthAndSafetyReviewDue < today,
    message: (_c, p) =>
      `Health and safety risk assessment was due for review on ${formatDate(p.healthAndSafetyReviewDue)}`,
  },
  {
    code: 'FULL',
    applies: (_c, p) => p.allocated >= p.capacity,
    message: (_c, p) => `Full: ${p.allocated} of ${p.capacity} places taken`,
  },
];

/** Every reason the placement refuses the person (not only the first); empty when allowed. */
export function refusalsFor(
  candidate: Candidate,
  placement: PlacementOffer,
  today: string,
): Refusal[] {
  const out: Refusal[] = [];
  for (const rule of rules) {
    if (rule.applies(candidate, placement, today)) {
      out.push({ code: rule.code, message: rule.message(candidate, placement, today) });
    }
  }
  return out;
}

const batchRules = rules.filter((r) => r.code !== 'FULL');

/**
 * Allowed except perhaps for being full: the batch proposal works with the places left, so FULL
 * is decided there. Stops at the first refusal and words nothing.
 */
export function allowedIgnoringCapacity(
  candidate: Candidate,
  placement: PlacementOffer,
  today: string,
): boolean {
  for (const rule of batchRules) if (rule.applies(candidate, placement, today)) return false;
  return true;
}

/** One collator for every sort: localeCompare with a locale builds a new one on each call. */
const byName = new Intl.Collator('en-GB');

/** Every placement, allowed (best fit first, then by name) or refused with all its reasons. */
export function rankPlacements(
  candidate: Candidate,
  placements: readonly PlacementOffer[],
  today: string,
): Ranking {
  const allowed: Ranking['allowed'] = [];
  const refused: Ranking['refused'] = [];
  for (const placement of placements) {
    const refusals = refusalsFor(candidate, placement, today);
    if (refusals.length) refused.push({ placement, refusals });
    else allowed.push({ placement, fit: fitOf(candidate, placement) });
  }
  allowed.sort(
    (a, b) =>
      b.fit.score - a.fit.score ||
      byName.compare(a.placement.name, b.placement.name) ||
      a.placement.id - b.placement.id,
  );
  return { allowed, refused };
}
