import { log, log1p, logGamma } from "../math/index.js";
import { checkPositive } from "./check.js";

// From here on, Stirling's series with seven terms is accurate to double precision (next term < 1e-16).
const STIRLING_FROM = 10;

/**
 * The natural logarithm of the beta function, ln B(a, b) = ln Γ(a) + ln Γ(b) - ln Γ(a + b).
 * When the larger argument is big, the three log-gamma values would cancel and lose digits
 * (ln Γ(5e8) is about 1e10), so the difference is taken analytically with Stirling's series.
 * The absolute error is about 1e-15 · (1 + |ln B(a, b)|). Cost: O(1).
 *
 * @param a first argument, > 0
 * @param b second argument, > 0
 * @returns ln B(a, b)
 * @throws {RangeError} if a or b is not a finite number > 0.
 * @example
 * logBeta(2, 3); // => -2.4849066497879995
 */
export function logBeta(a: number, b: number): number {
  checkPositive("logBeta", "a", a);
  checkPositive("logBeta", "b", b);
  const big = Math.max(a, b);
  const small = Math.min(a, b);
  if (big < STIRLING_FROM) return logGamma(a) + logGamma(b) - logGamma(a + b);
  const sum = big + small;
  if (small >= STIRLING_FROM) {
    // Both large: the terms of Stirling's formula regrouped as logarithms of ratios, which do not cancel.
    return (
      0.5 * log((2 * Math.PI) / sum) -
      (big - 0.5) * log1p(small / big) -
      (small - 0.5) * log1p(big / small) +
      stirlingCorrection(big) +
      stirlingCorrection(small) -
      stirlingCorrection(sum)
    );
  }
  // ln Γ(big) - ln Γ(big + small) = -(big - 1/2) ln(1 + small/big) - small ln(big + small) + small + δ(big) - δ(big + small)
  return (
    logGamma(small) -
    (big - 0.5) * log1p(small / big) -
    small * log(sum) +
    small +
    stirlingCorrection(big) -
    stirlingCorrection(sum)
  );
}

/** δ(z) = ln Γ(z) - [(z - 1/2) ln z - z + ln(2π)/2] = Σ B_2k / (2k(2k-1) z^(2k-1)), for z >= 10. */
function stirlingCorrection(z: number): number {
  const w = 1 / (z * z);
  const series = 1 / 12 + w * (-1 / 360 + w * (1 / 1260 + w * (-1 / 1680 + w * (1 / 1188 + w * (-691 / 360360 + w / 156)))));
  return series / z;
}
