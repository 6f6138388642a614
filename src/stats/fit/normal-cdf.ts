import { regularizedGammaQ } from "./regularized-gamma.js";

/**
 * The standard normal CDF Φ(z), from the incomplete gamma function: Φ(z) = ½·Q(½, z²/2) for z < 0 and
 * 1 − ½·Q(½, z²/2) otherwise, so the lower tail keeps its relative precision (the log of tiny CDF values
 * enters the Anderson–Darling statistic). The engine has its own Φ for its samplers; src/stats may not
 * import the engine, and this one reuses the incomplete gamma the fits need anyway. Cost: O(1).
 *
 * @throws {RangeError} if z is NaN.
 * @example
 * normalCdf(-1.959963984540054); // => 0.025 (to about 14 digits)
 */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) throw new RangeError("normalCdf: z must be a number, got NaN");
  if (z === 0) return 0.5;
  const half = 0.5 * regularizedGammaQ(0.5, (z * z) / 2);
  return z < 0 ? half : 1 - half;
}
