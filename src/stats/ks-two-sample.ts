/**
 * The two-sample Kolmogorov–Smirnov distance sup |F₁(x) − F₂(x)| between the empirical CDFs of two
 * samples, each sorted in increasing order (ties handled: both CDFs step past equal values together).
 * Written by hand: simple-statistics has no two-sample KS. Cost: O(n₁ + n₂).
 *
 * @throws {RangeError} if either sample is empty.
 * @example
 * ksTwoSample([1, 2, 3], [2, 3, 4]); // => 0.3333333333333333
 */
export function ksTwoSample(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || b.length === 0) throw new RangeError("ksTwoSample: both samples must hold at least one value");
  let i = 0;
  let j = 0;
  let d = 0;
  while (i < a.length && j < b.length) {
    const x = Math.min(a[i] as number, b[j] as number);
    while (i < a.length && (a[i] as number) <= x) i++;
    while (j < b.length && (b[j] as number) <= x) j++;
    d = Math.max(d, Math.abs(i / a.length - j / b.length));
  }
  return d;
}
