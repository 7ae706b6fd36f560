import { genders, labelOf } from '../../../shared/codes';
import { formatDate } from '../../../shared/dates';
import {
  dayParts,
  days,
  placementTypes,
  qualityFeatures,
  riskFlags,
  riskLevels,
  riskRank,
  restrictions,
  skills,
  slots,
  type Restriction,
  type Slot,
} from '../../../shared/placement-codes';
import type { Candidate, Fit, PlacementOffer, Ranking, Refusal, RefusalCode } from './types';

/**
 * Allocation rules for one person against one placement: the hard rules that refuse a pair, and
 * the fit that ranks the pairs left. Pure functions; the batch proposal (assign.ts) uses the same
 * rules, so a screen and a proposal can never disagree.
 */

type Induction = NonNullable<Candidate['induction']>;

interface Rule {
  code: RefusalCode;
  /** Whether the rule refuses the pair: cheap, as the batch asks it for every pair. */
  applies(c: Candidate, p: PlacementOffer, today: string): boolean;
  /** The reason in words, asked only when the rule applies. */
  message(c: Candidate, p: PlacementOffer, today: string): string;
}

export const noAssessmentMessage =
  'Has not had a risk of harm assessment: nobody is allocated without one';

const sameArea = (a: string | null, b: string) =>
  a !== null && a.trim() !== '' && a.trim().toLowerCase() === b.trim().toLowerCase();

/** "Saturday morning". */
export function slotLabel(slot: Slot): string {
  const [day, part] = slot.split('_');
  return `${labelOf(days, day)} ${labelOf(dayParts, part).toLowerCase()}`;
}

const gridOrder = (list: readonly Slot[]) =>
  [...new Set(list)].sort((a, b) => slots.indexOf(a) - slots.indexOf(b));

function sharedSlots(i: Induction, p: PlacementOffer): number {
  let n = 0;
  i.availability.forEach((s, k) => {
    if (p.sessions.includes(s) && i.availability.indexOf(s) === k) n += 1;
  });
  return n;
}

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
    message: () => 'No induction: availability and needs are not known',
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
    applies: (c, p) => c.assessment?.flags.some((f) => p.excludedFlags.includes(f)) ?? false,
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
    applies: (c, p) =>
      c.induction !== null && !c.induction.availability.some((s) => p.sessions.includes(s)),
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

interface FitPart {
  points(i: Induction, p: PlacementOffer): number;
  reason(i: Induction, p: PlacementOffer): string;
}

const sharedSkills = (i: Induction, p: PlacementOffer) =>
  i.skills.filter((s, k) => p.skills.includes(s) && i.skills.indexOf(s) === k);
const strongEmployability = (p: PlacementOffer) =>
  p.type === 'EMPLOYABILITY' ||
  p.features.includes('EMPLOYABILITY_LINK') ||
  p.features.includes('GUIDED_SKILLS_LEARNING');

function preferencePoints(i: Induction, p: PlacementOffer): number {
  if (i.preference === 'INDIVIDUAL' && p.type === 'INDIVIDUAL') return 15;
  if (i.preference === 'MIXED_GROUP' && p.type === 'GROUP' && !p.suits.includes('WOMEN_ONLY'))
    return 15;
  if (i.preference === 'WOMEN_ONLY_GROUP' && p.suits.includes('WOMEN_ONLY')) return 20;
  return 0;
}

function travelPoints(i: Induction, p: PlacementOffer): number {
  if (sameArea(i.homeArea, p.area)) return 15;
  if (i.transport === 'OWN') return 8;
  if (i.transport === 'NEEDS_PICKUP' && p.transportProvided) return 10;
  return 0;
}

/**
 * Weights, most to least: an employability need met by a route to work (25) is what the order is
 * most likely to change; skills (10 each, at most 30) keep someone engaged; a stated preference
 * (15, women-only 20 because it is usually asked for a reason) and travel (15 same area, 10 when
 * transport is laid on for someone who needs it, 8 own transport) decide whether they turn up;
 * beneficiary contact (5) is a quality feature; each shared session time (2, at most 10) makes
 * the hours easier to offer. Maximum 105.
 */
const fitParts: readonly FitPart[] = [
  {
    points: (i, p) => Math.min(30, 10 * sharedSkills(i, p).length),
    reason: (i, p) =>
      `Skills: ${sharedSkills(i, p)
        .map((s) => labelOf(skills, s))
        .join(', ')}`,
  },
  {
    points: (i, p) =>
      !i.employabilityNeed
        ? 0
        : strongEmployability(p)
          ? 25
          : p.features.includes('SKILLS_LEARNING')
            ? 10
            : 0,
    reason: (_i, p) => {
      const met = strongEmployability(p)
        ? [
            ...(p.type === 'EMPLOYABILITY' ? ['employability placement'] : []),
            ...(['EMPLOYABILITY_LINK', 'GUIDED_SKILLS_LEARNING'] as const)
              .filter((f) => p.features.includes(f))
              .map((f) => labelOf(qualityFeatures, f)),
          ]
        : [labelOf(qualityFeatures, 'SKILLS_LEARNING')];
      return `Employability need: ${met.join(', ')}`;
    },
  },
  {
    points: preferencePoints,
    reason: (i) =>
      i.preference === 'INDIVIDUAL'
        ? 'Prefers an individual placement'
        : i.preference === 'MIXED_GROUP'
          ? 'Prefers a mixed group'
          : 'Prefers a women-only group',
  },
  {
    points: travelPoints,
    reason: (i, p) =>
      sameArea(i.homeArea, p.area)
        ? `Same area (${p.area.trim()})`
        : i.transport === 'OWN'
          ? 'Own transport'
          : 'Transport provided',
  },
  {
    points: (_i, p) => (p.features.includes('BENEFICIARY_CONTACT') ? 5 : 0),
    reason: () => labelOf(qualityFeatures, 'BENEFICIARY_CONTACT'),
  },
  {
    points: (i, p) => Math.min(10, 2 * sharedSlots(i, p)),
    reason: (i, p) => `Available for ${sharedSlots(i, p)} of its session times`,
  },
];

/** The highest score fitOf can give; the batch proposal sizes its weights from it. */
export const maxFit = 105;

/** The fit score alone, without the words: what the batch proposal needs, many times over. */
export function fitScore(candidate: Candidate, placement: PlacementOffer): number {
  const i = candidate.induction;
  if (!i) return 0;
  let score = 0;
  for (const part of fitParts) score += part.points(i, placement);
  return score;
}

/**
 * How well a placement meets the person's needs; deterministic, whole numbers, never negative.
 * With no induction the needs are unknown, so nothing fits (and the pair is refused anyway).
 */
export function fitOf(candidate: Candidate, placement: PlacementOffer): Fit {
  const i = candidate.induction;
  if (!i) return { score: 0, reasons: [] };
  let score = 0;
  const reasons: string[] = [];
  for (const part of fitParts) {
    const points = part.points(i, placement);
    if (points > 0) {
      score += points;
      reasons.push(part.reason(i, placement));
    }
  }
  return { score, reasons };
}

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
      a.placement.name.localeCompare(b.placement.name, 'en-GB') ||
      a.placement.id - b.placement.id,
  );
  return { allowed, refused };
}
