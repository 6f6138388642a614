/** An estimate as the page needs it: a mean and, with two or more replications, its 95% interval. */
export interface Interval {
  readonly mean: number;
  readonly lo: number | null;
  readonly hi: number | null;
}

/**
 * A number for people: thousands separated, at most `digits` decimals (exactly `digits` when `fixed`,
 * so a table's column lines up), a true minus sign, no "-0".
 * @example formatNumber(-1234.56, 1) // => "−1,234.6"
 */
export function formatNumber(value: number, digits = 1, fixed = false): string {
  const text = value.toLocaleString("en-GB", { maximumFractionDigits: digits, minimumFractionDigits: fixed ? digits : 0 });
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text.replace(/^-/, "−");
}

/**
 * The 95% interval in words, or why there is none; `fixed` as for formatNumber.
 * @example formatInterval({ mean: 5, lo: 4.12, hi: 5.88 }, 1) // => "95% CI 4.1 to 5.9"
 */
export function formatInterval(estimate: Interval, digits = 1, fixed = false): string {
  if (estimate.lo === null || estimate.hi === null) return "no interval: run at least 2 replications";
  return `95% CI ${formatNumber(estimate.lo, digits, fixed)} to ${formatNumber(estimate.hi, digits, fixed)}`;
}

/**
 * Decimals that resolve an estimate: enough that the interval's ends differ (one more decimal per
 * tenfold narrower half-width), at least `least` (hours read better with a decimal), at most 2; by the
 * mean's size when there is no interval.
 * @example digitsFor({ mean: -5.8, lo: -6.1, hi: -5.5 }) // => 1
 */
export function digitsFor(estimate: Interval, least = 0): number {
  const halfWidth = estimate.lo === null || estimate.hi === null ? null : (estimate.hi - estimate.lo) / 2;
  const scale = halfWidth !== null && halfWidth > 0 ? halfWidth : Math.abs(estimate.mean) / 10;
  if (!(scale > 0)) return least;
  return Math.min(2, Math.max(least, Math.ceil(-Math.log10(scale))));
}

/** True when the interval holds zero: the data do not tell the change from no change. */
export function includesZero(estimate: Interval): boolean {
  return estimate.lo === null || estimate.hi === null || (estimate.lo <= 0 && estimate.hi >= 0);
}

/** The estimate with its sign turned (a time added becomes a time saved), the interval turned with it. */
export function negate(estimate: Interval): Interval {
  return { mean: -estimate.mean, lo: estimate.hi === null ? null : -estimate.hi, hi: estimate.lo === null ? null : -estimate.lo };
}

/**
 * The estimate of a level that cannot be negative (hours, trucks), its interval cut at zero: a Student-t
 * interval can reach below zero, and "−4 to 25 trucks" would say nothing true.
 * @example cutAtZero({ mean: 11, lo: -4, hi: 25 }) // => { mean: 11, lo: 0, hi: 25 }
 */
export function cutAtZero<T extends Interval>(estimate: T): T {
  return estimate.lo === null || estimate.lo >= 0 ? estimate : { ...estimate, lo: 0 };
}
