import { log } from "../../../math/index.js";
import { parameter, type Family } from "../family.js";

/**
 * Uniform on [`min`, `max`]. The MLEs are the smallest and largest values, which put two
 * observations on the edge of the support, where the Anderson–Darling statistic is infinite; the
 * minimum-variance unbiased estimates used here widen the range by one spacing (max − min)/(n − 1)
 * at each end (min kept >= 0, as the scenario format requires). Their likelihood is a shade below
 * the MLE's, which favours the uniform a little less in the AIC ranking.
 */
export const uniformFamily: Family = {
  dist: "uniform",
  parameterNames: ["min", "max"],
  parameterCount: 2,
  fit: (sorted) => {
    const n = sorted.length;
    const lo = sorted[0] as number;
    const hi = sorted[n - 1] as number;
    if (!(hi > lo)) throw new RangeError("the values do not vary, so no spread can be fitted");
    const spacing = (hi - lo) / (n - 1);
    return { min: Math.max(0, lo - spacing), max: hi + spacing };
  },
  logLikelihood: (p, sorted) => {
    const a = parameter(p, "min");
    const b = parameter(p, "max");
    if ((sorted[0] as number) < a || (sorted[sorted.length - 1] as number) > b) return -Infinity;
    return -sorted.length * log(b - a);
  },
  cdf: (p) => {
    const a = parameter(p, "min");
    const b = parameter(p, "max");
    return (x) => (x <= a ? 0 : x >= b ? 1 : (x - a) / (b - a));
  },
  density: (p) => {
    const a = parameter(p, "min");
    const b = parameter(p, "max");
    return (x) => (x < a || x > b ? 0 : 1 / (b - a));
  },
  quantile: (p) => {
    const a = parameter(p, "min");
    const b = parameter(p, "max");
    return (q) => a + q * (b - a);
  },
  sampler: (p) => {
    const a = parameter(p, "min");
    const b = parameter(p, "max");
    return (u) => a + u() * (b - a);
  },
};
