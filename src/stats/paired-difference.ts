import { checkFiniteArray, checkLevel } from "./check.js";
import { intervalOf } from "./confidence-interval.js";
import type { Estimate } from "./estimate.js";

/**
 * The confidence interval of the mean difference alternative - baseline, pairing the two scenarios
 * replication by replication. When both ran replication i on the same random numbers (common random numbers),
 * the noise they share cancels in each difference, so this interval is usually much narrower than
 * the difference of two separate intervals. The interval excludes 0 when the difference is significant at `level`.
 * Cost: O(n).
 *
 * @param baseline one value per replication of the reference scenario
 * @param alternative one value per replication of the other scenario, in the same order and unit
 * @param level confidence level in (0, 1); @default 0.95
 * @returns the mean of alternative[i] - baseline[i] and its Student-t interval (null bounds when n = 1)
 * @throws {TypeError} if either argument is not an array.
 * @throws {RangeError} if the arrays are empty, differ in length, hold NaN or ±Infinity, or level is not in (0, 1).
 * @example
 * pairedDifference([10, 12, 11], [8, 11, 9]).mean; // => -1.6666666666666667
 */
export function pairedDifference(baseline: readonly number[], alternative: readonly number[], level = 0.95): Estimate {
  checkFiniteArray("pairedDifference", "baseline", baseline, 1);
  checkFiniteArray("pairedDifference", "alternative", alternative, 1);
  if (baseline.length !== alternative.length) {
    throw new RangeError(
      `pairedDifference: baseline and alternative must have one value per replication each (equal lengths), got ${baseline.length} and ${alternative.length}`,
    );
  }
  checkLevel("pairedDifference", level);
  return intervalOf(
    "pairedDifference",
    alternative.map((x, i) => x - baseline[i]!),
    level,
  );
}
