import { logGamma } from "../../math/index.js";
import { exp, log } from "../../math/index.js";

// simple-statistics has no incomplete gamma function; written by hand (Numerical Recipes §6.2:
// the series for x < a + 1, the continued fraction by the modified Lentz method otherwise).
const EPS = 1e-15;
const TINY = 1e-300;
const MAX_TERMS = 10000;

function check(fn: string, a: number, x: number): void {
  if (!(a > 0 && a < Infinity)) throw new RangeError(`${fn}: a must be a finite number > 0, got ${String(a)}`);
  if (!(x >= 0)) throw new RangeError(`${fn}: x must be a number >= 0, got ${String(x)}`);
}

function series(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n < MAX_TERMS; n++) {
    term *= x / (a + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * EPS) break;
  }
  return sum * exp(-x + a * log(x) - logGamma(a));
}

function continuedFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_TERMS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return exp(-x + a * log(x) - logGamma(a)) * h;
}

/**
 * The regularized lower incomplete gamma function P(a, x) = γ(a, x) / Γ(a): the CDF at x of a
 * gamma distribution with shape a and scale 1. About 14 significant digits. Cost: O(√a) terms.
 *
 * @throws {RangeError} if a is not a finite number > 0 or x is not a number >= 0.
 * @example
 * regularizedGammaP(1, 2); // => 0.8646647167633873 (1 − e^−2)
 */
export function regularizedGammaP(a: number, x: number): number {
  check("regularizedGammaP", a, x);
  if (x === 0) return 0;
  if (x === Infinity) return 1;
  return x < a + 1 ? series(a, x) : 1 - continuedFraction(a, x);
}

/**
 * The regularized upper incomplete gamma function Q(a, x) = 1 − P(a, x), computed directly in the
 * upper tail so that small tail probabilities keep their digits (chi-square p-values).
 *
 * @throws {RangeError} if a is not a finite number > 0 or x is not a number >= 0.
 * @example
 * regularizedGammaQ(1, 2); // => 0.1353352832366127 (e^−2)
 */
export function regularizedGammaQ(a: number, x: number): number {
  check("regularizedGammaQ", a, x);
  if (x === 0) return 1;
  if (x === Infinity) return 0;
  return x < a + 1 ? 1 - series(a, x) : continuedFraction(a, x);
}
