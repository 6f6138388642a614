import { showValue } from "../math/index.js";
import { checkPositive } from "./check.js";
import type { Estimate } from "./estimate.js";

/**
 * Whether an estimate is as precise as `--precision R` asks: its half-width is at most r times |mean|
 * ("keep adding replications until every headline half-width is below R times its mean").
 * An estimate without an interval (one replication) is never precise enough.
 * When the mean is 0, relative precision is undefined: a metric that was exactly 0 in every replication
 * (half-width 0, such as turn-backs in a scenario without any) counts as met, since it is known exactly;
 * any spread around a zero mean counts as not met, because no number of replications makes it relatively small.
 * Cost: O(1).
 *
 * @param e an estimate across replications
 * @param r the relative precision wanted, > 0 (0.05 means a half-width of at most 5% of the mean)
 * @returns true when e.halfWidth <= r · |e.mean|
 * @throws {RangeError} if r is not a finite number > 0, or e's mean or half-width is not finite.
 * @example
 * relativePrecisionMet({ mean: 10, halfWidth: 0.4, lo: 9.6, hi: 10.4 }, 0.05); // => true
 */
export function relativePrecisionMet(e: Estimate, r: number): boolean {
  checkPositive("relativePrecisionMet", "r", r);
  if (typeof e !== "object" || e === null || !Number.isFinite(e.mean)) {
    throw new RangeError(`relativePrecisionMet: e must be an Estimate with a finite mean, got ${showValue(e)}`);
  }
  if (e.halfWidth === null) return false;
  if (!(Number.isFinite(e.halfWidth) && e.halfWidth >= 0)) {
    throw new RangeError(`relativePrecisionMet: e.halfWidth must be null or a finite number >= 0, got ${showValue(e.halfWidth)}`);
  }
  return e.halfWidth <= r * Math.abs(e.mean);
}
