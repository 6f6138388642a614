import type { RandomSource } from "../random-stream.js";
import { nonNegative, positive } from "./check-argument.js";
import { deterministic } from "./deterministic.js";
import type { Distribution } from "./distribution.js";
import { standardNormal } from "./standard-normal.js";
import { log, pow } from "../../math/index.js";

/**
 * Gamma distribution with the given mean and coefficient of variation cv = sd / mean, i.e.
 * shape 1 / cv² and scale mean · cv²; cv = 1 is exponential, cv < 1 less variable, cv > 1
 * more. Drawn by Marsaglia and Tsang's (2000) rejection method, about 1.05 normal-uniform
 * pairs per draw for shape ≥ 1 (the acceptance rate is ≥ 95%); for shape < 1 (cv > 1) one
 * more uniform boosts a shape + 1 draw. The number of uniforms used varies, so common random
 * numbers stay aligned only per stream, not per draw. cv = 0 gives a constant.
 *
 * @throws {RangeError} if mean is not a finite number > 0 or cv not a finite number >= 0.
 * @example
 * gamma(3, 0.5).variance; // => 2.25
 */
export function gamma(mean: number, cv: number): Distribution {
  positive("gamma", "mean", mean);
  nonNegative("gamma", "cv", cv);
  const name = `gamma(mean=${mean}, cv=${cv})`;
  if (cv === 0) return { ...deterministic(mean), name };
  const shape = 1 / (cv * cv);
  const scale = mean * cv * cv;
  const boost = shape < 1;
  const d = (boost ? shape + 1 : shape) - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  const sd = cv * mean;
  return {
    name,
    mean,
    variance: sd * sd,
    sample: (u: RandomSource) => {
      let g: number;
      for (;;) {
        const x = standardNormal(u());
        let v = 1 + c * x;
        if (v <= 0) continue;
        v = v * v * v;
        const w = u();
        // The squeeze avoids the logarithm almost always; log(0) = −∞ correctly accepts.
        if (w < 1 - 0.0331 * x * x * x * x || log(w) < 0.5 * x * x + d * (1 - v + log(v))) {
          g = d * v;
          break;
        }
      }
      // Gamma(k) = Gamma(k + 1) · U^(1/k) (Marsaglia and Tsang, section 6); 1 − u avoids U = 0.
      if (boost) g *= pow(1 - u(), 1 / shape);
      return scale * g;
    },
  };
}
