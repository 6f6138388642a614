import { mean } from "simple-statistics";
import { regularizedGammaP } from "../regularized-gamma.js";
import { parameter, type FitParameters, type Family } from "../family.js";
import { gammaDensity, gammaDeviate, gammaLogLikelihood, gammaQuantile, gammaShapeMle } from "./gamma-shape.js";

function shapeScale(p: FitParameters): { shape: number; scale: number } {
  const m = parameter(p, "mean");
  const cv = parameter(p, "cv");
  return { shape: 1 / (cv * cv), scale: m * cv * cv };
}

/**
 * Gamma, reported by `mean` and `cv` as the scenario format writes it (shape 1/cv², scale mean·cv²).
 * The MLE of the mean is the sample mean; the shape solves ln k − ψ(k) = ln(mean x) − mean(ln x).
 */
export const gammaFamily: Family = {
  dist: "gamma",
  parameterNames: ["mean", "cv"],
  parameterCount: 2,
  fit: (sorted) => ({ mean: mean(sorted as number[]), cv: 1 / Math.sqrt(gammaShapeMle(sorted)) }),
  logLikelihood: (p, sorted) => {
    const { shape, scale } = shapeScale(p);
    return gammaLogLikelihood(shape, scale, sorted);
  },
  cdf: (p) => {
    const { shape, scale } = shapeScale(p);
    return (x) => (x <= 0 ? 0 : regularizedGammaP(shape, x / scale));
  },
  density: (p) => {
    const { shape, scale } = shapeScale(p);
    return (x) => gammaDensity(shape, scale, x);
  },
  quantile: (p) => {
    const { shape, scale } = shapeScale(p);
    return (q) => gammaQuantile(shape, scale, q);
  },
  sampler: (p) => {
    const { shape, scale } = shapeScale(p);
    return (u) => scale * gammaDeviate(shape, u);
  },
};
