import { mean } from "simple-statistics";
import { log1p } from "../../../math/index.js";
import { parameter, type FitParameters, type Family } from "../family.js";
import { gammaLaws, gammaLogLikelihood, gammaShapeMle } from "./gamma-shape.js";

function shapeScale(p: FitParameters): { shape: number; scale: number } {
  const k = parameter(p, "k");
  return { shape: k, scale: parameter(p, "mean") / k };
}

/**
 * Erlang-k, reported by `mean` and the whole number of phases `k`. For any k the MLE of the mean is
 * the sample mean; the log-likelihood is concave in k, so the best whole k is the floor or the
 * ceiling of the gamma MLE shape (at least 1), whichever is likelier.
 */
export const erlangFamily: Family = {
  dist: "erlang",
  parameterNames: ["mean", "k"],
  parameterCount: 2,
  fit: (sorted) => {
    const m = mean(sorted as number[]);
    const shape = gammaShapeMle(sorted);
    const below = Math.max(1, Math.floor(shape));
    const above = Math.max(1, Math.ceil(shape));
    const k = gammaLogLikelihood(above, m / above, sorted) > gammaLogLikelihood(below, m / below, sorted) ? above : below;
    return { mean: m, k };
  },
  ...gammaLaws(shapeScale),
  sampler: (p) => {
    const { shape, scale } = shapeScale(p);
    // The sum of k exponential phases, each by inversion.
    return (u) => {
      let sum = 0;
      for (let i = 0; i < shape; i++) sum -= log1p(-u());
      return scale * sum;
    };
  },
};
