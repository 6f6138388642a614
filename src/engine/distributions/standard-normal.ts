// The standard normal distribution: density, CDF and quantile, shared by the truncated
// normal, lognormal and gamma samplers. Draws are made by inversion so that one uniform
// makes one normal deviate and common random numbers stay synchronised.

const SQRT_2PI = Math.sqrt(2 * Math.PI);

/**
 * Density φ(z) of the standard normal distribution.
 *
 * @throws {RangeError} if z is NaN.
 * @example
 * normalDensity(0); // => 0.3989422804014327
 */
export function normalDensity(z: number): number {
  if (Number.isNaN(z)) throw new RangeError("normalDensity: z must be a number, got NaN");
  return Math.exp(-0.5 * z * z) / SQRT_2PI;
}

/**
 * Cumulative distribution Φ(z) = P(Z ≤ z) of the standard normal, to about 1e-14 relative
 * accuracy for z > −8 and 1e-12 beyond, down to 1e-300 (0 below z ≈ −38.5).
 * Cost: O(1), up to about 100 operations (it runs when a distribution is built, not per draw).
 *
 * @throws {RangeError} if z is NaN.
 * @example
 * normalCdf(-1.959963984540054); // => 0.024999999999999967
 */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) throw new RangeError("normalCdf: z must be a number, got NaN");
  const x = Math.abs(z);
  if (x < 2) {
    // Taylor series Φ(z) = 1/2 + φ(z) Σ z^(2n+1) / (2n+1)!!, all terms of one sign.
    const x2 = z * z;
    let term = z;
    let sum = z;
    for (let n = 1; Math.abs(term) > 1e-17 * Math.abs(sum); n++) {
      term *= x2 / (2 * n + 1);
      sum += term;
    }
    return 0.5 + normalDensity(z) * sum;
  }
  if (x > 40) return z > 0 ? 1 : 0;
  // Laplace's continued fraction for the Mills ratio (1 − Φ(x)) / φ(x); 100 terms reach full
  // precision from x = 2 on. exp(−x²/2) is split so that rounding x² costs no digits (Cody).
  let d = x;
  for (let k = 100; k >= 1; k--) d = x + k / d;
  const x16 = Math.trunc(x * 16) / 16;
  const tail = (Math.exp(-0.5 * x16 * x16) * Math.exp(-0.5 * (x - x16) * (x + x16))) / d / SQRT_2PI;
  return z > 0 ? 1 - tail : tail;
}

/**
 * Quantile Φ⁻¹(p) of the standard normal, to about 1e-16 relative accuracy
 * (Wichura 1988, algorithm AS 241). Φ⁻¹(0) = −∞ and Φ⁻¹(1) = +∞. Cost: O(1).
 *
 * @throws {RangeError} if p is not in [0, 1].
 * @example
 * normalQuantile(0.975); // => 1.9599639845400536
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`normalQuantile: p must be a number in [0, 1], got ${String(p)}`);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (
      (q *
        (((((((2.5090809287301226727e3 * r + 3.3430575583588128105e4) * r + 6.7265770927008700853e4) * r +
          4.5921953931549871457e4) *
          r +
          1.3731693765509461125e4) *
          r +
          1.9715909503065514427e3) *
          r +
          1.3314166789178437745e2) *
          r +
          3.387132872796366608)) /
      (((((((5.226495278852854561e3 * r + 2.8729085735721942674e4) * r + 3.930789580009271061e4) * r +
        2.1213794301586595867e4) *
        r +
        5.3941960214247511077e3) *
        r +
        6.871870074920579083e2) *
        r +
        4.2313330701600911252e1) *
        r +
        1)
    );
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let z: number;
  if (r <= 5) {
    r -= 1.6;
    z =
      (((((((7.7454501427834140764e-4 * r + 2.27238449892691845833e-2) * r + 2.4178072517745061177e-1) * r +
        1.27045825245236838258) *
        r +
        3.64784832476320460504) *
        r +
        5.7694972214606914055) *
        r +
        4.6303378461565452959) *
        r +
        1.42343711074968357734) /
      (((((((1.05075007164441684324e-9 * r + 5.475938084995344946e-4) * r + 1.51986665636164571966e-2) * r +
        1.4810397642748007459e-1) *
        r +
        6.8976733498510000455e-1) *
        r +
        1.6763848301838038494) *
        r +
        2.05319162663775882187) *
        r +
        1);
  } else {
    r -= 5;
    z =
      (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r + 1.2426609473880784386e-3) * r +
        2.6532189526576123093e-2) *
        r +
        2.9656057182850489123e-1) *
        r +
        1.7848265399172913358) *
        r +
        5.4637849111641143699) *
        r +
        6.6579046435011037772) /
      (((((((2.04426310338993978564e-15 * r + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r +
        7.868691311456132591e-4) *
        r +
        1.4875361290850614852e-2) *
        r +
        1.3692988092273580531e-1) *
        r +
        5.9983220655588793769e-1) *
        r +
        1);
  }
  return q < 0 ? -z : z;
}

/**
 * A standard normal deviate from one uniform u in [0, 1), by inversion; u = 0 is moved to
 * the smallest positive double so that the draw is finite (about −38.5).
 *
 * @throws {RangeError} if u is not in [0, 1].
 * @example
 * standardNormal(0.5); // => 0
 */
export function standardNormal(u: number): number {
  return normalQuantile(u > 0 ? u : Number.MIN_VALUE);
}
