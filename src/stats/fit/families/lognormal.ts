import { mean, variance } from "simple-statistics";
import { normalCdf } from "../normal-cdf.js";
import { normalQuantile } from "../../../math/index.js";
import { exp, expm1, log, log1p } from "../../../math/index.js";
import { parameter, type FitParameters, type Family } from "../family.js";

const HALF_LOG_2PI = 0.5 * log(2 * Math.PI);

/** μ and σ of the underlying normal, from the scenario's mean and cv. */
function underlying(p: FitParameters): { mu: number; sigma: number } {
  const s2 = log1p(parameter(p, "cv") ** 2);
  return { mu: log(parameter(p, "mean")) - s2 / 2, sigma: Math.sqrt(s2) };
}

/**
 * Lognormal, reported by its own `mean` and `cv` as the scenario format writes it. The MLEs are
 * μ = mean of ln x and σ² = variance of ln x with divisor n; then mean = e^(μ + σ²/2), cv = √(e^σ² − 1).
 */
export const lognormalFamily: Family = {
  dist: "lognormal",
  parameterNames: ["mean", "cv"],
  parameterCount: 2,
  fit: (sorted) => {
    const logs = sorted.map((x) => log(x));
    const mu = mean(logs);
    const s2 = variance(logs);
    if (!(s2 > 0)) throw new RangeError("the values do not vary, so no spread can be fitted");
    return { mean: exp(mu + s2 / 2), cv: Math.sqrt(expm1(s2)) };
  },
  logLikelihood: (p, sorted) => {
    const { mu, sigma } = underlying(p);
    let sum = 0;
    for (const x of sorted) {
      const lx = log(x);
      sum += -lx - ((lx - mu) ** 2) / (2 * sigma * sigma);
    }
    return sum - sorted.length * (log(sigma) + HALF_LOG_2PI);
  },
  cdf: (p) => {
    const { mu, sigma } = underlying(p);
    return (x) => (x <= 0 ? 0 : normalCdf((log(x) - mu) / sigma));
  },
  density: (p) => {
    const { mu, sigma } = underlying(p);
    return (x) => (x <= 0 ? 0 : exp(-0.5 * ((log(x) - mu) / sigma) ** 2 - HALF_LOG_2PI) / (sigma * x));
  },
  quantile: (p) => {
    const { mu, sigma } = underlying(p);
    return (q) => exp(mu + sigma * normalQuantile(q));
  },
  sampler: (p) => {
    const { mu, sigma } = underlying(p);
    return (u) => exp(mu + sigma * normalQuantile(Math.max(u(), Number.MIN_VALUE)));
  },
};
