import { checkFinite, checkPositive } from "./check.js";
import { logBeta } from "./log-beta.js";
import { incompleteBetaSplit } from "./regularized-incomplete-beta.js";

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
 * studentTCdf(1, 1); // => 0.75
 */
export function studentTCdf(t: number, df: number): number {
  checkFinite("studentTCdf", "t", t);
  checkPositive("studentTCdf", "df", df);
  return t >= 0 ? 1 - studentTUpperTail(t, df) : studentTUpperTail(-t, df);
}

/** P(T > t) for t >= 0, accurate in relative terms far into the tail. Internal to the t functions. */
export function studentTUpperTail(t: number, df: number): number {
  const t2 = t * t;
  return incompleteBetaSplit(df / (df + t2), t2 / (df + t2), df / 2, 0.5) / 2;
}

/** The density of Student's t at t. Internal to the t functions. */
export function studentTDensity(t: number, df: number): number {
  // Γ((df+1)/2) / (√(df·π) Γ(df/2)) = 1 / (√df · B(df/2, 1/2)), which stays accurate for large df.
  const logNorm = -0.5 * Math.log(df) - logBeta(df / 2, 0.5);
  return Math.exp(logNorm - ((df + 1) / 2) * Math.log1p((t * t) / df));
}
