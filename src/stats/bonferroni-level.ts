import { checkInteger, checkLevel } from "./check.js";

/**
 * The level each of k intervals needs so that all k hold together with probability at least `level`
 * (the Bonferroni inequality): 1 - (1 - level) / k. Use it when comparing several scenarios with one baseline,
 * or reporting several headline metrics, so that "all these intervals are right" keeps its stated confidence.
 * Cost: O(1).
 *
 * @param level the joint confidence level wanted, in (0, 1)
 * @param comparisons the number k of intervals, an integer >= 1
 * @returns the level for each interval, in [level, 1)
 * @throws {RangeError} if level is not in (0, 1) or comparisons is not an integer >= 1.
 * @example
 * bonferroniLevel(0.9, 4); // => 0.975
 */
export function bonferroniLevel(level: number, comparisons: number): number {
  checkLevel("bonferroniLevel", level);
  checkInteger("bonferroniLevel", "comparisons", comparisons, 1);
  return 1 - (1 - level) / comparisons;
}
