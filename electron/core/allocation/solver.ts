/**
 * Exact capacitated assignment: each row (a person) goes to at most one of its allowed columns
 * (placements), no column takes more rows than its capacity, and the result has first the most
 * rows placed, then the largest total fit.
 *
 * Method: min-cost flow by successive shortest paths, one row at a time (the Hungarian /
 * Jonker–Volgenant scheme with capacitated columns). A "not placed" column of unlimited capacity
 * and cost 0 makes every row assignable; placing a row on column j costs −(big + fit), with big
 * greater than any total fit, so one more person placed always outweighs any gain in fit.
 *
 * Invariant (the optimality conditions of the transportation LP): every column has a price ≥ 0,
 * a column with a positive price is full, and each assigned row sits on a column minimising
 * cost + price over its allowed columns and "not placed" (price 0). Adding a row, Dijkstra over
 * columns with reduced costs (all ≥ 0 by the invariant) finds the cheapest chain of moves
 * "new row → column → a row already there moves on → column …" ending at a column with room;
 * since such columns have price 0, the first one popped is the cheapest end. Raising the price of
 * every column settled before it by (D − dist) and shifting the chain keeps the invariant, so
 * after the last row the assignment is optimal. All numbers are whole and below 2^53, so every
 * comparison is exact and ties are decided the same way each time: fewer moves first, then the
 * earlier column; a row already placed is not moved for a chain that gains nothing.
 */

export interface SolverRow {
  /** Allowed columns, each at most once. */
  cols: readonly number[];
  /** Fit of each allowed column, whole numbers ≥ 0, in the same order. */
  fits: readonly number[];
}

/** Column index per row, or −1 when the row is not placed. */
export function solveAssignment(
  rows: readonly SolverRow[],
  capacities: readonly number[],
): Int32Array {
  const n = rows.length;
  const m = capacities.length;
  const none = m; // the "not placed" column
  let top = 0;
  for (const row of rows) for (const f of row.fits) top = Math.max(top, f);
  const big = n * top + 1;
  if ((big + top) * (n + 1) * 4 > Number.MAX_SAFE_INTEGER) {
    throw new RangeError('Too many people or too large a fit for exact arithmetic');
  }
  const cost = rows.map((r) => Float64Array.from(r.fits, (f) => -(big + f)));
  const cols = rows.map((r) => Int32Array.from(r.cols));
  const cap = Int32Array.from(capacities, (c) => Math.max(0, c));

  const price = new Float64Array(m + 1);
  const members: number[][] = Array.from({ length: m }, () => []);
  const position = new Int32Array(n); // index of the row in members[its column]
  const column = new Int32Array(n).fill(none);
  const rowCost = new Float64Array(n); // cost of the row's current column
  // A lower bound on the row's cheapest cost + price elsewhere ("not placed" included). Prices
  // only rise, so it stays a bound until the row moves; it lets a chain skip rows that cannot
  // lead anywhere shorter than the best end already found.
  const elsewhere = new Float64Array(n).fill(-Infinity);

  // Dijkstra scratch, per column: distance (Infinity when not reached yet), and settled or not.
  const dist = new Float64Array(m + 1).fill(Infinity);
  const settledMark = new Uint8Array(m + 1);
  const hops = new Int32Array(m + 1);
  const via = new Int32Array(m + 1); // the row that moves into the column on the chain
  const from = new Int32Array(m + 1); // the column it leaves (−1 for the new row)
  const viaCost = new Float64Array(m + 1);
  const reached: number[] = [];
  const settled: number[] = [];
  let bestEnd = Infinity; // shortest distance found so far to a column with room

  // A settled column is never improved on (Dijkstra), but an equal distance in fewer moves
  // could, so the mark is checked on ties.
  const reach = (j: number, d: number, h: number, r: number, f: number, c: number) => {
    const old = dist[j]!;
    if (d < old) {
      // Impossible while reduced costs are ≥ 0; a guard, so a broken invariant fails loudly.
      if (settledMark[j] === 1) throw new Error('Allocation solver: a settled column improved');
      if (old === Infinity) reached.push(j);
    } else if (d !== old || h >= hops[j]! || settledMark[j] === 1) return;
    dist[j] = d;
    hops[j] = h;
    via[j] = r;
    from[j] = f;
    viaCost[j] = c;
    if (d < bestEnd && (j === none || members[j]!.length < cap[j]!)) bestEnd = d;
  };

  const place = (r: number, j: number, c: number) => {
    const old = column[r]!;
    if (old !== none) {
      const list = members[old]!;
      const last = list.pop()!;
      if (last !== r) {
        list[position[r]!] = last;
        position[last] = position[r]!;
      }
    }
    column[r] = j;
    rowCost[r] = c;
    if (j !== none) {
      position[r] = members[j]!.length;
      members[j]!.push(r);
    }
  };

  for (let r = 0; r < n; r++) {
    const rc = cols[r]!;
    const rk = cost[r]!;
    if (rc.length === 0) continue;
    let u = 0; // the row's best cost + price, "not placed" included
    for (let k = 0; k < rc.length; k++) u = Math.min(u, rk[k]! + price[rc[k]!]!);
    for (let k = 0; k < rc.length; k++)
      reach(rc[k]!, rk[k]! + price[rc[k]!]! - u, 1, r, -1, rk[k]!);
    reach(none, -u, 1, r, -1, 0);

    let target = -1;
    while (target < 0) {
      // The nearest reached column: fewest moves, then the earliest, on equal distance.
      let best = -1;
      let bestAt = -1;
      for (let a = 0; a < reached.length; a++) {
        const j = reached[a]!;
        if (
          best < 0 ||
          dist[j]! < dist[best]! ||
          (dist[j] === dist[best] &&
            (hops[j]! < hops[best]! || (hops[j] === hops[best] && j < best)))
        ) {
          best = j;
          bestAt = a;
        }
      }
      reached[bestAt] = reached[reached.length - 1]!;
      reached.pop();
      settledMark[best] = 1;
      settled.push(best);
      if (best === none || members[best]!.length < cap[best]!) {
        target = best;
        break;
      }
      const dj = dist[best]!;
      const h = hops[best]! + 1;
      for (const q of members[best]!) {
        const base = dj - rowCost[q]! - price[best]!;
        if (base + elsewhere[q]! >= bestEnd) continue;
        const qc = cols[q]!;
        const qk = cost[q]!;
        let low = 0;
        for (let k = 0; k < qc.length; k++) {
          const j = qc[k]!;
          const v = qk[k]! + price[j]!;
          if (v < low && j !== best) low = v;
          if (base + v <= dist[j]!) reach(j, base + v, h, q, best, qk[k]!);
        }
        elsewhere[q] = low;
        if (base <= dist[none]!) reach(none, base, h, q, best, 0);
      }
    }

    const d = dist[target]!;
    for (const j of settled) if (dist[j]! < d) price[j] = price[j]! + d - dist[j]!;
    for (let j = target; ;) {
      const q = via[j]!;
      const f = from[j]!;
      place(q, j, viaCost[j]!);
      elsewhere[q] = -Infinity;
      if (f < 0) break;
      j = f;
    }
    for (const j of settled) settledMark[j] = 0;
    for (const j of settled) dist[j] = Infinity;
    for (const j of reached) dist[j] = Infinity;
    settled.length = 0;
    reached.length = 0;
    bestEnd = Infinity;
  }
  return column.map((j) => (j === none ? -1 : j));
}
