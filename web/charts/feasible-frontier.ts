/** A configuration as the frontier sees it: its cost, the mean of one metric, and whether it meets every constraint. */
export interface FrontierPoint {
  readonly cost: number;
  readonly value: number;
  readonly feasible: boolean;
}

/**
 * The feasible frontier: the indices of the feasible points that no other feasible point beats on both
 * cost and the metric (no dearer-or-equal cost with a worse-or-equal metric), cheapest first. `better`
 * says which way the metric improves: "lower" for a time under a `max` target, "higher" for a
 * throughput over a `min` target. Ties in both keep the first point.
 * @example
 * feasibleFrontier([{ cost: 1, value: 9, feasible: true }, { cost: 2, value: 9, feasible: true }, { cost: 3, value: 5, feasible: true }], "lower"); // => [0, 2]
 */
export function feasibleFrontier(points: readonly FrontierPoint[], better: "lower" | "higher"): number[] {
  const sign = better === "lower" ? 1 : -1;
  const order = points.map((p, i) => ({ p, i })).filter(({ p }) => p.feasible)
    .sort((a, b) => a.p.cost - b.p.cost || sign * (a.p.value - b.p.value) || a.i - b.i);
  const out: number[] = [];
  let best = Infinity;
  for (const { p, i } of order) {
    if (sign * p.value < best) {
      out.push(i);
      best = sign * p.value;
    }
  }
  return out;
}
