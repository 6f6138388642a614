import { exp, log } from "../../../math/index.js";
import { parameter, type FitParameters, type Family } from "../family.js";
import { nelderMead2 } from "../nelder-mead.js";

const LOG2 = log(2);

/**
 * The mode that maximises the likelihood for given ends a < x₁ and b > xₙ, and that likelihood.
 * For fixed ends the best mode is a, b or one of the observations (Oliver 1972), so all n + 2 are
 * tried in O(n) with running sums of ln(x − a) and ln(b − x) (2n logs an evaluation).
 */
function bestMode(sorted: readonly number[], a: number, b: number, left: Float64Array, right: Float64Array): { mode: number; logLikelihood: number } {
  const n = sorted.length;
  const lw = log(b - a);
  // left[i] = ln(xᵢ − a), right[i] = ln(b − xᵢ), in buffers of n the caller reuses between calls.
  let sumRight = 0;
  let sumLeft = 0;
  for (let i = 0; i < n; i++) {
    const x = sorted[i] as number;
    const l = log(x - a);
    const r = log(b - x);
    left[i] = l;
    right[i] = r;
    sumRight += r;
    sumLeft += l;
  }
  // Mode at a: every point on the falling side; mode at b: every point on the rising side.
  let best = { mode: a, logLikelihood: n * (LOG2 - 2 * lw) + sumRight };
  const atB = n * (LOG2 - 2 * lw) + sumLeft;
  if (atB > best.logLikelihood) best = { mode: b, logLikelihood: atB };
  let prefix = 0;
  let suffix = sumRight;
  for (let r = 0; r < n; r++) {
    const c = sorted[r] as number;
    // left[r] and right[r] are ln(c − a) and ln(b − c): the logs are taken once per evaluation, not twice.
    const leftR = left[r] as number;
    const rightR = right[r] as number;
    suffix -= rightR;
    const ll = n * (LOG2 - lw) + prefix - r * leftR + suffix - (n - 1 - r) * rightR;
    if (ll > best.logLikelihood) best = { mode: c, logLikelihood: ll };
    prefix += leftR;
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
    // Buffers for bestMode's logs, reused by its hundreds of calls (a large file's values are 100,000s).
    const left = new Float64Array(n);
    const right = new Float64Array(n);
    const { point } = nelderMead2(([v, w]) => -bestMode(sorted, a(v), b(w), left, right).logLikelihood, [log(start / (1 - start)), log(1 / n)], 1, 1e-13, 300);
    const inner = { min: a(point[0]), max: b(point[1]) };
    const fits = [{ ...inner, ...bestMode(sorted, inner.min, inner.max, left, right) }];
    // The supremum is often on the edge, mode = min = smallest value (right-skewed data) or
    // mode = max = largest value, where the simplex would only creep towards it: try both directly.
    // Σ ln(end − x) and Σ ln(x − end) over the values, the end worked out once (not once per value).
    const sumLogBelow = (end: number): number => {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += log(end - (sorted[i] as number));
      return sum;
    };
    const sumLogAbove = (end: number): number => {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += log((sorted[i] as number) - end);
      return sum;
    };
    const atLo = (w: number): number => {
      const max = b(w);
      return sumLogBelow(max) - 2 * n * log(max - lo);
    };
    const w = goldenMax(atLo, -30, 10);
    const max = b(w);
    fits.push({ min: lo, max, mode: lo, logLikelihood: n * LOG2 + sumLogBelow(max) - 2 * n * log(max - lo) });
    const atHi = (v: number): number => {
      const min = a(v);
      return sumLogAbove(min) - 2 * n * log(hi - min);
    };
    const v = goldenMax(atHi, -30, 30);
    const min = a(v);
    fits.push({ min, max: hi, mode: hi, logLikelihood: n * LOG2 + sumLogAbove(min) - 2 * n * log(hi - min) });
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
