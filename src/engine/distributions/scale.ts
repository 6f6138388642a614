import { showValue } from "../../math/index.js";
import type { RandomSource } from "../random-stream.js";
import { nonNegative } from "./check-argument.js";
import type { Distribution } from "./distribution.js";

/**
 * The distribution of factor × X for X drawn from d, e.g. a check 40% shorter with
 * pre-arrival information is `scaleDistribution(check, 0.6)`. It draws the same uniforms
 * as d, so the scaled and unscaled scenarios stay in step. Mean factor · mean, variance
 * factor² · variance.
 *
 * @throws {TypeError} if d is not a Distribution.
 * @throws {RangeError} if factor is not a finite number >= 0.
 * @example
 * scaleDistribution(deterministic(10), 0.6).sample(Math.random); // => 6
 */
export function scaleDistribution(d: Distribution, factor: number): Distribution {
  if (typeof d !== "object" || d === null || typeof d.sample !== "function") {
    throw new TypeError(`scaleDistribution: d must be a Distribution, got ${showValue(d)}`);
  }
  nonNegative("scaleDistribution", "factor", factor);
  return {
    name: `${factor} × ${d.name}`,
    mean: factor * d.mean,
    variance: factor * factor * d.variance,
    sample: (u: RandomSource) => factor * d.sample(u),
  };
}
