import type { RandomSource } from "../random-stream.js";
import { positive } from "./check-argument.js";
import type { Distribution } from "./distribution.js";
import { exp, log1p, logGamma, pow } from "../../math/index.js";

/**
 * Weibull distribution with the given shape k and scale (in the unit of the draws), often
 * used for times to failure; k = 1 is exponential with mean = scale. Drawn by inversion,
 * x = scale · (−ln(1 − u))^(1/k), one uniform per draw. Mean scale · Γ(1 + 1/k), variance
 * scale² · (Γ(1 + 2/k) − Γ(1 + 1/k)²).
 *
 * @throws {RangeError} if shape or scale is not a finite number > 0, or shape is so small
 *   (below about 0.012) that the variance overflows.
 * @example
 * weibull(1, 3).mean; // => 3
 */
export function weibull(shape: number, scale: number): Distribution {
  positive("weibull", "shape", shape);
  positive("weibull", "scale", scale);
  const g1 = exp(logGamma(1 + 1 / shape));
  const g2 = exp(logGamma(1 + 2 / shape));
  const variance = scale * scale * (g2 - g1 * g1);
  if (!Number.isFinite(variance)) {
    throw new RangeError(`weibull: shape must be large enough for a finite variance (about >= 0.012), got ${shape}`);
  }
  const inverseShape = 1 / shape;
  return {
    name: `weibull(shape=${shape}, scale=${scale})`,
    mean: scale * g1,
    variance,
    sample: (u: RandomSource) => scale * pow(-log1p(-u()), inverseShape),
  };
}
