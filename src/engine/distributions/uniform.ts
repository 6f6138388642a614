import type { RandomSource } from "../random-stream.js";
import { finite } from "./check-argument.js";
import type { Distribution } from "./distribution.js";

/**
 * Continuous uniform distribution on [min, max), drawn by inversion with one uniform.
 * Mean (min + max) / 2, variance (max − min)² / 12.
 *
 * @throws {RangeError} if min or max is not finite, or min > max (TypeError if not numbers).
 * @example
 * uniform(1, 3).sample(() => 0.25); // => 1.5
 */
export function uniform(min: number, max: number): Distribution {
  finite("uniform", "min", min);
  finite("uniform", "max", max);
  if (min > max) throw new RangeError(`uniform: max must be >= min (${min}), got ${max}`);
  const width = max - min;
  return {
    name: `uniform(min=${min}, max=${max})`,
    mean: (min + max) / 2,
    variance: (width * width) / 12,
    sample: (u: RandomSource) => min + width * u(),
  };
}
