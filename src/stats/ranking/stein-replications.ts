import { checkFiniteArray, checkInteger, checkLevel, checkPositive } from "../check.js";
import { studentTQuantile } from "../student-t-quantile.js";

/**
 * Stein's two-stage sample size (1945): the replications N a mean needs so that, with the first-stage
 * standard deviation S of n0 values, P(mean of all N − μ < tolerance) >= 1 − alpha (and likewise
 * below), whatever the unknown variance: N = max(n0, ceil((t(1 − alpha, n0 − 1) · S / tolerance)²)).
 * Used to call a constraint met or not with a stated error when its mean is at least `tolerance`
 * from the limit. Cost: O(n0).
 *
 * @param firstStage the n0 >= 2 first-stage values, in the metric's unit
 * @param tolerance the distance from the limit within which either answer is acceptable (> 0)
 * @param alpha the one-sided error allowed, in (0, 1)
 * @throws {RangeError} for fewer than 2 values, non-finite values, or arguments out of range.
 * @example
 * steinReplications([9, 11, 10, 10], 1, 0.05); // => 4 (S = 0.816, t = 2.353: (1.92)² = 3.7 rounds up to 4)
 */
export function steinReplications(firstStage: readonly number[], tolerance: number, alpha: number): number {
  checkFiniteArray("steinReplications", "firstStage", firstStage, 2);
  checkPositive("steinReplications", "tolerance", tolerance);
  checkLevel("steinReplications", alpha);
  const n0 = firstStage.length;
  checkInteger("steinReplications", "firstStage.length", n0, 2);
  let mean = 0;
  for (const x of firstStage) mean += x;
  mean /= n0;
  let squares = 0;
  for (const x of firstStage) squares += (x - mean) * (x - mean);
  const s = Math.sqrt(squares / (n0 - 1));
  const root = (studentTQuantile(1 - alpha, n0 - 1) * s) / tolerance;
  return Math.max(n0, Math.ceil(root * root));
}
