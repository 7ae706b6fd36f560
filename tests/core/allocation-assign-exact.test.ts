import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proposeAllocation } from '../../electron/core/allocation/assign';
import { allowedIgnoringCapacity, fitScore } from '../../electron/core/allocation/rules';
import { solveAssignment, type SolverRow } from '../../electron/core/allocation/solver';
import type { Candidate, PlacementOffer } from '../../electron/core/allocation/types';
import {
  allocationCase,
  firstComeFirstServed,
  referenceFlow,
  referenceOptimum,
} from '../bench/allocation';
import { caseArb, expectValid, today } from './allocation-fixtures';

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
