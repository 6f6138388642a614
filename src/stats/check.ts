/**
 * Argument checks shared by the functions of `stats/`, so that every bad argument is reported the same way:
 * `mm1: mu must be a finite number > 0, got -1`. Internal: not re-exported by the barrel.
 */
import { showValue } from "../math/index.js";

function finiteNumber(fn: string, name: string, x: unknown, allowed: string): number {
  if (typeof x !== "number") throw new TypeError(`${fn}: ${name} must be ${allowed}, got ${showValue(x)}`);
  if (!Number.isFinite(x)) throw new RangeError(`${fn}: ${name} must be ${allowed}, got ${showValue(x)}`);
  return x;
}

/** Throws unless x is a finite number (any sign). */
export function checkFinite(fn: string, name: string, x: unknown): number {
  return finiteNumber(fn, name, x, "a finite number");
}

/** Throws unless x is a finite number > 0. */
export function checkPositive(fn: string, name: string, x: unknown): number {
  const allowed = "a finite number > 0";
  const v = finiteNumber(fn, name, x, allowed);
  if (!(v > 0)) throw new RangeError(`${fn}: ${name} must be ${allowed}, got ${showValue(x)}`);
  return v;
}

/** Throws unless x is a finite number >= 0. */
export function checkNonNegative(fn: string, name: string, x: unknown): number {
  const allowed = "a finite number >= 0";
  const v = finiteNumber(fn, name, x, allowed);
  if (!(v >= 0)) throw new RangeError(`${fn}: ${name} must be ${allowed}, got ${showValue(x)}`);
  return v;
}

/** Throws unless x is an integer >= min (a safe integer). */
export function checkInteger(fn: string, name: string, x: unknown, min: number): number {
  const allowed = `an integer >= ${min}`;
  const v = finiteNumber(fn, name, x, allowed);
  if (!Number.isSafeInteger(v) || v < min) throw new RangeError(`${fn}: ${name} must be ${allowed}, got ${showValue(x)}`);
  return v;
}

/** Throws unless x is a confidence level strictly between 0 and 1. */
export function checkLevel(fn: string, x: unknown): number {
  const allowed = "a number strictly between 0 and 1, such as 0.95";
  const v = finiteNumber(fn, "level", x, allowed);
  if (!(v > 0 && v < 1)) throw new RangeError(`${fn}: level must be ${allowed}, got ${showValue(x)}`);
  return v;
}

/** Throws unless xs is an array of at least `minLength` finite numbers; names the first bad element. */
export function checkFiniteArray(fn: string, name: string, xs: unknown, minLength: number): readonly number[] {
  if (!Array.isArray(xs)) throw new TypeError(`${fn}: ${name} must be an array of finite numbers, got ${showValue(xs)}`);
  if (xs.length < minLength) {
    throw new RangeError(`${fn}: ${name} must hold at least ${minLength} value(s), got ${showValue(xs)}`);
  }
  for (let i = 0; i < xs.length; i++) checkFinite(fn, `${name}[${i}]`, xs[i]);
  return xs as readonly number[];
}
