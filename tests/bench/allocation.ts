/**
 * Allocation benchmark: ranking one person against an office's placements, and proposing an
 * allocation of a whole waiting list (office and region scale), against first come first served
 * and against an independent exact method. Prints figures; asserts nothing about timing.
 */
import { proposeAllocation } from '../../electron/core/allocation/assign';
import {
  allowedIgnoringCapacity,
  fitScore,
  rankPlacements,
} from '../../electron/core/allocation/rules';
import type { Candidate, PlacementOffer } from '../../electron/core/allocation/types';
import { seededRandom, type Random } from '../../electron/core/demo/random';
import {
  riskFlags,
  skills,
  slots,
  type RiskFlag,
  type Skill,
  type Slot,
} from '../../shared/placement-codes';
import { format, median, since, table } from './measure';

const TODAY = '2026-11-26';
const allSkills = skills.map((s) => s.code);
const allFlags = riskFlags.map((f) => f.code);

function some<T>(rng: Random, items: readonly T[], p: number): T[] {
  return items.filter(() => rng.chance(p));
}

/** Weekends and evenings are when most people can work, and when most groups run. */
function slotWeights(slot: Slot): number {
  if (slot.startsWith('SAT') || slot.startsWith('SUN')) return slot.endsWith('EVENING') ? 1 : 6;
  return slot.endsWith('EVENING') ? 3 : 2;
}

function someSlots(rng: Random, count: number): Slot[] {
  const chosen = new Set<Slot>();
  while (chosen.size < count) chosen.add(rng.weighted(slots.map((s) => [s, slotWeights(s)])));
  return [...chosen];
}

/**
 * A waiting list and the placements open to it, shaped like an office's: mostly group work at
 * weekends, a few individual and employability placements, places for about half of those
 * waiting, a few people without an assessment or induction, some placements full or with a
 * health and safety assessment out of date.
 */
export function allocationCase(
  seed: number,
  people: number,
  placementCount: number,
): { candidates: Candidate[]; placements: PlacementOffer[] } {
  const rng = seededRandom(seed);
  const odds = <K extends string>(weights: Record<K, number>) =>
    rng.weighted(Object.entries(weights) as [K, number][]);
  const areas = Array.from(
    { length: Math.max(4, Math.round(placementCount / 5)) },
    (_, i) => `Area ${i + 1}`,
  );
  const placesEach = (0.6 * people) / placementCount;
  const placements: PlacementOffer[] = Array.from({ length: placementCount }, (_, i) => {
    const type = odds({ GROUP: 70, INDIVIDUAL: 15, EMPLOYABILITY: 12, INDUCTION_PPWS: 3 });
    const left = type === 'INDIVIDUAL' ? rng.int(0, 2) : rng.int(0, Math.round(2 * placesEach));
    const allocated = rng.int(0, 10);
    return {
      id: i + 1,
      name: `Placement ${String(i + 1).padStart(3, '0')}`,
      type,
      area: rng.pick(areas),
      sessions: someSlots(rng, rng.int(1, 4)),
      capacity: allocated + left,
      allocated,
      maxRiskLevel: type === 'INDIVIDUAL' ? 'LOW' : odds({ MEDIUM: 4, HIGH: 5, VERY_HIGH: 1 }),
      excludedFlags: some<RiskFlag>(
        rng,
        ['RISK_TO_CHILDREN', 'RISK_TO_VULNERABLE_ADULTS', 'SEXUAL_OFFENDING'],
        0.25,
      ),
      suits: [
        ...(rng.chance(0.4) ? (['SUITABLE_16_17'] as const) : []),
        ...(type === 'GROUP' && rng.chance(0.08) ? (['WOMEN_ONLY'] as const) : []),
        ...(rng.chance(0.35) ? (['WHEELCHAIR_ACCESS'] as const) : []),
      ],
      features: some(
        rng,
        [
          'BENEFICIARY_CONTACT',
          'SKILLS_LEARNING',
          'GUIDED_SKILLS_LEARNING',
          'EMPLOYABILITY_LINK',
          'VISIBLE_REPARATION',
        ] as const,
        0.3,
      ),
      skills: some<Skill>(rng, allSkills, 0.2),
      transportProvided: type === 'GROUP' && rng.chance(0.5),
      healthAndSafetyReviewDue: rng.chance(0.95) ? '2027-06-30' : '2026-09-30',
    };
  });
  const candidates: Candidate[] = Array.from({ length: people }, (_, i) => ({
    orderId: i + 1,
    name: `Person ${i + 1}`,
    age: rng.chance(0.05) ? rng.int(16, 17) : rng.int(18, 70),
    gender: odds({ MALE: 84, FEMALE: 15, NOT_STATED: 1 }),
    assessment: rng.chance(0.03)
      ? null
      : {
          level: odds({ LOW: 45, MEDIUM: 40, HIGH: 13, VERY_HIGH: 2 }),
          flags: some<RiskFlag>(rng, allFlags, 0.04),
          restrictions: rng.chance(0.1)
            ? [
                rng.pick([
                  'GROUP_ONLY',
                  'CLOSE_SUPERVISION',
                  'VICTIM_EXCLUSION_AREA',
                  'INDIVIDUAL_ONLY',
                ] as const),
              ]
            : [],
          exclusionArea: rng.pick(areas),
        },
    induction: rng.chance(0.03)
      ? null
      : {
          availability: someSlots(rng, rng.int(3, 10)),
          wheelchairUser: rng.chance(0.02),
          transport: odds({ OWN: 3, PUBLIC: 5, NEEDS_PICKUP: 2 }),
          homeArea: rng.pick(areas),
          skills: some<Skill>(rng, allSkills, 0.15),
          employabilityNeed: rng.chance(0.35),
          preference: odds({ NONE: 5, INDIVIDUAL: 1, MIXED_GROUP: 1, WOMEN_ONLY_GROUP: 1 }),
        },
  }));
  return { candidates, placements };
}

