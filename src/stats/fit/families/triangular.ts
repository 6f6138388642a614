import { exp, log } from "../../../math/index.js";
import { parameter, type FitParameters, type Family } from "../family.js";
import { nelderMead2 } from "../nelder-mead.js";

const LOG2 = log(2);

/**
 * The mode that maximises the likelihood for given ends a < x₁ and b > xₙ, and that likelihood.
 * For fixed ends the best mode is a, b or one of the observations (Oliver 1972), so all n + 2 are
 * tried in O(n) with running sums of ln(x − a) and ln(b − x).
 */
function bestMode(sorted: readonly number[], a: number, b: number): { mode: number; logLikelihood: number } {
  const n = sorted.length;
  const lw = log(b - a);
  const left = sorted.map((x) => log(x - a));
  const right = sorted.map((x) => log(b - x));
  let sumRight = 0;
  for (const r of right) sumRight += r;
  let sumLeft = 0;
  for (const l of left) sumLeft += l;
  // Mode at a: every point on the falling side; mode at b: every point on the rising side.
  let best = { mode: a, logLikelihood: n * (LOG2 - 2 * lw) + sumRight };
  const atB = n * (LOG2 - 2 * lw) + sumLeft;
  if (atB > best.logLikelihood) best = { mode: b, logLikelihood: atB };
  let prefix = 0;
  let suffix = sumRight;
  for (let r = 0; r < n; r++) {
    const c = sorted[r] as number;
    suffix -= right[r] as number;
    const ll = n * (LOG2 - lw) + prefix - r * log(c - a) + suffix - (n - 1 - r) * log(b - c);
    if (ll > best.logLikelihood) best = { mode: c, logLikelihood: ll };
    prefix += left[r] as number;
  }
  return best;
}

/** The x in [lo, hi] maximising f, by golden-section search to about 1e-10 of the interval. */
function goldenMax(f: (x: number) => number, lo: number, hi: number): number {
  const g = (Math.sqrt(5) - 1) / 2;
  let a = lo;
  let b = hi;
  let c = b - g * (b - a);
  let d = a + g * (b - a);
  let fc = f(c);
  let fd = f(d);
  for (let i = 0; i < 60; i++) {
    if (fc > fd) {
      b = d; d = c; fd = fc; c = b - g * (b - a); fc = f(c);
    } else {
      a = c; c = d; fc = fd; d = a + g * (b - a); fd = f(d);
    }
  }
  return (a + b) / 2;
}

function ends(p: FitParameters): { a: number; c: number; b: number } {
  return { a: parameter(p, "min"), c: parameter(p, "mode"), b: parameter(p, "max") };
}

/**
 * Triangular on [`min`, `max`] with its peak at `mode`, fitted by maximum likelihood: the mode
 * profiled out exactly (see bestMode), the two ends by Nelder–Mead over ln-gaps below the smallest
 * and above the largest value (min kept >= 0, as the scenario format requires).
 */
export const triangularFamily: Family = {
  dist: "triangular",
  parameterNames: ["min", "mode", "max"],
  parameterCount: 3,
  fit: (sorted) => {
    const n = sorted.length;
    const lo = sorted[0] as number;
    const hi = sorted[n - 1] as number;
    const range = hi - lo;
    if (!(range > 0)) throw new RangeError("the values do not vary, so no spread can be fitted");
    // a = lo − lo·σ(v) stays in (0, lo); b = hi + range·e^w stays above hi.
    const a = (v: number): number => lo - lo / (1 + exp(-v));
    const b = (w: number): number => hi + range * exp(w);
    const start = Math.min(0.5, range / n / lo);
    const { point } = nelderMead2(([v, w]) => -bestMode(sorted, a(v), b(w)).logLikelihood, [log(start / (1 - start)), log(1 / n)], 1, 1e-13, 300);
    const inner = { min: a(point[0]), max: b(point[1]) };
    const fits = [{ ...inner, ...bestMode(sorted, inner.min, inner.max) }];
    // The supremum is often on the edge, mode = min = smallest value (right-skewed data) or
    // mode = max = largest value, where the simplex would only creep towards it: try both directly.
    const sumLog = (f: (x: number) => number): number => sorted.reduce((s, x) => s + log(f(x)), 0);
    const w = goldenMax((w) => sumLog((x) => b(w) - x) - 2 * n * log(b(w) - lo), -30, 10);
    fits.push({ min: lo, max: b(w), mode: lo, logLikelihood: n * LOG2 + sumLog((x) => b(w) - x) - 2 * n * log(b(w) - lo) });
    const v = goldenMax((v) => sumLog((x) => x - a(v)) - 2 * n * log(hi - a(v)), -30, 30);
    fits.push({ min: a(v), max: hi, mode: hi, logLikelihood: n * LOG2 + sumLog((x) => x - a(v)) - 2 * n * log(hi - a(v)) });
    const best = fits.reduce((x, y) => (y.logLikelihood > x.logLikelihood ? y : x));
    return { min: best.min, mode: best.mode, max: best.max };
  },
  logLikelihood: (p, sorted) => {
    const { a, c, b } = ends(p);
    let sum = 0;
    for (const x of sorted) {
      if (x < a || x > b) return -Infinity;
      sum += x < c ? log((2 * (x - a)) / ((b - a) * (c - a))) : x > c ? log((2 * (b - x)) / ((b - a) * (b - c))) : log(2 / (b - a));
    }
    return sum;
  },
  cdf: (p) => {
    const { a, c, b } = ends(p);
    return (x) => (x <= a ? 0 : x >= b ? 1 : x <= c ? (x - a) ** 2 / ((b - a) * (c - a)) : 1 - (b - x) ** 2 / ((b - a) * (b - c)));
  },
  density: (p) => {
    const { a, c, b } = ends(p);
    return (x) => (x < a || x > b ? 0 : x < c ? (2 * (x - a)) / ((b - a) * (c - a)) : x > c ? (2 * (b - x)) / ((b - a) * (b - c)) : 2 / (b - a));
  },
  quantile: (p) => {
    const { a, c, b } = ends(p);
    const atMode = (c - a) / (b - a);
    return (q) => (q < atMode ? a + Math.sqrt(q * (b - a) * (c - a)) : b - Math.sqrt((1 - q) * (b - a) * (b - c)));
  },
  sampler: (p) => {
    const quantile = triangularFamily.quantile(p);
    return (u) => quantile(u());
  },
};
