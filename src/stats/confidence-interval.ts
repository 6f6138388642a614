import { checkFiniteArray, checkLevel } from "./check.js";
import type { Estimate } from "./estimate.js";
import { studentTQuantile } from "./student-t-quantile.js";

/**
 * The replication/deletion confidence interval for a mean: one value per independent replication
 * (each already averaged over its own run after warm-up), interval mean ± t(1 - α/2, n - 1) · s / √n
 * where s is the sample standard deviation and α = 1 - level.
 * With one value there is no spread to measure, so `halfWidth`, `lo` and `hi` are null.
 * Cost: O(n).
 *
 * @param values one value per replication, in the metric's own unit (hours, trucks per day)
 * @param level confidence level in (0, 1); @default 0.95
 * @returns the mean and its interval, in the unit of `values`
 * @throws {TypeError} if values is not an array.
 * @throws {RangeError} if values is empty or holds NaN or ±Infinity, or level is not in (0, 1),
 *   or the values are so large (near 1e308) that their sum or spread overflows.
 * @example
 * estimate([1, 2, 3, 4, 5]).halfWidth; // => 1.9632431614775572
 */
export function estimate(values: readonly number[], level = 0.95): Estimate {
  checkFiniteArray("estimate", "values", values, 1);
  checkLevel("estimate", level);
  return intervalOf("estimate", values, level);
}

/** The interval of already-checked values; `fn` names the caller in errors. Internal, shared with `pairedDifference`. */
export function intervalOf(fn: string, values: readonly number[], level: number): Estimate {
  const n = values.length;
  let sum = 0;
  for (const x of values) sum += x;
  const mean = sum / n;
  if (!Number.isFinite(mean)) throw new RangeError(`${fn}: values are too large to sum in double precision, got a sum of ${sum}`);
  if (n < 2) return { mean, halfWidth: null, lo: null, hi: null };
  // Two passes: the one-pass sum of squares loses every digit when the spread is small beside the mean.
  let squares = 0;
  for (const x of values) squares += (x - mean) * (x - mean);
  const s = Math.sqrt(squares / (n - 1));
  if (!Number.isFinite(s)) throw new RangeError(`${fn}: values are too spread out to square in double precision`);
  const halfWidth = (studentTQuantile(1 - (1 - level) / 2, n - 1) * s) / Math.sqrt(n);
  return { mean, halfWidth, lo: mean - halfWidth, hi: mean + halfWidth };
}
