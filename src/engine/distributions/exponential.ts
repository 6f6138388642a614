import type { RandomSource } from "../random-stream.js";
import { positive } from "./check-argument.js";
import type { Distribution } from "./distribution.js";
import { log1p } from "../../math/index.js";

/**
 * Exponential distribution with the given mean (e.g. hours between arrivals), drawn by
 * inversion: x = −mean · ln(1 − u), one uniform per draw. Variance mean².
 *
 * @throws {RangeError} if mean is not a finite number > 0 (TypeError if not a number).
 * @example
 * exponential(2).sample(() => 1 - Math.exp(-1)); // => 2
 */
export function exponential(mean: number): Distribution {
  positive("exponential", "mean", mean);
  return {
    name: `exponential(mean=${mean})`,
    mean,
    variance: mean * mean,
    // ln(1 − u) with 1 − u in (0, 1] is finite; log1p keeps the digits of small u.
    sample: (u: RandomSource) => mean * -log1p(-u()),
  };
}
