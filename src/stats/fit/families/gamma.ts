import { mean } from "simple-statistics";
import { parameter, type FitParameters, type Family } from "../family.js";
import { gammaDeviate, gammaLaws, gammaShapeMle } from "./gamma-shape.js";

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
  ...gammaLaws(shapeScale),
  sampler: (p) => {
    const { shape, scale } = shapeScale(p);
    return (u) => scale * gammaDeviate(shape, u);
  },
};
