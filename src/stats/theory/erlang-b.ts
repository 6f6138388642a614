import { checkInteger, checkNonNegative } from "../check.js";

/**
 * The Erlang B (loss) formula: the probability that an arrival finds all c servers busy and is lost,
 * in a system with no waiting room and offered load a = λ/μ erlangs (M/M/c/c).
 * Computed by the recursion B(0) = 1, B(k) = a·B(k-1) / (k + a·B(k-1)), which never forms a^c or c!
 * and so stays accurate for thousands of servers.
 * Cost: O(c).
 *
 * @param c number of servers, an integer >= 1
 * @param offeredLoad a = λ/μ in erlangs, >= 0
 * @returns the blocking probability, in [0, 1)
 * @throws {RangeError} if c is not an integer >= 1 or offeredLoad is not a finite number >= 0.
 * @example
 * erlangB(2, 1); // => 0.2
 */
export function erlangB(c: number, offeredLoad: number): number {
  checkInteger("erlangB", "c", c, 1);
  checkNonNegative("erlangB", "offeredLoad", offeredLoad);
  let b = 1;
  for (let k = 1; k <= c; k++) b = (offeredLoad * b) / (k + offeredLoad * b);
  return b;
}
