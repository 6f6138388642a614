import { checkFiniteArray } from "./check.js";

/** Observations per batch in MSER-5. */
const BATCH = 5;

/** Where MSER-5 ends the warm-up of one output series. */
export interface Truncation {
  /** Batches of 5 to delete from the start (d*). */
  readonly truncateBatches: number;
  /** Observations to delete from the start: 5 · truncateBatches, so the steady-state part is series.slice(truncateIndex). */
  readonly truncateIndex: number;
}

/**
 * MSER-5 warm-up truncation (White 1997; Franklin & White 2008): average the series in consecutive batches
 * of 5 (a trailing partial batch is ignored), then delete the d batches that minimise the marginal standard error
 * MSER(d) = Σ_{j>d} (Z_j - Z̄_d)² / (k - d)², over d = 0 .. floor(k/2) for k batches; ties go to the smaller d.
 * Deleting a biased start lowers the spread faster than it lowers the count, until only steady state is left.
 * A result at the limit (truncateBatches = floor(k/2)) means the run is too short to show where the warm-up
 * ends: run longer rather than trust it. Apply it to one replication's series, such as hourly mean queue length.
 * Cost: O(n).
 *
 * @param series observations in time order, at least 10 (two batches)
 * @returns how much to delete, in batches and in observations
 * @throws {TypeError} if series is not an array.
 * @throws {RangeError} if series has fewer than 10 values or holds NaN or ±Infinity.
 * @example
 * mser5([9, 9, 9, 9, 9, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1]); // => { truncateBatches: 1, truncateIndex: 5 }
 */
export function mser5(series: readonly number[]): Truncation {
  checkFiniteArray("mser5", "series", series, 2 * BATCH);
  const k = Math.floor(series.length / BATCH);
  const batchMeans = new Array<number>(k);
  for (let j = 0; j < k; j++) {
    let sum = 0;
    for (let i = j * BATCH; i < (j + 1) * BATCH; i++) sum += series[i]!;
    batchMeans[j] = sum / BATCH;
  }
  // Welford's update run backwards from the last batch gives the mean and squared deviations of every suffix.
  let mean = 0;
  let squares = 0;
  let best = 0;
  let bestMser = Infinity;
  const dMax = mser5Limit(series.length) / BATCH;
  for (let d = k - 1; d >= 0; d--) {
    const z = batchMeans[d]!;
    const m = k - d;
    const delta = z - mean;
    mean += delta / m;
    squares += delta * (z - mean);
    if (d > dMax) continue;
    const mser = squares / (m * m);
    // `<=` while d falls, so a tie keeps the smaller d.
    if (mser <= bestMser) {
      bestMser = mser;
      best = d;
    }
  }
  return { truncateBatches: best, truncateIndex: best * BATCH };
}

/**
 * The most observations MSER-5 may delete from a series of `length` values: half its whole batches of 5,
 * 5 · floor(floor(length / 5) / 2). A truncateIndex equal to it means MSER-5 found no end to the warm-up.
 * Cost: O(1).
 * @example
 * mser5Limit(200); // => 100
 */
export function mser5Limit(length: number): number {
  return BATCH * Math.floor(Math.floor(length / BATCH) / 2);
}
