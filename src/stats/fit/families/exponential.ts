import { mean } from "simple-statistics";
import { expm1, exp, log, log1p } from "../../../math/index.js";
import { parameter, type Family } from "../family.js";

/** Exponential with parameter `mean`; the MLE is the sample mean. */
export const exponentialFamily: Family = {
  dist: "exponential",
  parameterNames: ["mean"],
  parameterCount: 1,
  fit: (sorted) => ({ mean: mean(sorted as number[]) }),
  logLikelihood: (p, sorted) => {
    const m = parameter(p, "mean");
    let sum = 0;
    for (const x of sorted) sum += x;
    return -sorted.length * log(m) - sum / m;
  },
  cdf: (p) => {
    const m = parameter(p, "mean");
    return (x) => (x <= 0 ? 0 : -expm1(-x / m));
  },
  density: (p) => {
    const m = parameter(p, "mean");
    return (x) => (x < 0 ? 0 : exp(-x / m) / m);
  },
  quantile: (p) => {
    const m = parameter(p, "mean");
    return (q) => -m * log1p(-q);
  },
  sampler: (p) => {
    const m = parameter(p, "mean");
    return (u) => -m * log1p(-u());
  },
};
