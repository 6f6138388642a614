import { pow } from "../../math/index.js";
import { checkInteger, checkLevel } from "../check.js";

/**
 * The constant h² of Kim and Nelson's fully sequential procedure KN (2001), with c = 1:
 * h² = (n0 - 1) · [(2α / (k - 1))^(-2 / (n0 - 1)) - 1]. It sets how wide the continuation region is,
 * so that the best of k systems is chosen with probability at least 1 - α whenever it beats the
 * others by at least the indifference amount.
 * Cost: O(1).
 *
 * @param alpha the probability of a wrong choice allowed, in (0, 1 - 1/k)
 * @param systems k, the number of systems compared, an integer >= 2
 * @param firstStage n0, the replications of every system in the first stage, an integer >= 2
 * @returns h², a positive number
 * @throws {RangeError} if alpha, systems or firstStage are out of range.
 * @example
 * knConstant(0.05, 2, 10); // => 6.0129… (9 · (0.1^(-2/9) - 1), where 0.1^(-2/9) = 1.668)
 */
export function knConstant(alpha: number, systems: number, firstStage: number): number {
  checkInteger("knConstant", "systems", systems, 2);
  checkInteger("knConstant", "firstStage", firstStage, 2);
  checkLevel("knConstant", alpha);
  if (alpha >= 1 - 1 / systems) {
    throw new RangeError(`knConstant: alpha must be below 1 - 1/k = ${1 - 1 / systems} for k = ${systems} systems, got ${alpha}`);
  }
  // (2α/(k-1))^(-2/(n0-1)): the one non-integer power here, by src/math's pow so every engine agrees.
  const base = (2 * alpha) / (systems - 1);
  return (firstStage - 1) * (pow(base, -2 / (firstStage - 1)) - 1);
}
