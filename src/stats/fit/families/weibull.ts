import { mean, variance } from "simple-statistics";
import { exp, expm1, log, log1p, pow } from "../../../math/index.js";
import { parameter, type FitParameters, type Family } from "../family.js";

/**
 * The maximum-likelihood Weibull shape k: the root of g(k) = Σ yᵏ ln y / Σ yᵏ − 1/k − mean(ln y),
 * which increases in k, by Newton steps kept inside a bracket (bisection when a step leaves it).
 * y = x / max x, so yᵏ cannot overflow; the shape does not depend on the scale.
 */
function weibullShapeMle(sorted: readonly number[]): number {
  const top = sorted[sorted.length - 1] as number;
  const logs = sorted.map((x) => log(x / top));
  const meanLog = mean(logs);
  const sdLog = Math.sqrt(variance(logs));
  if (!(sdLog > 0)) throw new RangeError("the values do not vary, so no spread can be fitted");
  const g = (k: number): { value: number; slope: number } => {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    for (const l of logs) {
      const w = exp(k * l);
      s0 += w;
      s1 += w * l;
      s2 += w * l * l;
    }
    return { value: s1 / s0 - 1 / k - meanLog, slope: (s2 * s0 - s1 * s1) / (s0 * s0) + 1 / (k * k) };
  };
  let lo = 1e-3;
  let hi = 1e3;
  // The moment start π / (√6 · sd of ln x) is close for every shape.
  let k = Math.min(hi / 2, Math.max(lo * 2, Math.PI / (Math.sqrt(6) * sdLog)));
  for (let i = 0; i < 200; i++) {
    const { value, slope } = g(k);
    if (value > 0) hi = k;
    else lo = k;
    let next = k - value / slope;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - k) <= 1e-14 * k) return next;
    k = next;
  }
  return k;
}

function shapeScale(p: FitParameters): { k: number; scale: number } {
  return { k: parameter(p, "shape"), scale: parameter(p, "scale") };
}

/** Weibull with `shape` and `scale`; scale = (mean of xᵏ)^(1/k) at the MLE shape k. */
export const weibullFamily: Family = {
  dist: "weibull",
  parameterNames: ["shape", "scale"],
  parameterCount: 2,
  fit: (sorted) => {
    const k = weibullShapeMle(sorted);
    const top = sorted[sorted.length - 1] as number;
    let sum = 0;
    for (const x of sorted) sum += pow(x / top, k);
    return { shape: k, scale: top * pow(sum / sorted.length, 1 / k) };
  },
  logLikelihood: (p, sorted) => {
    const { k, scale } = shapeScale(p);
    let sum = 0;
    for (const x of sorted) {
      const z = x / scale;
      sum += (k - 1) * log(z) - pow(z, k);
    }
    return sum + sorted.length * (log(k) - log(scale));
  },
  cdf: (p) => {
    const { k, scale } = shapeScale(p);
    return (x) => (x <= 0 ? 0 : -expm1(-pow(x / scale, k)));
  },
  density: (p) => {
    const { k, scale } = shapeScale(p);
    return (x) => (x < 0 ? 0 : (k / scale) * pow(x / scale, k - 1) * exp(-pow(x / scale, k)));
  },
  quantile: (p) => {
    const { k, scale } = shapeScale(p);
    return (q) => scale * pow(-log1p(-q), 1 / k);
  },
  sampler: (p) => {
    const { k, scale } = shapeScale(p);
    return (u) => scale * pow(-log1p(-u()), 1 / k);
  },
};
