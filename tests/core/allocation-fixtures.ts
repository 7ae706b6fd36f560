import fc from 'fast-check';
import { expect } from 'vitest';
import { fitOf, refusalsFor } from '../../electron/core/allocation/rules';
import type {
  AllocationProposal,
  Candidate,
  PlacementOffer,
} from '../../electron/core/allocation/types';
import type { Gender } from '../../shared/codes';
import type {
  PlacementPreference,
  PlacementSuit,
  PlacementType,
  QualityFeature,
  Restriction,
  RiskFlag,
  RiskLevel,
  Skill,
  Slot,
  TransportMode,
} from '../../shared/placement-codes';

/**
 * Builders shared by the allocation rule and proposal tests: hand-made people and placements
 * whose defaults are allowed together, and fast-check arbitraries for random cases.
 */
export const today = '2026-11-26';

export type Assessment = NonNullable<Candidate['assessment']>;
export type Induction = NonNullable<Candidate['induction']>;

export const assessment = (a: Partial<Assessment> = {}): Assessment => ({
  level: 'LOW',
  flags: [],
  restrictions: [],
  exclusionArea: null,
  ...a,
});
export const induction = (i: Partial<Induction> = {}): Induction => ({
  availability: ['SAT_MORNING', 'SUN_MORNING'],
  wheelchairUser: false,
  transport: 'PUBLIC',
  homeArea: 'Southend',
  skills: [],
  employabilityNeed: false,
  preference: 'NONE',
  ...i,
});
export const person = (c: Partial<Candidate> = {}): Candidate => ({
  orderId: 1,
  name: 'Sam Example',
  age: 30,
  gender: 'MALE',
  assessment: assessment(),
  induction: induction(),
  ...c,
});
export const placement = (p: Partial<PlacementOffer> = {}): PlacementOffer => ({
  id: 1,
  name: 'Riverside Garden',
  type: 'GROUP',
  area: 'Northvale',
  sessions: ['SAT_MORNING'],
  capacity: 8,
  allocated: 3,
  maxRiskLevel: 'MEDIUM',
  excludedFlags: [],
  suits: [],
  features: [],
  skills: [],
  transportProvided: false,
  healthAndSafetyReviewDue: '2027-03-31',
  ...p,
});

const fewSlots: Slot[] = ['SAT_MORNING', 'SUN_MORNING', 'WED_EVENING'];
const fewSkills: Skill[] = ['GARDENING', 'CATERING', 'CLEANING', 'RETAIL'];

/** Mostly the first value, now and then one of the others: refusals stay the exception. */
function mostly<T>(usual: T, ...rare: T[]): fc.Arbitrary<T> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constant(usual) },
    { weight: 1, arbitrary: fc.constantFrom(...rare) },
  );
}

/**
 * People and placements drawn from small sets, so that roughly half the pairs are allowed and
 * people compete for places; every rule still comes up.
 */
export const candidateArb: fc.Arbitrary<Candidate> = fc.record({
  orderId: fc.constant(0),
  name: fc.constant('Someone'),
  age: mostly(30, 17, 45),
  gender: mostly<Gender>('MALE', 'FEMALE', 'NOT_STATED'),
  assessment: fc.option(
    fc.record({
      level: fc.constantFrom<RiskLevel>('LOW', 'LOW', 'MEDIUM', 'HIGH'),
      flags: mostly<RiskFlag[]>([], ['RISK_TO_CHILDREN'], ['VIOLENCE']),
      restrictions: mostly<Restriction[]>(
        [],
        ['GROUP_ONLY'],
        ['INDIVIDUAL_ONLY'],
        ['CLOSE_SUPERVISION'],
        ['VICTIM_EXCLUSION_AREA'],
      ),
      exclusionArea: fc.constantFrom(null, 'North', ' south '),
    }),
    { freq: 12 },
  ),
  induction: fc.option(
    fc.record({
      availability: fc.subarray(fewSlots, { minLength: 1 }),
      wheelchairUser: mostly(false, true),
      transport: fc.constantFrom<TransportMode>('OWN', 'PUBLIC', 'NEEDS_PICKUP'),
      homeArea: fc.constantFrom(null, 'North', 'South'),
      skills: fc.subarray(fewSkills),
      employabilityNeed: fc.boolean(),
      preference: fc.constantFrom<PlacementPreference>(
        'NONE',
        'INDIVIDUAL',
        'MIXED_GROUP',
        'WOMEN_ONLY_GROUP',
      ),
    }),
    { freq: 12 },
  ),
});

