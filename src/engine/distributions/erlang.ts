import { showValue } from "../../math/index.js";
import type { RandomSource } from "../random-stream.js";
import { positive } from "./check-argument.js";
import type { Distribution } from "./distribution.js";
import { log1p } from "../../math/index.js";

/**
 * Erlang distribution: the sum of k independent exponential phases of mean mean / k each,
 * e.g. an inspection of k similar steps. Its cv is 1/√k; variance mean² / k. Drawn as that
 * sum, with k uniforms per draw.
 *
 * @throws {RangeError} if mean is not a finite number > 0 or k is not an integer >= 1.
 * @example
 * erlang(2, 4).variance; // => 1
 */
export function erlang(mean: number, k: number): Distribution {
  positive("erlang", "mean", mean);
  if (!Number.isSafeInteger(k) || k < 1) {
    const error = typeof k === "number" ? RangeError : TypeError;
    throw new error(`erlang: k must be an integer >= 1, got ${showValue(k)}`);
  }
  const phaseMean = mean / k;
  return {
    name: `erlang(mean=${mean}, k=${k})`,
    mean,
    variance: (mean * mean) / k,
    sample: (u: RandomSource) => {
      let s = 0;
      // A sum of logarithms, not the log of a product, which underflows for large k.
      for (let i = 0; i < k; i++) s -= log1p(-u());
      return phaseMean * s;
    },
  };
}
