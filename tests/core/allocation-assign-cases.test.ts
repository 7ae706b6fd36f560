import { describe, expect, it } from 'vitest';
import { proposeAllocation } from '../../electron/core/allocation/assign';
import type {
  AllocationProposal,
  Candidate,
  PlacementOffer,
} from '../../electron/core/allocation/types';
import type { Skill, Slot } from '../../shared/placement-codes';
import { today } from './allocation-fixtures';

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
