import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proposeAllocation } from '../../electron/core/allocation/assign';
import {
  allowedIgnoringCapacity,
  fitOf,
  fitScore,
  refusalsFor,
} from '../../electron/core/allocation/rules';
import { candidateArb, caseArb, expectValid, placementArb, today } from './allocation-fixtures';

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
