import { showValue } from "../../math/index.js";
import { checkInteger, checkNonNegative } from "../check.js";
import { erlangB } from "./erlang-b.js";

/**
 * The Erlang C formula: the probability that an arrival to an M/M/c queue has to wait,
 * for offered load a = λ/μ erlangs and c servers, C = B / (1 - ρ(1 - B)) with ρ = a/c and B = erlangB(c, a).
 * Going through Erlang B avoids a^c/c!, which overflows past c = 170.
 * Cost: O(c).
 *
 * @param c number of servers, an integer >= 1
 * @param offeredLoad a = λ/μ in erlangs, >= 0 and below c (a stable queue)
 * @returns the probability of waiting, in [0, 1)
 * @throws {RangeError} if c is not an integer >= 1, or offeredLoad is not a finite number in [0, c).
 * @example
 * erlangC(2, 1); // => 0.33333333333333337
 */
export function erlangC(c: number, offeredLoad: number): number {
  checkInteger("erlangC", "c", c, 1);
  checkNonNegative("erlangC", "offeredLoad", offeredLoad);
  if (offeredLoad >= c) {
    throw new RangeError(
      `erlangC: offeredLoad must be below c = ${c} (a stable queue; at or above it every arrival waits forever), got ${showValue(offeredLoad)}`,
    );
  }
  const b = erlangB(c, offeredLoad);
  const rho = offeredLoad / c;
  return b / (1 - rho * (1 - b));
}
