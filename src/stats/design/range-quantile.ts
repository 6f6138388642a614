/** A plausible range and how values spread over it: uniform, or triangular with its mode at the nominal value. */
export interface PlausibleRange {
  readonly low: number;
  readonly nominal: number;
  readonly high: number;
  readonly distribution: "uniform" | "triangular";
}

/**
 * The value at cumulative probability u of a plausible range: low + u·(high − low) when uniform;
 * the inverse distribution function of the triangular distribution on [low, high] with mode at the
 * nominal value when triangular. Maps a unit-cube design (Latin hypercube, Morris grid) to input
 * values; u = 0 gives low and u = 1 gives high. Cost: O(1).
 *
 * @param u a probability in [0, 1]
 * @throws {RangeError} if u is outside [0, 1] or the range is not low <= nominal <= high.
 * @example
 * rangeQuantile(0.5, { low: 0, nominal: 0, high: 1, distribution: "triangular" }); // => 0.2928932188134524
 */
export function rangeQuantile(u: number, range: PlausibleRange): number {
  const { low, nominal, high, distribution } = range;
  if (!(u >= 0 && u <= 1)) throw new RangeError(`rangeQuantile: u must be in [0, 1], got ${u}`);
  if (!(low <= nominal && nominal <= high)) throw new RangeError(`rangeQuantile: need low <= nominal <= high, got ${low}, ${nominal}, ${high}`);
  const width = high - low;
  if (distribution === "uniform" || width === 0) return u === 1 ? high : low + u * width;
  const split = (nominal - low) / width;
  if (u <= split) return low + Math.sqrt(u * width * (nominal - low));
  return high - Math.sqrt((1 - u) * width * (high - nominal));
}