/** First come first served: each person in turn takes the best-fitting placement with room. */
export function firstComeFirstServed(
  candidates: readonly Candidate[],
  placements: readonly PlacementOffer[],
  today: string,
): { placed: number; totalFit: number } {
  const left = placements.map((p) => p.capacity - p.allocated);
  let placed = 0;
  let totalFit = 0;
  for (const c of candidates) {
    let best = -1;
    let bestFit = -1;
    placements.forEach((p, j) => {
      if (left[j]! > 0 && allowedIgnoringCapacity(c, p, today) && fitScore(c, p) > bestFit) {
        best = j;
        bestFit = fitScore(c, p);
      }
    });
    if (best >= 0) {
      left[best]! -= 1;
      placed += 1;
      totalFit += bestFit;
    }
  }
  return { placed, totalFit };
}

/**
 * An independent exact method: min-cost max-flow by successive shortest paths from the source,
 * Bellman–Ford (queue-based) on the whole residual graph, costs −fit with no weighting. The
 * cheapest maximum flow is the most people placed with the largest total fit.
 */
export function referenceOptimum(
  candidates: readonly Candidate[],
  placements: readonly PlacementOffer[],
  today: string,
): { placed: number; totalFit: number } {
  const rows = candidates.map((c) => {
    const cols: number[] = [];
    const fits: number[] = [];
    placements.forEach((p, j) => {
      if (c.assessment && allowedIgnoringCapacity(c, p, today)) {
        cols.push(j);
        fits.push(fitScore(c, p));
      }
    });
    return { cols, fits };
  });
  return referenceFlow(
    rows,
    placements.map((p) => Math.max(0, p.capacity - p.allocated)),
  );
}

