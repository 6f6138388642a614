/**
 * A piecewise-constant rate over time (events per time unit, e.g. trucks per hour), or a
 * dimensionless multiplier when it is a factor of a {@link productProfile}. Contract only.
 */
export interface RateProfile {
  /** Rate at time t; at a change time, the rate that starts there (right-continuous). */
  rateAt(t: number): number;
  /**
   * The next time > t at which the rate may change, or Infinity if it never does; the rate
   * is constant on [t, nextChange(t)).
   */
  nextChange(t: number): number;
  /** Expected number of events in (a, b], the integral of the rate from a to b. */
  integral(a: number, b: number): number;
}

/**
 * Throws unless t is a finite time; `fn` and `arg` name the caller and argument in the message.
 *
 * @throws {RangeError} if t is not a finite number.
 * @example
 * checkTime("periodicProfile.rateAt", "t", 3); // => undefined
 */
export function checkTime(fn: string, arg: string, t: number): void {
  if (typeof t !== "number" || !Number.isFinite(t)) {
    throw new RangeError(`${fn}: ${arg} must be a finite number, got ${String(t)}`);
  }
}

/**
 * Throws unless a and b are finite times with a <= b; `fn` names the caller in the message.
 *
 * @throws {RangeError} if a or b is not finite, or b < a.
 * @example
 * checkInterval("constantProfile.integral", 0, 2); // => undefined
 */
export function checkInterval(fn: string, a: number, b: number): void {
  checkTime(fn, "a", a);
  checkTime(fn, "b", b);
  if (a > b) throw new RangeError(`${fn}: b must be >= a (${a}), got ${b}`);
}
