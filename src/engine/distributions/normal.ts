import type { RandomSource } from "../random-stream.js";
import { nonNegative } from "./check-argument.js";
import { deterministic } from "./deterministic.js";
import type { Distribution } from "./distribution.js";
import { normalCdf, normalDensity } from "./standard-normal.js";
import { normalQuantile } from "../../math/index.js";

/**
 * Normal distribution N(mean, sd²) truncated at zero, so that durations are never negative.
 * `mean` and `sd` are those of the normal before truncation; the distribution's reported
 * `mean` and `variance` are those after it: with a = mean / sd and λ = φ(a) / Φ(a),
 * mean + sd·λ and sd²(1 − a·λ − λ²). Drawn exactly by inversion of the truncated CDF with
 * one uniform (not by clamping, which would pile mass at 0). sd = 0 gives a constant.
 *
 * @throws {RangeError} if mean or sd is not a finite number >= 0 (TypeError if not numbers).
 * @example
 * normal(0, 1).mean; // => 0.7978845608028654 (half-normal: √(2/π))
 */
export function normal(mean: number, sd: number): Distribution {
  nonNegative("normal", "mean", mean);
  nonNegative("normal", "sd", sd);
  const name = `normal(mean=${mean}, sd=${sd}, truncated at 0)`;
  if (sd === 0) return { ...deterministic(mean), name };
  const a = mean / sd;
  const kept = normalCdf(a); // P(X > 0) before truncation, in [1/2, 1]
  const cut = normalCdf(-a); // P(X ≤ 0) before truncation, in (0, 1/2]
  const lambda = normalDensity(a) / kept;
  return {
    name,
    mean: mean + sd * lambda,
    variance: sd * sd * (1 - a * lambda - lambda * lambda),
    sample: (u: RandomSource) => {
      const p = u();
      // Invert Φ on whichever side of 1/2 keeps its digits; both branches increase with p.
      const low = cut + p * kept;
      const z = low < 0.5 ? normalQuantile(low) : -normalQuantile((1 - p) * kept);
      const x = mean + sd * z;
      // Guards only against rounding at the cut point, where x is 0 up to one ulp.
      return x > 0 ? x : 0;
    },
  };
}
