import { showValue } from "../math/index.js";
import { checkInteger } from "./check.js";

/**
 * Welch's moving average of the across-replication mean series, for the Welch plot of warm-up
 * (Law, Simulation Modeling and Analysis, section 9.5.1). First Ȳ_i = the mean over replications of
 * observation i; then, with window w, point i averages Ȳ_{i-w} .. Ȳ_{i+w}, and near the start, where fewer
 * than w points precede it, point i averages Ȳ_0 .. Ȳ_{2i}, so the start is smoothed symmetrically too.
 * The warm-up ends where the curve flattens. Law recommends w <= m/4 for m observations.
 * Cost: O(R · m) for R replications.
 *
 * @param replications one series per replication, all of the same length m >= 1, observations in time order
 * @param window the window w, an integer in [0, m - 1]; 0 returns the mean series itself
 * @returns m - w smoothed points, point i for observation i, in the unit of the series
 * @throws {TypeError} if replications is not an array of arrays.
 * @throws {RangeError} if there are no replications, the series are empty or of unequal lengths,
 *   an observation is NaN or ±Infinity, or window is not an integer in [0, m - 1].
 * @example
 * welchAverage([[1, 2, 3, 4, 5], [3, 4, 5, 6, 7]], 1); // => [2, 3, 4, 5]
 */
export function welchAverage(replications: readonly (readonly number[])[], window: number): number[] {
  if (!Array.isArray(replications)) {
    throw new TypeError(`welchAverage: replications must be an array of series, got ${showValue(replications)}`);
  }
  if (replications.length === 0) {
    throw new RangeError("welchAverage: replications must hold at least one series, got an array of length 0");
  }
  const m = seriesLength(replications);
  checkInteger("welchAverage", "window", window, 0);
  if (window > m - 1) {
    throw new RangeError(`welchAverage: window must be an integer in [0, ${m - 1}] for series of length ${m}, got ${window}`);
  }
  const R = replications.length;
  // prefix[i] = Ȳ_0 + ... + Ȳ_{i-1}, so any window's sum is one subtraction.
  const prefix = new Array<number>(m + 1).fill(0);
  for (let i = 0; i < m; i++) {
    let sum = 0;
    for (const series of replications) sum += series[i]!;
    prefix[i + 1] = prefix[i]! + sum / R;
  }
  const out = new Array<number>(m - window);
  for (let i = 0; i < m - window; i++) {
    const half = Math.min(i, window);
    out[i] = (prefix[i + half + 1]! - prefix[i - half]!) / (2 * half + 1);
  }
  return out;
}

function seriesLength(replications: readonly (readonly number[])[]): number {
  let m = -1;
  replications.forEach((series, r) => {
    if (!Array.isArray(series)) {
      throw new TypeError(`welchAverage: replications[${r}] must be an array of finite numbers, got ${showValue(series)}`);
    }
    if (series.length === 0) throw new RangeError(`welchAverage: replications[${r}] must not be empty, got an array of length 0`);
    if (m === -1) m = series.length;
    if (series.length !== m) {
      throw new RangeError(
        `welchAverage: every series must have the same length, got ${series.length} for replications[${r}] and ${m} for replications[0]`,
      );
    }
    series.forEach((x, i) => {
      if (typeof x !== "number" || !Number.isFinite(x)) {
        throw new RangeError(`welchAverage: replications[${r}][${i}] must be a finite number, got ${showValue(x)}`);
      }
    });
  });
  return m;
}
