import { checkFiniteArray, checkLevel, checkPositive } from "./check.js";
import { intervalOf } from "./confidence-interval.js";
import { relativePrecisionMet } from "./relative-precision-met.js";

/**
 * How many replications in total should meet `--precision r`, judged from a pilot of n:
 * n* = ceil(n · (halfWidth / (r · |mean|))²), the standard estimate that assumes the sample standard
 * deviation stays put while the half-width shrinks as 1/√n. It keeps the t quantile of the pilot's n - 1
 * degrees of freedom, which errs on the side of too many. Never less than n: a pilot that already meets
 * the precision (see `relativePrecisionMet`) returns n. With a zero mean and some spread, no finite number
 * suffices and the result is Infinity, so a caller must cap the replications it adds.
 * Cost: O(n).
 *
 * @param values one value per pilot replication, at least 2
 * @param r the relative precision wanted, > 0 (0.05 means a half-width of at most 5% of the mean)
 * @param level confidence level in (0, 1); @default 0.95
 * @returns the total number of replications (pilot included), an integer >= n, or Infinity
 * @throws {TypeError} if values is not an array.
 * @throws {RangeError} if values has fewer than 2 elements or holds NaN or ±Infinity, r is not a finite number > 0,
 *   or level is not in (0, 1).
 * @example
 * replicationsNeeded([9, 10, 11, 10], 0.05); // => 28
 */
export function replicationsNeeded(values: readonly number[], r: number, level = 0.95): number {
  checkFiniteArray("replicationsNeeded", "values", values, 2);
  checkPositive("replicationsNeeded", "r", r);
  checkLevel("replicationsNeeded", level);
  const e = intervalOf("replicationsNeeded", values, level);
  const n = values.length;
  if (relativePrecisionMet(e, r)) return n;
  if (e.mean === 0) return Infinity;
  const ratio = (e.halfWidth ?? 0) / (r * Math.abs(e.mean));
  return Math.max(n, Math.ceil(n * ratio * ratio));
}
