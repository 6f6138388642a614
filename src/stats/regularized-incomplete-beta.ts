import { showValue } from "../math/index.js";
import { checkPositive } from "./check.js";
import { logBeta } from "./log-beta.js";
import { exp, log, log1p } from "../math/index.js";

// Lentz's method stops when a step changes the fraction by less than this relative amount.
const EPSILON = 1e-15;
const TINY = 1e-300;
// Convergence takes O(sqrt(max(a, b))) steps at worst; this allows a, b up to about 1e10.
const MAX_STEPS = 100_000;

/**
 * The regularized incomplete beta function I_x(a, b): the probability that a Beta(a, b) variable is at most x.
 * Evaluated by the continued fraction of Numerical Recipes (section 6.4) with Lentz's method,
 * on whichever side of the mean converges fast, so small results keep their relative accuracy when x is small.
 * Cost: O(sqrt(max(a, b))) steps at worst, usually a few dozen.
 *
 * @param x point in [0, 1]
 * @param a first shape parameter, > 0
 * @param b second shape parameter, > 0
 * @returns I_x(a, b), in [0, 1]
 * @throws {RangeError} if x is outside [0, 1] or a or b is not a finite number > 0.
 * @example
 * regularizedIncompleteBeta(0.5, 2, 3); // => 0.6875000000000002
 */
export function regularizedIncompleteBeta(x: number, a: number, b: number): number {
  checkPositive("regularizedIncompleteBeta", "a", a);
  checkPositive("regularizedIncompleteBeta", "b", b);
  if (typeof x !== "number" || !(x >= 0 && x <= 1)) {
    throw new RangeError(`regularizedIncompleteBeta: x must be a number in [0, 1], got ${showValue(x)}`);
  }
  return incompleteBetaSplit(x, 1 - x, a, b);
}

/**
 * I_x(a, b) given both x and y = 1 - x, each computed by the caller without cancellation
 * (the t distribution forms x = df/(df+t²) and y = t²/(df+t²)); arguments are not checked. Internal.
 */
export function incompleteBetaSplit(x: number, y: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (y <= 0) return 1;
  const logX = x < 0.5 ? log(x) : log1p(-y);
  const logY = y < 0.5 ? log(y) : log1p(-x);
  const front = exp(a * logX + b * logY - logBeta(a, b));
  if (x < (a + 1) / (a + b + 2)) return (front * continuedFraction(x, a, b)) / a;
  return 1 - (front * continuedFraction(y, b, a)) / b;
}

function continuedFraction(x: number, a: number, b: number): number {
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_STEPS; m++) {
    const m2 = 2 * m;
    // Even step of the fraction.
    let aa = (m * (b - m) * x) / ((a - 1 + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    // Odd step.
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + 1 + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < EPSILON) return h;
  }
  throw new Error(`regularizedIncompleteBeta: continued fraction did not converge for x = ${x}, a = ${a}, b = ${b}`);
}
