import { checkFinite, checkPositive } from "./check.js";
import { logBeta } from "./log-beta.js";
import { incompleteBetaSplit } from "./regularized-incomplete-beta.js";
import { exp, log, log1p } from "../math/index.js";

// Below this, df/t² is so small that the tail's leading power-law term is exact to double precision.
const FAR_OUT = 1e-200;

/**
 * The cumulative distribution function of Student's t with `df` degrees of freedom: P(T <= t).
 * Uses P(|T| > t) = I_x(df/2, 1/2) with x = df/(df+t²), passing 1 - x = t²/(df+t²) formed without
 * subtracting from 1, so tails as small as 1e-300 keep their relative accuracy and the centre its absolute accuracy.
 * Cost: one regularized incomplete beta evaluation.
 *
 * @param t the point, any finite number
 * @param df degrees of freedom, a finite number > 0 (need not be an integer)
 * @returns P(T <= t), in [0, 1]
 * @throws {RangeError} if t is not finite or df is not a finite number > 0.
 * @example
 * studentTCdf(1, 1); // => 0.7499999999999998
 */
export function studentTCdf(t: number, df: number): number {
  checkFinite("studentTCdf", "t", t);
  checkPositive("studentTCdf", "df", df);
  return t >= 0 ? 1 - studentTUpperTail(t, df) : studentTUpperTail(-t, df);
}

/** P(T > t) for t >= 0, accurate in relative terms far into the tail. Internal to the t functions. */
export function studentTUpperTail(t: number, df: number): number {
  // x = df/(df+t²) and y = t²/(df+t²), formed from whichever ratio is below 1 so that t² cannot overflow.
  const root = Math.sqrt(df);
  if (t <= root) {
    const s = t / root;
    const s2 = s * s;
    return incompleteBetaSplit(1 / (1 + s2), s2 / (1 + s2), df / 2, 0.5) / 2;
  }
  const r = root / t;
  const r2 = r * r;
  if (r2 < FAR_OUT) {
    // x = r2/(1+r2) would underflow; I_x(a, 1/2) = x^a / (a·B(a, 1/2)) · (1 + O(x)), so take it in logarithms.
    return exp(df * (log(root) - log(t)) - logBeta(df / 2, 0.5)) / df;
  }
  return incompleteBetaSplit(r2 / (1 + r2), 1 / (1 + r2), df / 2, 0.5) / 2;
}

/** The density of Student's t at t. Internal to the t functions. */
export function studentTDensity(t: number, df: number): number {
  // Γ((df+1)/2) / (√(df·π) Γ(df/2)) = 1 / (√df · B(df/2, 1/2)), which stays accurate for large df.
  const logNorm = -0.5 * log(df) - logBeta(df / 2, 0.5);
  return exp(logNorm - ((df + 1) / 2) * log1p((t * t) / df));
}
