// Argument checks shared by the distribution factories, so every message reads
// `<function>: <argument> must be <what is allowed>, got <value>`.
import { showValue } from "../../math/index.js";

/**
 * Returns x if it is a finite number, else throws.
 *
 * @throws {TypeError} if x is not a number; {RangeError} if it is NaN or infinite.
 * @example
 * finite("uniform", "min", 2); // => 2
 */
export function finite(fn: string, arg: string, x: unknown): number {
  if (typeof x !== "number") throw new TypeError(`${fn}: ${arg} must be a finite number, got ${showValue(x)}`);
  if (!Number.isFinite(x)) throw new RangeError(`${fn}: ${arg} must be a finite number, got ${showValue(x)}`);
  return x;
}

/**
 * Returns x if it is a finite number > 0, else throws.
 *
 * @throws {TypeError} if x is not a number; {RangeError} if it is not finite or not > 0.
 * @example
 * positive("exponential", "mean", 2); // => 2
 */
export function positive(fn: string, arg: string, x: unknown): number {
  if (typeof x !== "number") throw new TypeError(`${fn}: ${arg} must be a finite number > 0, got ${showValue(x)}`);
  if (!(x > 0 && x < Infinity)) throw new RangeError(`${fn}: ${arg} must be a finite number > 0, got ${showValue(x)}`);
  return x;
}

/**
 * Returns x if it is a finite number ≥ 0, else throws.
 *
 * @throws {TypeError} if x is not a number; {RangeError} if it is not finite or negative.
 * @example
 * nonNegative("gamma", "cv", 0); // => 0
 */
export function nonNegative(fn: string, arg: string, x: unknown): number {
  if (typeof x !== "number") throw new TypeError(`${fn}: ${arg} must be a finite number >= 0, got ${showValue(x)}`);
  if (!(x >= 0 && x < Infinity)) throw new RangeError(`${fn}: ${arg} must be a finite number >= 0, got ${showValue(x)}`);
  return x;
}
