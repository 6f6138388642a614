import { log } from "../../math/index.js";

// simple-statistics has neither digamma nor trigamma; written by hand: the recurrence
// ψ(x) = ψ(x + 1) − 1/x up to x ≥ 15, then the asymptotic series (Abramowitz and Stegun 6.3.18, 6.4.12).

/**
 * The digamma function ψ(x) = d/dx ln Γ(x), for x > 0; about 14 significant digits. Cost: O(1).
 *
 * @throws {RangeError} if x is not a finite number > 0.
 * @example
 * digamma(1); // => -0.5772156649015329 (minus Euler's constant)
 */
export function digamma(x: number): number {
  if (!(x > 0 && x < Infinity)) throw new RangeError(`digamma: x must be a finite number > 0, got ${String(x)}`);
  let shift = 0;
  while (x < 15) {
    shift -= 1 / x;
    x += 1;
  }
  const r = 1 / (x * x);
  return shift + log(x) - 0.5 / x - r * (1 / 12 - r * (1 / 120 - r * (1 / 252 - r * (1 / 240 - r / 132))));
}

/**
 * The trigamma function ψ′(x), the derivative of digamma, for x > 0; about 14 significant digits.
 * Cost: O(1).
 *
 * @throws {RangeError} if x is not a finite number > 0.
 * @example
 * trigamma(1); // => 1.6449340668482264 (π²/6)
 */
export function trigamma(x: number): number {
  if (!(x > 0 && x < Infinity)) throw new RangeError(`trigamma: x must be a finite number > 0, got ${String(x)}`);
  let shift = 0;
  while (x < 15) {
    shift += 1 / (x * x);
    x += 1;
  }
  const r = 1 / (x * x);
  return shift + 1 / x + r / 2 + (r / x) * (1 / 6 - r * (1 / 30 - r * (1 / 42 - r / 30)));
}
