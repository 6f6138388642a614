/**
 * The p-quantile of a sample by linear interpolation between order statistics (Hyndman and Fan's
 * type 7, the default of R and of spreadsheets): for the 5% to 95% range of an output across
 * plausible worlds. Cost: O(n log n).
 *
 * @param values the sample (not changed), at least one finite number
 * @param p the probability, in [0, 1]
 * @throws {RangeError} if values is empty or not finite, or p is outside [0, 1].
 * @example
 * sampleQuantile([1, 2, 3, 4], 0.5); // => 2.5
 */
export function sampleQuantile(values: readonly number[], p: number): number {
  if (values.length === 0 || !values.every(Number.isFinite)) throw new RangeError("sampleQuantile: values must be a non-empty array of finite numbers");
  if (!(p >= 0 && p <= 1)) throw new RangeError(`sampleQuantile: p must be in [0, 1], got ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const below = sorted[lo] as number;
  const above = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
  return h === lo ? below : below + (h - lo) * (above - below);
}
