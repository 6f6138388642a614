import { log, log1p } from "../../math/index.js";

/** CDF values are kept this far from 0 and 1, so a point on the edge of a fitted support gives a large finite term. */
const EDGE = 1e-12;

/**
 * The Anderson–Darling statistic A² = −n − (1/n) Σ (2i − 1) [ln F(xᵢ) + ln(1 − F(xₙ₊₁₋ᵢ))] of a
 * sample sorted in increasing order against a continuous CDF; it weighs the tails more than
 * Kolmogorov–Smirnov. CDF values are clamped to [1e-12, 1 − 1e-12]. Written by hand:
 * simple-statistics has no Anderson–Darling statistic. Cost: O(n).
 *
 * @throws {RangeError} if the sample is empty.
 * @example
 * adStatistic([0.1, 0.5, 0.9], (x) => x); // => 0.2217...
 */
export function adStatistic(sorted: readonly number[], cdf: (x: number) => number): number {
  const n = sorted.length;
  if (n === 0) throw new RangeError("adStatistic: the sample is empty");
  const f = sorted.map((x) => Math.min(1 - EDGE, Math.max(EDGE, cdf(x))));
  let sum = 0;
  for (let i = 0; i < n; i++) {
    sum += (2 * i + 1) * (log(f[i] as number) + log1p(-(f[n - 1 - i] as number)));
  }
  return -n - sum / n;
}
