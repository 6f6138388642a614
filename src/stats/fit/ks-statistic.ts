/**
 * The Kolmogorov–Smirnov statistic D = sup |Fₙ(x) − F(x)| of a sample sorted in increasing order
 * against a continuous CDF: max over i of i/n − F(xᵢ) and F(xᵢ) − (i − 1)/n. Written by hand:
 * simple-statistics has no goodness-of-fit statistic for a continuous distribution. Cost: O(n).
 *
 * @throws {RangeError} if the sample is empty.
 * @example
 * ksStatistic([0.1, 0.5, 0.9], (x) => x); // => 0.2333333333333333
 */
export function ksStatistic(sorted: readonly number[], cdf: (x: number) => number): number {
  const n = sorted.length;
  if (n === 0) throw new RangeError("ksStatistic: the sample is empty");
  let d = 0;
  for (let i = 0; i < n; i++) {
    const f = cdf(sorted[i] as number);
    d = Math.max(d, (i + 1) / n - f, f - i / n);
  }
  return d;
}
