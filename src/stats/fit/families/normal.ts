import { mean, variance } from "simple-statistics";
import { normalCdf } from "../normal-cdf.js";
import { normalQuantile } from "../../../math/index.js";
import { exp, log } from "../../../math/index.js";
import { parameter, type Family } from "../family.js";

const HALF_LOG_2PI = 0.5 * log(2 * Math.PI);

/**
 * Normal with `mean` and `sd`; the MLEs are the sample mean and the standard deviation with divisor n.
 * Fitted untruncated; the scenario format truncates it at zero, which matters only when sd is not
 * well below the mean.
 */
export const normalFamily: Family = {
  dist: "normal",
  parameterNames: ["mean", "sd"],
  parameterCount: 2,
  fit: (sorted) => {
    const sd = Math.sqrt(variance(sorted as number[]));
    if (!(sd > 0)) throw new RangeError("the values do not vary, so no spread can be fitted");
    return { mean: mean(sorted as number[]), sd };
  },
  logLikelihood: (p, sorted) => {
    const m = parameter(p, "mean");
    const sd = parameter(p, "sd");
    let squares = 0;
    for (const x of sorted) squares += (x - m) ** 2;
    return -sorted.length * (log(sd) + HALF_LOG_2PI) - squares / (2 * sd * sd);
  },
  cdf: (p) => {
    const m = parameter(p, "mean");
    const sd = parameter(p, "sd");
    return (x) => normalCdf((x - m) / sd);
  },
  density: (p) => {
    const m = parameter(p, "mean");
    const sd = parameter(p, "sd");
    return (x) => exp(-0.5 * ((x - m) / sd) ** 2 - HALF_LOG_2PI) / sd;
  },
  quantile: (p) => {
    const m = parameter(p, "mean");
    const sd = parameter(p, "sd");
    return (q) => m + sd * normalQuantile(q);
  },
  sampler: (p) => {
    const m = parameter(p, "mean");
    const sd = parameter(p, "sd");
    return (u) => m + sd * normalQuantile(Math.max(u(), Number.MIN_VALUE));
  },
};
