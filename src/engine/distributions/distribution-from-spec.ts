import { showValue } from "../../math/index.js";
import { deterministic } from "./deterministic.js";
import type { Distribution } from "./distribution.js";
import { empirical } from "./empirical.js";
import { erlang } from "./erlang.js";
import { exponential } from "./exponential.js";
import { gamma } from "./gamma.js";
import { lognormal } from "./lognormal.js";
import { normal } from "./normal.js";
import { triangular } from "./triangular.js";
import { uniform } from "./uniform.js";
import { weibull } from "./weibull.js";

/** A distribution as written in a scenario file; the fields are the factories' arguments. */
export type DistributionSpec =
  | { readonly dist: "exponential"; readonly mean: number }
  | { readonly dist: "deterministic"; readonly value: number }
  | { readonly dist: "uniform"; readonly min: number; readonly max: number }
  | { readonly dist: "triangular"; readonly min: number; readonly mode: number; readonly max: number }
  | { readonly dist: "normal"; readonly mean: number; readonly sd: number }
  | { readonly dist: "lognormal"; readonly mean: number; readonly cv: number }
  | { readonly dist: "gamma"; readonly mean: number; readonly cv: number }
  | { readonly dist: "erlang"; readonly mean: number; readonly k: number }
  | { readonly dist: "weibull"; readonly shape: number; readonly scale: number }
  | { readonly dist: "empirical"; readonly values: readonly number[]; readonly weights?: readonly number[] };

/** Every value `dist` may take, in the order the union lists them. */
export const distributionNames: readonly DistributionSpec["dist"][] = [
  "exponential",
  "deterministic",
  "uniform",
  "triangular",
  "normal",
  "lognormal",
  "gamma",
  "erlang",
  "weibull",
  "empirical",
];

/**
 * Builds the distribution a scenario file describes. Specs come from JSON, so the fields
 * are checked at run time by the factories, whose messages name the field.
 *
 * @throws {TypeError} if spec is not an object.
 * @throws {RangeError} if `dist` is not one of {@link distributionNames}, or a field is invalid.
 * @example
 * distributionFromSpec({ dist: "erlang", mean: 2, k: 4 }).variance; // => 1
 */
export function distributionFromSpec(spec: DistributionSpec): Distribution {
  if (typeof spec !== "object" || spec === null || Array.isArray(spec)) {
    throw new TypeError(`distributionFromSpec: spec must be an object with a "dist" field, got ${showValue(spec)}`);
  }
  switch (spec.dist) {
    case "exponential":
      return exponential(spec.mean);
    case "deterministic":
      return deterministic(spec.value);
    case "uniform":
      return uniform(spec.min, spec.max);
    case "triangular":
      return triangular(spec.min, spec.mode, spec.max);
    case "normal":
      return normal(spec.mean, spec.sd);
    case "lognormal":
      return lognormal(spec.mean, spec.cv);
    case "gamma":
      return gamma(spec.mean, spec.cv);
    case "erlang":
      return erlang(spec.mean, spec.k);
    case "weibull":
      return weibull(spec.shape, spec.scale);
    case "empirical":
      return empirical(spec.values, spec.weights);
    default: {
      const dist: unknown = (spec as { dist: unknown }).dist;
      throw new RangeError(
        `distributionFromSpec: dist must be one of ${distributionNames.map((n) => `"${n}"`).join(", ")}, got ${showValue(dist)}`,
      );
    }
  }
}
