import { labelOf } from '../../../shared/codes';
import { qualityFeatures, skills } from '../../../shared/placement-codes';
import type { Candidate, Fit, PlacementOffer } from './types';

/**
 * How well an allowed placement meets a person's needs (the Placement Quality Matrix side of
 * allocation): skills and employability against the placement's features, preference, travel.
 */

type Induction = NonNullable<Candidate['induction']>;

/** Case and surrounding spaces ignored; a blank area matches nothing. */
export function sameArea(a: string | null, b: string): boolean {
  if (a === null) return false;
  const x = a.trim();
  const y = b.trim();
  return x !== '' && (x === y || x.toLowerCase() === y.toLowerCase());
}

/** Items of `a` also in `b`, each counted once. Loops, not closures: the batch calls it a lot. */
export function countShared<T>(a: readonly T[], b: readonly T[]): number {
  let n = 0;
  for (let k = 0; k < a.length; k++) {
    if (b.includes(a[k]!) && a.indexOf(a[k]!) === k) n += 1;
  }
  return n;
}

interface FitPart {
  points(i: Induction, p: PlacementOffer): number;
  reason(i: Induction, p: PlacementOffer): string;
}

const strongEmployability = (p: PlacementOffer) =>
  p.type === 'EMPLOYABILITY' ||
  p.features.includes('EMPLOYABILITY_LINK') ||
  p.features.includes('GUIDED_SKILLS_LEARNING');

const skillPoints = (i: Induction, p: PlacementOffer) =>
  Math.min(30, 10 * countShared(i.skills, p.skills));

function employabilityPoints(i: Induction, p: PlacementOffer): number {
  if (!i.employabilityNeed) return 0;
  if (strongEmployability(p)) return 25;
  return p.features.includes('SKILLS_LEARNING') ? 10 : 0;
}

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

const contactPoints = (_i: Induction, p: PlacementOffer) =>
  p.features.includes('BENEFICIARY_CONTACT') ? 5 : 0;

const timesPoints = (i: Induction, p: PlacementOffer) =>
  Math.min(10, 2 * countShared(i.availability, p.sessions));

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
    points: skillPoints,
    reason: (i, p) =>
      `Skills: ${i.skills
        .filter((s, k) => p.skills.includes(s) && i.skills.indexOf(s) === k)
        .map((s) => labelOf(skills, s))
        .join(', ')}`,
  },
  {
    points: employabilityPoints,
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
  { points: contactPoints, reason: () => labelOf(qualityFeatures, 'BENEFICIARY_CONTACT') },
  {
    points: timesPoints,
    reason: (i, p) =>
      `Available for ${countShared(i.availability, p.sessions)} of its session times`,
  },
];

/** The highest score fitOf can give. */
export const maxFit = 105;

/**
 * The fit score alone, without the words: what the batch proposal needs for every allowed pair.
 * The same parts as fitParts, called directly so that the engine can inline them; the tests
 * check the two agree.
 */
export function fitScore(candidate: Candidate, placement: PlacementOffer): number {
  const i = candidate.induction;
  if (!i) return 0;
  const p = placement;
  return (
    skillPoints(i, p) +
    employabilityPoints(i, p) +
    preferencePoints(i, p) +
    travelPoints(i, p) +
    contactPoints(i, p) +
    timesPoints(i, p)
  );
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
