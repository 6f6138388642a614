import { mean } from "simple-statistics";
import { logGamma } from "../../../math/index.js";
import { digamma, trigamma } from "../digamma.js";
import { exp, log, normalQuantile, pow } from "../../../math/index.js";
import type { Family, FitParameters, RandomSource } from "../family.js";
import { regularizedGammaP } from "../regularized-gamma.js";

/**
 * The maximum-likelihood gamma shape k of a positive sample: the root of ln k − ψ(k) = s with
 * s = ln(mean x) − mean(ln x) (Minka 2002: his closed-form start, then Newton steps, which
 * converge from it because ln k − ψ(k) is convex and decreasing). Cost: O(n) plus a few steps.
 *
 * @throws {RangeError} if the values do not vary (s = 0: the shape is infinite).
 * @example
 * gammaShapeMle([1, 2, 3, 4]); // => 3.6827... (checked against an independent search in the tests)
 */
export function gammaShapeMle(sorted: readonly number[]): number {
  const s = log(mean(sorted as number[])) - mean(sorted.map((x) => log(x)));
  if (!(s > 1e-12)) throw new RangeError("the values do not vary, so no spread can be fitted");
  let k = (3 - s + Math.sqrt((s - 3) ** 2 + 24 * s)) / (12 * s);
  for (let i = 0; i < 100; i++) {
    const step = (log(k) - digamma(k) - s) / (1 / k - trigamma(k));
    const next = k - step;
    k = next > 0 ? next : k / 2;
    if (Math.abs(step) <= 1e-14 * k) break;
  }
  return k;
}

/** Log-likelihood of a sample under a gamma with shape k and scale θ. */
export function gammaLogLikelihood(shape: number, scale: number, sorted: readonly number[]): number {
  let sumLog = 0;
  let sum = 0;
  for (const x of sorted) {
    sumLog += log(x);
    sum += x;
  }
  return (shape - 1) * sumLog - sum / scale - sorted.length * (shape * log(scale) + logGamma(shape));
}

/** Density of a gamma with shape k and scale θ at x, per unit of x. */
export function gammaDensity(shape: number, scale: number, x: number): number {
  if (x < 0) return 0;
  if (x === 0) return shape < 1 ? Infinity : shape === 1 ? 1 / scale : 0;
  return exp((shape - 1) * log(x / scale) - x / scale - logGamma(shape)) / scale;
}

/**
 * One gamma deviate with shape k and scale 1 by Marsaglia and Tsang's (2000) method, for the bootstrap.
 * The engine draws gammas the same way for its scenarios, but src/stats may not import the engine, and
 * the bootstrap needs no common random numbers; normals come by inversion.
 */
export function gammaDeviate(shape: number, u: RandomSource): number {
  const boost = shape < 1;
  const d = (boost ? shape + 1 : shape) - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normalQuantile(Math.max(u(), Number.MIN_VALUE));
    let v = 1 + c * x;
    if (v <= 0) continue;
    v = v * v * v;
    const w = u();
    if (w < 1 - 0.0331 * x * x * x * x || log(w) < 0.5 * x * x + d * (1 - v + log(v))) {
      return boost ? d * v * pow(1 - u(), 1 / shape) : d * v;
    }
  }
}

/** The quantile of a gamma with shape k and scale θ: bisection on P(k, x/θ), to 1e-12 relative. */
export function gammaQuantile(shape: number, scale: number, p: number): number {
  let lo = 0;
  let hi = shape + 10 * Math.sqrt(shape) + 10;
  while (regularizedGammaP(shape, hi) < p) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-12 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (regularizedGammaP(shape, mid) < p) lo = mid;
    else hi = mid;
  }
  return scale * ((lo + hi) / 2);
}

/**
 * The log-likelihood, distribution function, density and quantile of a family that is a gamma law under
 * another parametrisation (gamma by mean and cv, Erlang by mean and k): `shapeScale` maps its parameters
 * to the gamma's shape and scale. The family adds its name, parameters, fit and sampler.
 */
export function gammaLaws(shapeScale: (p: FitParameters) => { shape: number; scale: number }): Pick<Family, "logLikelihood" | "cdf" | "density" | "quantile"> {
  return {
    logLikelihood: (p, sorted) => {
      const { shape, scale } = shapeScale(p);
      return gammaLogLikelihood(shape, scale, sorted);
    },
    cdf: (p) => {
      const { shape, scale } = shapeScale(p);
      return (x) => (x <= 0 ? 0 : regularizedGammaP(shape, x / scale));
    },
    density: (p) => {
      const { shape, scale } = shapeScale(p);
      return (x) => gammaDensity(shape, scale, x);
    },
    quantile: (p) => {
      const { shape, scale } = shapeScale(p);
      return (q) => gammaQuantile(shape, scale, q);
    },
  };
}
