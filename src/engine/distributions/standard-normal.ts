import { exp, normalQuantile } from "../../math/index.js";

// The standard normal distribution: density, CDF and deviates (the quantile is src/math's), shared by
// the truncated normal, lognormal and gamma samplers. Draws are made by inversion so that one uniform
// makes one normal deviate and common random numbers stay synchronised.

const SQRT_2PI = Math.sqrt(2 * Math.PI);

/**
 * Density φ(z) of the standard normal distribution.
 *
 * @throws {RangeError} if z is NaN.
 * @example
 * normalDensity(0); // => 0.3989422804014327
 */
export function normalDensity(z: number): number {
  if (Number.isNaN(z)) throw new RangeError("normalDensity: z must be a number, got NaN");
  return exp(-0.5 * z * z) / SQRT_2PI;
}

/**
 * Cumulative distribution Φ(z) = P(Z ≤ z) of the standard normal, to about 1e-14 relative
 * accuracy for z > −8 and 1e-12 beyond, down to 1e-300 (0 below z ≈ −38.5).
 * Cost: O(1), up to about 100 operations (it runs when a distribution is built, not per draw).
 *
 * @throws {RangeError} if z is NaN.
 * @example
 * normalCdf(-1.959963984540054); // => 0.024999999999999967
 */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) throw new RangeError("normalCdf: z must be a number, got NaN");
  const x = Math.abs(z);
  if (x < 2) {
    // Taylor series Φ(z) = 1/2 + φ(z) Σ z^(2n+1) / (2n+1)!!, all terms of one sign.
    const x2 = z * z;
    let term = z;
    let sum = z;
    for (let n = 1; Math.abs(term) > 1e-17 * Math.abs(sum); n++) {
      term *= x2 / (2 * n + 1);
      sum += term;
    }
    return 0.5 + normalDensity(z) * sum;
  }
  if (x > 40) return z > 0 ? 1 : 0;
  // Laplace's continued fraction for the Mills ratio (1 − Φ(x)) / φ(x); 100 terms reach full
  // precision from x = 2 on. exp(−x²/2) is split so that rounding x² costs no digits (Cody).
  let d = x;
  for (let k = 100; k >= 1; k--) d = x + k / d;
  const x16 = Math.trunc(x * 16) / 16;
  const tail = (exp(-0.5 * x16 * x16) * exp(-0.5 * (x - x16) * (x + x16))) / d / SQRT_2PI;
  return z > 0 ? 1 - tail : tail;
}

/**
 * A standard normal deviate from one uniform u in [0, 1), by inversion; u = 0 is moved to
 * the smallest positive double so that the draw is finite (about −38.5).
 *
 * @throws {RangeError} if u is not in [0, 1].
 * @example
 * standardNormal(0.5); // => 0
 */
export function standardNormal(u: number): number {
  return normalQuantile(u > 0 ? u : Number.MIN_VALUE);
}
