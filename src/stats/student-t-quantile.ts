import { showValue } from "../math/index.js";
import { checkPositive } from "./check.js";
import { logBeta } from "./log-beta.js";
import { studentTDensity, studentTUpperTail } from "./student-t-cdf.js";
import { exp, expm1, log, normalQuantile, pow, tanPi } from "../math/index.js";

// Newton's method stops when a step moves t by less than this relative amount.
const TOLERANCE = 1e-13;
const MAX_STEPS = 100;
// Once steps stop shrinking below this relative size, they are rounding noise in the tail probability.
const NOISE = 1e-9;
// From here on the continued fraction needs thousands of steps and loses digits to cancellation near x = 1,
// while the Cornish-Fisher series is accurate to the normal quantile's 1e-9.
const LARGE_DF = 1e5;
// Beyond t = FAR·df the power-law tail is exact to (df + 1)·df/(2t²) < 1e-13 relative, and Newton's density would underflow.
const FAR = 1e7;

/**
 * The quantile of Student's t with `df` degrees of freedom: the t with P(T <= t) = p.
 * Closed forms for df = 1 (Cauchy) and df = 2; for df < 1e5, Hill's (1970) Algorithm 396 gives a start
 * that Newton's method refines on the upper tail, accurate to about 1e-12 relative (in the far tail,
 * beyond 1e7·df, the tail's power law is exact); for df >= 1e5, the Cornish-Fisher series around the
 * normal quantile, accurate to about 1e-9. Both are far inside the 1e-6
 * a confidence interval needs. A confidence interval at level L uses p = 1 - (1 - L)/2.
 * Cost: a handful of regularized incomplete beta evaluations.
 *
 * @param p probability, strictly between 0 and 1
 * @param df degrees of freedom, a finite number >= 1 (need not be an integer)
 * @returns the quantile t
 * @throws {RangeError} if p is not in (0, 1) or df is not a finite number >= 1.
 * @example
 * studentTQuantile(0.975, 9); // => 2.2621571627982036
 */
export function studentTQuantile(p: number, df: number): number {
  if (typeof p !== "number" || !(p > 0 && p < 1)) {
    throw new RangeError(`studentTQuantile: p must be a number strictly between 0 and 1, got ${showValue(p)}`);
  }
  checkPositive("studentTQuantile", "df", df);
  if (df < 1) throw new RangeError(`studentTQuantile: df must be a finite number >= 1, got ${showValue(df)}`);
  if (p === 0.5) return 0;
  const upper = p > 0.5;
  const q = upper ? 1 - p : p;
  const t = upperQuantile(q, df);
  return upper ? t : -t;
}

/** The t >= 0 with P(T > t) = q, for 0 < q < 1/2. */
function upperQuantile(q: number, df: number): number {
  if (df === 1) return 1 / tanPi(q);
  if (df === 2) return (1 - 2 * q) / Math.sqrt(2 * q * (1 - q));
  if (df >= LARGE_DF) return cornishFisher(-normalQuantile(q), df);
  const far = powerLawTail(q, df);
  if (far > FAR * df) return far;
  let t = hill396(2 * q, df);
  let previous = Infinity;
  for (let step = 0; step < MAX_STEPS; step++) {
    // The tail falls as t grows, so an excess of tail probability moves t up.
    const delta = (studentTUpperTail(t, df) - q) / studentTDensity(t, df);
    const next = t + delta > 0 ? t + delta : t / 2;
    const moved = Math.abs(next - t);
    const scale = Math.max(1, t);
    // Converged, or stalled on rounding noise in the tail after getting close.
    if (moved <= TOLERANCE * scale || (moved >= previous && moved <= NOISE * scale)) return next;
    previous = moved;
    t = next;
  }
  throw new Error(`studentTQuantile: Newton's method did not converge for q = ${q}, df = ${df}`);
}

/**
 * Far out, P(T > t) ≈ df^(df/2 - 1) / B(df/2, 1/2) · t^(-df), the leading term of the density's power law;
 * solved for t in logarithms so that q = 1e-300 gives t = 1e100 (df = 3) without overflow.
 */
function powerLawTail(q: number, df: number): number {
  return exp(((df / 2 - 1) * log(df) - logBeta(df / 2, 0.5) - log(q)) / df);
}

/** Abramowitz & Stegun 26.7.5: t as a series in 1/df around the normal quantile z. */
function cornishFisher(z: number, df: number): number {
  const z2 = z * z;
  const g1 = ((z2 + 1) * z) / 4;
  const g2 = (((5 * z2 + 16) * z2 + 3) * z) / 96;
  const g3 = ((((3 * z2 + 19) * z2 + 17) * z2 - 15) * z) / 384;
  const g4 = (((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) * z) / 92160;
  return z + (g1 + (g2 + (g3 + g4 / df) / df) / df) / df;
}

/**
 * Hill, G. W. (1970). Algorithm 396: Student's t-quantiles. Communications of the ACM 13(10), 617-619.
 * Returns t >= 0 with P(|T| > t) = twoTailed, to about six digits, as a starting point.
 */
function hill396(twoTailed: number, n: number): number {
  const a = 1 / (n - 0.5);
  const b = 48 / (a * a);
  let c = (((20700 * a) / b - 98) * a - 16) * a + 96.36;
  const d = ((94.5 / (b + c) - 3) / b + 1) * Math.sqrt((a * Math.PI) / 2) * n;
  let x = d * twoTailed;
  let y = pow(x, 2 / n);
  if (y > 0.05 + a) {
    x = normalQuantile(twoTailed / 2);
    y = x * x;
    if (n < 5) c += 0.3 * (n - 4.5) * (x + 0.6);
    c = (((0.05 * d * x - 5) * x - 7) * x - 2) * x + b + c;
    y = (((((0.4 * y + 6.3) * y + 36) * y + 94.5) / c - y - 3) / b + 1) * x;
    y = a * y * y;
    y = y > 0.002 ? expm1(y) : 0.5 * y * y + y;
  } else {
    y = ((1 / (((n + 6) / (n * y) - 0.089 * d - 0.822) * (n + 2) * 3) + 0.5 / (n + 4)) * y - 1) * ((n + 1) / (n + 2)) + 1 / y;
  }
  return Math.sqrt(n * y);
}
