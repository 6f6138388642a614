import { quantileSorted } from "simple-statistics";

/** At most this many distinct values go into an empirical fit; more are summarised by quantiles. */
export const EMPIRICAL_MAX_VALUES = 200;

/**
 * The empirical distribution of a sorted sample as the scenario format writes it: each distinct
 * value with its count as weight, or, above 200 distinct values, the 200 quantiles at
 * (i + ½)/200 with equal weights (a file stays readable and the draws keep every percentile).
 * Cost: O(n).
 *
 * @example
 * empiricalFit([1, 2, 2, 5]); // => { values: [1, 2, 5], weights: [1, 2, 1] }
 */
export function empiricalFit(sorted: readonly number[]): { values: number[]; weights: number[] } {
  const values: number[] = [];
  const weights: number[] = [];
  for (const x of sorted) {
    if (values.length > 0 && values[values.length - 1] === x) weights[weights.length - 1] = (weights[weights.length - 1] as number) + 1;
    else {
      values.push(x);
      weights.push(1);
    }
  }
  if (values.length <= EMPIRICAL_MAX_VALUES) return { values, weights };
  const q = Array.from({ length: EMPIRICAL_MAX_VALUES }, (_, i) => quantileSorted(sorted as number[], (i + 0.5) / EMPIRICAL_MAX_VALUES));
  return { values: q, weights: q.map(() => 1) };
}
