import { format } from "d3";
import type { Distribution } from "../../src/scenario/index.js";

const number = format(",.4~g");

/**
 * A short readable description of a distribution as a scenario file writes it, for diagrams and forms.
 * The time unit is left to the caller, since network scenarios use their own.
 * @example distributionLabel({ dist: "exponential", mean: 0.9 }) // => "exponential, mean 0.9"
 * @example distributionLabel({ dist: "deterministic", value: 1 }) // => "constant 1"
 */
export function distributionLabel(d: Distribution): string {
  switch (d.dist) {
    case "exponential": return `exponential, mean ${number(d.mean)}`;
    case "deterministic": return `constant ${number(d.value)}`;
    case "uniform": return `uniform ${number(d.min)}–${number(d.max)}`;
    case "triangular": return `triangular ${number(d.min)}, ${number(d.mode)}, ${number(d.max)}`;
    case "normal": return `normal, mean ${number(d.mean)}, sd ${number(d.sd)}`;
    case "lognormal": return `lognormal, mean ${number(d.mean)}, cv ${number(d.cv)}`;
    case "gamma": return `gamma, mean ${number(d.mean)}, cv ${number(d.cv)}`;
    case "erlang": return `Erlang-${d.k}, mean ${number(d.mean)}`;
    case "weibull": return `Weibull, shape ${number(d.shape)}, scale ${number(d.scale)}`;
    case "empirical": return `one of ${d.values.length} observed value${d.values.length === 1 ? "" : "s"}`;
  }
}