/** The same on bare rows: allowed columns with their fits, and each column's places. */
export function referenceFlow(
  rows: readonly { cols: readonly number[]; fits: readonly number[] }[],
  capacities: readonly number[],
): { placed: number; totalFit: number } {
  const n = rows.length;
  const m = capacities.length;
  const source = n + m;
  const sink = source + 1;
  const to: number[] = [];
  const capacity: number[] = [];
  const cost: number[] = [];
  const out: number[][] = Array.from({ length: sink + 1 }, () => []);
  const edge = (a: number, b: number, c: number, w: number) => {
    out[a]!.push(to.length);
    to.push(b, a);
    capacity.push(c, 0);
    cost.push(w, -w);
    out[b]!.push(to.length - 1);
  };
  rows.forEach((r, i) => {
    edge(source, i, 1, 0);
    r.cols.forEach((j, k) => edge(i, n + j, 1, -r.fits[k]!));
  });
  capacities.forEach((c, j) => edge(n + j, sink, Math.max(0, c), 0));

  let placed = 0;
  let totalCost = 0;
  for (;;) {
    const dist = new Array<number>(sink + 1).fill(Infinity);
    const back = new Array<number>(sink + 1).fill(-1);
    const queued = new Array<boolean>(sink + 1).fill(false);
    dist[source] = 0;
    const queue = [source];
    queued[source] = true;
    for (let h = 0; h < queue.length; h++) {
      const a = queue[h]!;
      queued[a] = false;
      for (const e of out[a]!) {
        const b = to[e]!;
        if (capacity[e]! > 0 && dist[a]! + cost[e]! < dist[b]!) {
          dist[b] = dist[a]! + cost[e]!;
          back[b] = e;
          if (!queued[b]) {
            queue.push(b);
            queued[b] = true;
          }
        }
      }
    }
    if (dist[sink] === Infinity) break;
    for (let v = sink; v !== source; v = to[back[v]! ^ 1]!) {
      capacity[back[v]!]! -= 1;
      capacity[back[v]! ^ 1]! += 1;
    }
    placed += 1;
    totalCost += dist[sink]!;
  }
  return { placed, totalFit: 0 - totalCost };
}

const pair = (r: { placed: number; totalFit: number }) =>
  `${format.int(r.placed)} / ${format.int(r.totalFit)}`;

function batchRows(label: string, people: number, placementCount: number, seed: number) {
  const { candidates, placements } = allocationCase(seed, people, placementCount);
  let allowed = 0;
  for (const c of candidates) {
    for (const p of placements) if (allowedIgnoringCapacity(c, p, TODAY)) allowed += 1;
  }
  proposeAllocation(candidates.slice(0, 50), placements, TODAY); // warm-up
  const times: number[] = [];
  let proposal = proposeAllocation(candidates, placements, TODAY);
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    proposal = proposeAllocation(candidates, placements, TODAY);
    times.push(since(start));
  }
  const places = placements.reduce((s, p) => s + Math.max(0, p.capacity - p.allocated), 0);
  const greedy = firstComeFirstServed(candidates, placements, TODAY);
  const share = (fit: number) => `${((100 * fit) / proposal.totalFit).toFixed(0)} %`;
  const rows: string[][] = [
    [
      `${label}: pairs allowed, places left`,
      `${((100 * allowed) / (people * placementCount)).toFixed(0)} %, ${format.int(places)}`,
    ],
    [`${label}: proposal time (median of 3)`, format.ms(median(times))],
    [`${label}: proposal placed / total fit`, pair(proposal)],
    [`${label}: first come first served`, `${pair(greedy)} (${share(greedy.totalFit)} of the fit)`],
  ];
  // The independent check takes about 0.1 s for an office and 45 s for a region.
  if (people <= 1000 || process.env.AMENDS_BENCH_REGION_REFERENCE === '1') {
    const start = performance.now();
    const exact = referenceOptimum(candidates, placements, TODAY);
    const same = exact.placed === proposal.placed && exact.totalFit === proposal.totalFit;
    rows.push(
      [`${label}: exact by Bellman–Ford flow (${format.s(since(start))})`, pair(exact)],
      [
        `${label}: proposal's fit against the exact optimum`,
        `${format.ratio(proposal.totalFit / exact.totalFit)}${same ? ' (equal)' : ' (DIFFERENT)'}`,
      ],
    );
  } else {
    rows.push([`${label}: exact check`, 'skipped (AMENDS_BENCH_REGION_REFERENCE=1)']);
  }
  return rows;
}

export async function benchAllocation(): Promise<string[][]> {
  const { candidates, placements } = allocationCase(7, 200, 40);
  const rankings: number[] = [];
  for (let round = 0; round < 6; round++) {
    for (const c of candidates) {
      const start = performance.now();
      rankPlacements(c, placements, TODAY);
      if (round > 0) rankings.push(since(start));
    }
  }
  const rows: string[][] = [
    ['Ranking, one person × 40 placements (median of 1,000)', format.us(median(rankings))],
    ...batchRows('Office 500 × 40', 500, 40, 11),
    ...batchRows('Region 4,000 × 300', 4000, 300, 13),
  ];
  console.log(`\nAllocation\n${table(['measure', 'result'], rows)}\n`);
  return Promise.resolve(rows);
}
