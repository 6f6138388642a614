import { showValue } from "../../math/index.js";
import type { RandomSource } from "../random-stream.js";
import type { Distribution } from "./distribution.js";

/**
 * Discrete distribution over the given values, chosen with probability proportional to
 * `weights` (equal when omitted), e.g. the observed crossing times of last season.
 * Drawn by inversion with one uniform, over the values sorted ascending so that a larger
 * uniform never gives a smaller value (which keeps common random numbers in step).
 * Mean Σ pᵢxᵢ, variance Σ pᵢ(xᵢ − mean)². Cost: O(log n) per draw, O(n log n) to build.
 *
 * @throws {TypeError} if values or weights is not an array.
 * @throws {RangeError} if values is empty or holds a non-finite number, or weights has a
 *   different length, a negative or non-finite entry, or sums to 0.
 * @example
 * empirical([1, 2, 3], [1, 0, 3]).mean; // => 2.5
 */
export function empirical(values: readonly number[], weights?: readonly number[]): Distribution {
  if (!Array.isArray(values)) throw new TypeError(`empirical: values must be an array of numbers, got ${showValue(values)}`);
  if (values.length === 0) throw new RangeError("empirical: values must hold at least one number, got an empty array");
  values.forEach((v: unknown, i) => {
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw new RangeError(`empirical: values must be finite numbers, got ${showValue(v)} at index ${i}`);
    }
  });
  if (weights !== undefined) {
    if (!Array.isArray(weights)) {
      throw new TypeError(`empirical: weights must be an array of numbers, got ${showValue(weights)}`);
    }
    if (weights.length !== values.length) {
      throw new RangeError(
        `empirical: weights must have the length of values (${values.length}), got length ${weights.length}`,
      );
    }
    weights.forEach((w: unknown, i) => {
      if (typeof w !== "number" || !(w >= 0 && w < Infinity)) {
        throw new RangeError(`empirical: weights must be finite numbers >= 0, got ${showValue(w)} at index ${i}`);
      }
    });
  }
  // Weights are relative: when their sum overflows (1e308 + 1e308), use them divided by the largest,
  // or every draw would land on the last value. Sums that fit are used as given, so draws never change.
  let relative = weights;
  if (weights !== undefined && !Number.isFinite(weights.reduce((s, w) => s + w, 0))) {
    const largest = weights.reduce((m, w) => Math.max(m, w), 0);
    relative = weights.map((w) => w / largest);
  }
  const pairs = values
    .map((value, i) => ({ value, weight: relative?.[i] ?? 1 }))
    .sort((a, b) => a.value - b.value);
  const total = pairs.reduce((s, p) => s + p.weight, 0);
  if (!(total > 0)) throw new RangeError(`empirical: weights must sum to a number > 0, got ${total}`);
  const sorted = pairs.map((p) => p.value);
  const cumulative: number[] = [];
  let running = 0;
  let last = 0; // last index with a positive weight
  pairs.forEach((p, i) => {
    running += p.weight;
    cumulative.push(running);
    if (p.weight > 0) last = i;
  });
  const mean = pairs.reduce((s, p) => s + p.weight * p.value, 0) / total;
  const variance = pairs.reduce((s, p) => s + p.weight * (p.value - mean) * (p.value - mean), 0) / total;
  return {
    name: `empirical(${values.length} values)`,
    mean,
    variance,
    sample: (u: RandomSource) => {
      const target = u() * total;
      // First index whose cumulative weight exceeds the target; zero weights are skipped
      // because their cumulative weight equals the previous one.
      let lo = 0;
      let hi = last;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((cumulative[mid] as number) > target) hi = mid;
        else lo = mid + 1;
      }
      return sorted[lo] as number;
    },
  };
}
