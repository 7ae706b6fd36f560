import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proposeAllocation } from '../../electron/core/allocation/assign';
import {
  allowedIgnoringCapacity,
  fitOf,
  fitScore,
  refusalsFor,
} from '../../electron/core/allocation/rules';
import { solveAssignment, type SolverRow } from '../../electron/core/allocation/solver';
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
import {
  allocationCase,
  firstComeFirstServed,
  referenceFlow,
  referenceOptimum,
} from '../bench/allocation';

const today = '2026-11-26';
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
const candidateArb: fc.Arbitrary<Candidate> = fc.record({
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

const placementArb: fc.Arbitrary<PlacementOffer> = fc
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
function caseArb(people: number, placements: number) {
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

/** The best (placed, total fit) by trying every assignment that respects the rules. */
function bruteForce(candidates: Candidate[], placements: PlacementOffer[]) {
  const left = placements.map((p) => Math.max(0, p.capacity - p.allocated));
  const options = candidates.map((c) =>
    placements.flatMap((p, j) =>
      allowedIgnoringCapacity(c, p, today) ? [{ j, fit: fitScore(c, p) }] : [],
    ),
  );
  let best = { placed: 0, totalFit: 0 };
  const walk = (i: number, placed: number, fit: number) => {
    if (i === candidates.length) {
      if (placed > best.placed || (placed === best.placed && fit > best.totalFit)) {
        best = { placed, totalFit: fit };
      }
      return;
    }
    walk(i + 1, placed, fit);
    for (const { j, fit: f } of options[i]!) {
      if (left[j]! > 0) {
        left[j]! -= 1;
        walk(i + 1, placed + 1, fit + f);
        left[j]! += 1;
      }
    }
  };
  walk(0, 0, 0);
  return best;
}

/** Every hard rule, the capacities and the totals of a proposal. */
function expectValid(
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

describe('proposeAllocation, exactness', () => {
  it('equals the optimum found by trying every assignment (up to 7 people × 4 placements)', () => {
    let contested = 0;
    fc.assert(
      fc.property(caseArb(7, 4), ({ candidates, placements }) => {
        const proposal = proposeAllocation(candidates, placements, today);
        expectValid(proposal, candidates, placements);
        const best = bruteForce(candidates, placements);
        expect({ placed: proposal.placed, totalFit: proposal.totalFit }).toEqual(best);
        const greedy = firstComeFirstServed(candidates, placements, today);
        if (greedy.placed !== best.placed || greedy.totalFit !== best.totalFit) contested += 1;
      }),
      { numRuns: 400 },
    );
    // The cases must be hard enough: first come first served misses the optimum in about 15 %
    // of them (60 of 400); fewer than 25 would mean the generator has gone soft.
    expect(contested).toBeGreaterThan(25);
  });

  it('solver: equals brute force on arbitrary fits, many of them tied', () => {
    const rowsArb = fc.array(
      fc.uniqueArray(fc.record({ col: fc.nat(3), fit: fc.oneof(fc.nat(3), fc.nat(105)) }), {
        selector: (x) => x.col,
        maxLength: 4,
      }),
      { maxLength: 7 },
    );
    fc.assert(
      fc.property(rowsArb, fc.array(fc.nat(3), { minLength: 4, maxLength: 4 }), (raw, caps) => {
        const rows: SolverRow[] = raw.map((r) => ({
          cols: r.map((x) => x.col),
          fits: r.map((x) => x.fit),
        }));
        const chosen = solveAssignment(rows, caps);
        const load = [0, 0, 0, 0];
        let placed = 0;
        let fit = 0;
        chosen.forEach((j, i) => {
          if (j < 0) return;
          const k = rows[i]!.cols.indexOf(j);
          expect(k).toBeGreaterThanOrEqual(0);
          load[j]! += 1;
          placed += 1;
          fit += rows[i]!.fits[k]!;
        });
        load.forEach((l, j) => expect(l).toBeLessThanOrEqual(caps[j]!));
        let best = [0, 0];
        const left = [...caps];
        const walk = (i: number, p: number, f: number) => {
          if (i === rows.length) {
            if (p > best[0]! || (p === best[0] && f > best[1]!)) best = [p, f];
            return;
          }
          walk(i + 1, p, f);
          rows[i]!.cols.forEach((j, k) => {
            if (left[j]! > 0) {
              left[j]! -= 1;
              walk(i + 1, p + 1, f + rows[i]!.fits[k]!);
              left[j]! += 1;
            }
          });
        };
        walk(0, 0, 0);
        expect([placed, fit]).toEqual(best);
      }),
      { numRuns: 500 },
    );
  });

  it('solver: equals an independent min-cost flow on random 40 × 8 cases', () => {
    const caseArb = fc
      .record({
        caps: fc.array(fc.nat(5), { minLength: 8, maxLength: 8 }),
        rows: fc.array(
          fc.array(fc.oneof(fc.constant(-1), fc.nat(3), fc.nat(105)), {
            minLength: 8,
            maxLength: 8,
          }),
          { maxLength: 40 },
        ),
      })
      .map(({ caps, rows }) => ({
        caps,
        rows: rows.map((fits) => ({
          cols: fits.flatMap((f, j) => (f < 0 ? [] : [j])),
          fits: fits.filter((f) => f >= 0),
        })),
      }));
    fc.assert(
      fc.property(caseArb, ({ caps, rows }) => {
        const chosen = solveAssignment(rows, caps);
        let placed = 0;
        let totalFit = 0;
        chosen.forEach((j, i) => {
          if (j >= 0) {
            placed += 1;
            totalFit += rows[i]!.fits[rows[i]!.cols.indexOf(j)]!;
          }
        });
        expect({ placed, totalFit }).toEqual(referenceFlow(rows, caps));
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    [80, 10, 12],
    [500, 40, 3],
  ])(
    'equals an independent min-cost flow (Bellman–Ford) on office-like cases of %i × %i',
    (people, placementCount, seeds) => {
      for (let seed = 1; seed <= seeds; seed++) {
        const { candidates, placements } = allocationCase(seed, people, placementCount);
        const proposal = proposeAllocation(candidates, placements, today);
        expectValid(proposal, candidates, placements);
        expect({ placed: proposal.placed, totalFit: proposal.totalFit }).toEqual(
          referenceOptimum(candidates, placements, today),
        );
      }
    },
  );
});

describe('proposeAllocation, properties on larger cases (60 × 12)', () => {
  it('breaks no hard rule, respects capacities, places each person at most once', () => {
    fc.assert(
      fc.property(caseArb(60, 12), ({ candidates, placements }) => {
        expectValid(proposeAllocation(candidates, placements, today), candidates, placements);
      }),
      { numRuns: 100 },
    );
  });

  it('is deterministic, and its optimum does not depend on the order of the list', () => {
    fc.assert(
      fc.property(
        caseArb(60, 12).chain((c) =>
          fc.shuffledSubarray(c.candidates, { minLength: c.candidates.length }).map((shuffled) => ({
            ...c,
            shuffled,
          })),
        ),
        ({ candidates, placements, shuffled }) => {
          const once = proposeAllocation(candidates, placements, today);
          expect(proposeAllocation(candidates, placements, today)).toEqual(once);
          const other = proposeAllocation(shuffled, placements, today);
          expect([other.placed, other.totalFit]).toEqual([once.placed, once.totalFit]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('agrees with refusalsFor and fitOf pair by pair', () => {
    fc.assert(
      fc.property(candidateArb, placementArb, (c, p) => {
        const refusals = refusalsFor(c, p, today).filter((r) => r.code !== 'FULL');
        expect(allowedIgnoringCapacity(c, p, today)).toBe(refusals.length === 0);
        expect(fitScore(c, p)).toBe(fitOf(c, p).score);
        expect(fitOf(c, p).score).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('proposeAllocation, cases where first come first served does worse', () => {
  const person = (orderId: number, i: Partial<NonNullable<Candidate['induction']>> = {}) =>
    ({
      orderId,
      name: `Person ${orderId}`,
      age: 30,
      gender: 'MALE',
      assessment: { level: 'LOW', flags: [], restrictions: [], exclusionArea: null },
      induction: {
        availability: ['SAT_MORNING'],
        wheelchairUser: false,
        transport: 'PUBLIC',
        homeArea: null,
        skills: [],
        employabilityNeed: false,
        preference: 'NONE',
        ...i,
      },
    }) satisfies Candidate;
  const place = (id: number, p: Partial<PlacementOffer> = {}): PlacementOffer => ({
    id,
    name: `Placement ${id}`,
    type: 'GROUP',
    area: 'Northvale',
    sessions: ['SAT_MORNING'],
    capacity: 1,
    allocated: 0,
    maxRiskLevel: 'HIGH',
    excludedFlags: [],
    suits: [],
    features: [],
    skills: [],
    transportProvided: false,
    healthAndSafetyReviewDue: '2027-06-30',
    ...p,
  });
  const pairs = (p: AllocationProposal) => p.assignments.map((a) => [a.orderId, a.placementId]);
  const gardening: Skill[] = ['GARDENING', 'CATERING', 'CLEANING'];

  it('moves the first person so that the second, who fits only one placement, is placed too', () => {
    // Person 1 could go to either; first come first served would give them 1 and leave 2 out.
    const candidates = [
      person(1, { skills: gardening }),
      person(2, { availability: ['SUN_MORNING'] }),
    ];
    const placements = [
      place(1, { skills: gardening, sessions: ['SAT_MORNING', 'SUN_MORNING'] }),
      place(2),
    ];
    const proposal = proposeAllocation(candidates, placements, today);
    expect(pairs(proposal)).toEqual([
      [1, 2],
      [2, 1],
    ]);
    expect(proposal).toMatchObject({ placed: 2, totalFit: 2 + 2, unassigned: [] });
  });

  it('swaps two people when that raises the total fit', () => {
    // Both fit placement 1 best (32); only person 1 has an employability need placement 2 meets.
    const candidates = [
      person(1, { skills: gardening, employabilityNeed: true }),
      person(2, { skills: gardening }),
    ];
    const placements = [
      place(1, { skills: gardening }),
      place(2, { features: ['EMPLOYABILITY_LINK'] }),
    ];
    const proposal = proposeAllocation(candidates, placements, today);
    expect(pairs(proposal)).toEqual([
      [1, 2],
      [2, 1],
    ]);
    expect(proposal.totalFit).toBe(27 + 32); // first come first served: 32 + 2
  });

  it('places one more person rather than keep a better fit', () => {
    const candidates = [person(1, { skills: gardening }), person(2)];
    const placements = [place(1, { skills: gardening }), place(2, { sessions: ['SUN_MORNING'] })];
    // Person 1 fits placement 1 (32); person 2 can go only there too (2): one of them waits.
    expect(proposeAllocation(candidates, placements, today)).toMatchObject({
      assignments: [{ orderId: 1, placementId: 1, score: 32 }],
      unassigned: [{ orderId: 2, reason: 'Every placement that allows this person is full' }],
    });
    // With a Sunday for person 1 at placement 2, both are placed, though the total fit is lower.
    const sunday = [
      person(1, { skills: gardening, availability: ['SAT_MORNING', 'SUN_MORNING'] }),
      person(2),
    ];
    expect(pairs(proposeAllocation(sunday, placements, today))).toEqual([
      [1, 2],
      [2, 1],
    ]);
  });

  it('follows a chain of moves through three placements', () => {
    const both: Slot[] = ['SAT_MORNING', 'SUN_MORNING'];
    const candidates = [
      person(1, { availability: both, skills: ['GARDENING'] }),
      person(2, { availability: ['SUN_MORNING', 'WED_EVENING'], skills: ['CATERING'] }),
      person(3, { availability: ['SAT_MORNING'] }),
    ];
    const placements = [
      place(1, { skills: ['GARDENING'], sessions: both }),
      place(2, { skills: ['CATERING'], sessions: ['SUN_MORNING'] }),
      place(3, { sessions: ['WED_EVENING'] }),
    ];
    // First come first served: 1 → 1, 2 → 2, 3 waits. Optimum: 3 → 1, 1 → 2, 2 → 3.
    expect(pairs(proposeAllocation(candidates, placements, today))).toEqual([
      [1, 2],
      [2, 3],
      [3, 1],
    ]);
  });

  it('gives a contested place to the person earlier in the list when nothing else differs', () => {
    const proposal = proposeAllocation([person(7), person(3)], [place(1)], today);
    expect(pairs(proposal)).toEqual([[7, 1]]);
    expect(pairs(proposeAllocation([person(3), person(7)], [place(1)], today))).toEqual([[3, 1]]);
  });

  it('does not move someone already placed for a chain that gains nothing', () => {
    const candidates = [
      person(1, { skills: ['GARDENING'], availability: ['SAT_MORNING', 'SUN_MORNING'] }),
      person(2, { skills: ['GARDENING'], availability: ['SAT_MORNING', 'WED_EVENING'] }),
    ];
    const placements = [
      place(1, { skills: ['GARDENING'], sessions: ['SAT_MORNING'] }),
      place(2, { skills: ['GARDENING'], sessions: ['SUN_MORNING'] }),
      place(3, { skills: ['GARDENING'], sessions: ['WED_EVENING'] }),
    ];
    // Person 2 → 3 and person 2 → 1 with person 1 → 2 both total 24: person 1 stays put.
    expect(pairs(proposeAllocation(candidates, placements, today))).toEqual([
      [1, 1],
      [2, 3],
    ]);
  });

  it('counts only the places left, and says why people are not placed', () => {
    const noAssessment = { ...person(4), assessment: null };
    const tooRisky = {
      ...person(5),
      assessment: { level: 'VERY_HIGH' as const, flags: [], restrictions: [], exclusionArea: null },
    };
    const sundaysOnly = person(6, { availability: ['SUN_MORNING'] });
    const noInduction = { ...person(7), induction: null };
    const placements = [
      place(1, { capacity: 3, allocated: 2 }),
      place(2, { capacity: 2, allocated: 2, sessions: ['SAT_MORNING', 'SUN_MORNING'] }),
      place(3, { capacity: 4, allocated: 0, healthAndSafetyReviewDue: '2026-11-01' }),
    ];
    const proposal = proposeAllocation(
      [person(1), person(2), noAssessment, tooRisky, sundaysOnly, noInduction],
      placements,
      today,
    );
    expect(pairs(proposal)).toEqual([[1, 1]]);
    const noPlacement = 'No placement allows this person: ';
    expect(proposal.unassigned).toEqual([
      { orderId: 2, reason: 'Every placement that allows this person is full' },
      {
        orderId: 4,
        reason: `${noPlacement}Has not had a risk of harm assessment: nobody is allocated without one`,
      },
      {
        orderId: 5,
        reason: `${noPlacement}Risk level Very high is above this placement's limit of High (nearest: Placement 1)`,
      },
      // Only placement 2 allows them, and it was full before the proposal.
      { orderId: 6, reason: 'Every placement that allows this person is full' },
      { orderId: 7, reason: `${noPlacement}No induction: availability and needs are not known` },
    ]);
  });

  it('handles nobody waiting and no placements', () => {
    expect(proposeAllocation([], [place(1)], today)).toEqual({
      assignments: [],
      unassigned: [],
      totalFit: 0,
      placed: 0,
    });
    expect(proposeAllocation([person(1)], [], today).unassigned).toEqual([
      {
        orderId: 1,
        reason: 'No placement allows this person: there are no placements to allocate to',
      },
    ]);
  });
});
