import type { RandomSource } from "../random-stream.js";
import { nonNegative, positive } from "./check-argument.js";
import { deterministic } from "./deterministic.js";
import type { Distribution } from "./distribution.js";
import { standardNormal } from "./standard-normal.js";
import { exp, log, log1p } from "../../math/index.js";

/**
 * Lognormal distribution with the given mean and coefficient of variation cv = sd / mean,
 * typical of inspection times (many short, a few very long). Internally
 * exp(μ + σZ) with σ² = ln(1 + cv²) and μ = ln(mean) − σ²/2; Z by inversion, one uniform
 * per draw. Variance (cv · mean)². cv = 0 gives a constant.
 *
 * @throws {RangeError} if mean is not a finite number > 0 or cv not a finite number >= 0.
 * @example
 * lognormal(2, 0.5).variance; // => 1
 */
export function lognormal(mean: number, cv: number): Distribution {
  positive("lognormal", "mean", mean);
  nonNegative("lognormal", "cv", cv);
  const name = `lognormal(mean=${mean}, cv=${cv})`;
  if (cv === 0) return { ...deterministic(mean), name };
  const sigma2 = log1p(cv * cv);
  const sigma = Math.sqrt(sigma2);
  const mu = log(mean) - sigma2 / 2;
  const sd = cv * mean;
  return {
    name,
    mean,
    variance: sd * sd,
    sample: (u: RandomSource) => exp(mu + sigma * standardNormal(u())),
  };
}