export const placementArb: fc.Arbitrary<PlacementOffer> = fc
  .record({
    type: mostly<PlacementType>('GROUP', 'INDIVIDUAL', 'EMPLOYABILITY', 'INDUCTION_PPWS'),
    area: fc.constantFrom('North', 'South'),
    sessions: fc.subarray(fewSlots, { minLength: 1 }),
    allocated: fc.integer({ min: 0, max: 4 }),
    left: fc.integer({ min: -1, max: 3 }),
    maxRiskLevel: fc.constantFrom<RiskLevel>('LOW', 'MEDIUM', 'HIGH', 'HIGH'),
    excludedFlags: mostly<RiskFlag[]>([], ['RISK_TO_CHILDREN']),
    suits: mostly<PlacementSuit[]>(
      ['SUITABLE_16_17', 'WHEELCHAIR_ACCESS'],
      [],
      ['WOMEN_ONLY'],
      ['SUITABLE_16_17'],
    ),
    features: fc.subarray<QualityFeature>([
      'BENEFICIARY_CONTACT',
      'SKILLS_LEARNING',
      'EMPLOYABILITY_LINK',
      'VISIBLE_REPARATION',
    ]),
    skills: fc.subarray(fewSkills),
    transportProvided: fc.boolean(),
    healthAndSafetyReviewDue: mostly('2027-06-01', '2026-11-25', today),
  })
  .map(({ left, allocated, ...p }) => ({
    ...p,
    id: 0,
    name: 'Somewhere',
    allocated,
    capacity: Math.max(0, allocated + left),
  }));

/** Numbers the people and placements, as a database would. */
export function caseArb(people: number, placements: number) {
  return fc
    .tuple(
      fc.array(candidateArb, { maxLength: people }),
      fc.array(placementArb, { minLength: 1, maxLength: placements }),
    )
    .map(([cs, ps]) => ({
      candidates: cs.map((c, i) => ({ ...c, orderId: 101 + i, name: `Person ${i + 1}` })),
      placements: ps.map((p, i) => ({ ...p, id: 11 + i, name: `Placement ${i + 1}` })),
    }));
}

/** Every hard rule, the capacities and the totals of a proposal. */
export function expectValid(
  proposal: AllocationProposal,
  candidates: Candidate[],
  placements: PlacementOffer[],
) {
  const byOrder = new Map(candidates.map((c) => [c.orderId, c]));
  const byId = new Map(placements.map((p) => [p.id, p]));
  const taken = new Map<number, number>();
  for (const a of proposal.assignments) {
    const c = byOrder.get(a.orderId)!;
    const p = byId.get(a.placementId)!;
    expect(c.assessment).not.toBeNull();
    expect(refusalsFor(c, p, today).filter((r) => r.code !== 'FULL')).toEqual([]);
    expect(a.score).toBe(fitOf(c, p).score);
    taken.set(p.id, (taken.get(p.id) ?? 0) + 1);
  }
  for (const [id, n] of taken)
    expect(n).toBeLessThanOrEqual(byId.get(id)!.capacity - byId.get(id)!.allocated);
  const everyone = [...proposal.assignments, ...proposal.unassigned].map((x) => x.orderId);
  expect(everyone.sort((a, b) => a - b)).toEqual(candidates.map((c) => c.orderId));
  expect(proposal.placed).toBe(proposal.assignments.length);
  expect(proposal.totalFit).toBe(proposal.assignments.reduce((s, a) => s + a.score, 0));
}
