import type { RandomSource } from "../random-stream.js";
import { finite } from "./check-argument.js";
import type { Distribution } from "./distribution.js";

/**
 * Triangular distribution on [min, max] peaking at mode, the usual choice when an expert
 * gives "shortest, most likely, longest" (e.g. 0.1, 0.25, 1 hours). Drawn by inversion with
 * one uniform. Mean (min + mode + max) / 3, variance
 * (min² + mode² + max² − min·mode − min·max − mode·max) / 18.
 *
 * @throws {RangeError} if an argument is not finite, min > max, or mode is outside [min, max].
 * @example
 * triangular(0, 1, 2).sample(() => 0.5); // => 1
 */
export function triangular(min: number, mode: number, max: number): Distribution {
  finite("triangular", "min", min);
  finite("triangular", "mode", mode);
  finite("triangular", "max", max);
  if (min > max) throw new RangeError(`triangular: max must be >= min (${min}), got ${max}`);
  if (mode < min || mode > max) {
    throw new RangeError(`triangular: mode must be in [min, max] = [${min}, ${max}], got ${mode}`);
  }
  const width = max - min;
  const left = mode - min;
  const right = max - mode;
  // Probability of falling left of the mode; with width 0 every draw is min anyway.
  const split = width > 0 ? left / width : 0;
  return {
    name: `triangular(min=${min}, mode=${mode}, max=${max})`,
    mean: (min + mode + max) / 3,
    variance: (min * min + mode * mode + max * max - min * mode - min * max - mode * max) / 18,
    sample: (u: RandomSource) => {
      const p = u();
      return p < split ? min + Math.sqrt(p * width * left) : max - Math.sqrt((1 - p) * width * right);
    },
  };
}
