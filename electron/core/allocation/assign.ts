import {
  allowedIgnoringCapacity,
  fitScore,
  noAssessmentMessage,
  noInductionMessage,
  refusalsFor,
} from './rules';
import { solveAssignment, type SolverRow } from './solver';
import type { AllocationProposal, Candidate, PlacementOffer } from './types';

/**
 * A proposed allocation of everyone waiting: the most people placed, then the largest total fit,
 * found exactly (see solver.ts), never first come first served. A pair is considered only when
 * refusalsFor has nothing against it but FULL; fullness is decided here, from the places left
 * (capacity − allocated), shared out among the people in the batch.
 *
 * Deterministic: the same input gives the same proposal. People are taken in the order given, and
 * a person already placed is moved only when that places someone more or raises the total fit;
 * so when two people would do equally well in the last place, the one earlier in the list has it.
 */
export function proposeAllocation(
  candidates: readonly Candidate[],
  placements: readonly PlacementOffer[],
  today: string,
): AllocationProposal {
  const open: number[] = [];
  const capacities: number[] = [];
  const full: PlacementOffer[] = [];
  placements.forEach((p, i) => {
    const left = p.capacity - p.allocated;
    if (left > 0) {
      open.push(i);
      capacities.push(left);
    } else full.push(p);
  });

  const rows: SolverRow[] = candidates.map((c) => {
    const cols: number[] = [];
    const fits: number[] = [];
    // Without an assessment nothing is even looked at: the rule that must never bend.
    if (!c.assessment) return { cols, fits };
    open.forEach((pi, col) => {
      const p = placements[pi]!;
      if (allowedIgnoringCapacity(c, p, today)) {
        cols.push(col);
        fits.push(fitScore(c, p));
      }
    });
    return { cols, fits };
  });

  const chosen = solveAssignment(rows, capacities);
  const assignments: AllocationProposal['assignments'] = [];
  const unassigned: AllocationProposal['unassigned'] = [];
  let totalFit = 0;
  candidates.forEach((c, r) => {
    const col = chosen[r]!;
    const row = rows[r]!;
    if (col < 0) {
      const allowed = row.cols.length > 0 || full.some((p) => allowedIgnoringCapacity(c, p, today));
      unassigned.push({ orderId: c.orderId, reason: whyNotPlaced(c, allowed, placements, today) });
      return;
    }
    const score = row.fits[row.cols.indexOf(col)]!;
    assignments.push({ orderId: c.orderId, placementId: placements[open[col]!]!.id, score });
    totalFit += score;
  });
  return { assignments, unassigned, totalFit, placed: assignments.length };
}

/**
 * Why someone was left out. When a placement allows them, every such placement must be full:
 * a place left over would have been given to them, as placing one more person comes first.
 * Otherwise what is missing about the person, or the nearest placement (fewest refusals, then
 * the first listed) says what stands in the way.
 */
function whyNotPlaced(
  candidate: Candidate,
  allowedSomewhere: boolean,
  placements: readonly PlacementOffer[],
  today: string,
): string {
  const prefix = 'No placement allows this person: ';
  if (!candidate.assessment) return prefix + noAssessmentMessage;
  if (allowedSomewhere) return 'Every placement that allows this person is full';
  if (!candidate.induction) return prefix + noInductionMessage;
  let nearest: { name: string; messages: string[] } | null = null;
  for (const p of placements) {
    const messages = refusalsFor(candidate, p, today)
      .filter((r) => r.code !== 'FULL')
      .map((r) => r.message);
    if (!nearest || messages.length < nearest.messages.length) {
      nearest = { name: p.name, messages };
    }
  }
  if (!nearest) return `${prefix}there are no placements to allocate to`;
  return `${prefix}${nearest.messages.join('; ')} (nearest: ${nearest.name})`;
}
