import type { Distribution } from "../../src/scenario/index.js";

/** A distribution family, as the scenario's "dist" names it. */
export type Family = Distribution["dist"];

/** The parameters each family's form fields edit, in the order shown. */
export const familyParameters: Readonly<Record<Family, readonly string[]>> = {
  exponential: ["mean"],
  deterministic: ["value"],
  uniform: ["min", "max"],
  triangular: ["min", "mode", "max"],
  normal: ["mean", "sd"],
  lognormal: ["mean", "cv"],
  gamma: ["mean", "cv"],
  erlang: ["mean", "k"],
  weibull: ["shape", "scale"],
  empirical: ["values"],
};

/** Families in the order the form lists them: the ones lessons use first. */
export const families: readonly Family[] = ["exponential", "deterministic", "lognormal", "gamma", "erlang", "uniform", "triangular", "normal", "weibull", "empirical"];

/** A number field of a distribution being edited, or NaN when the field holds no number. */
function field(d: Readonly<Record<string, unknown>>, name: string): number {
  const v = d[name];
  return typeof v === "number" ? v : NaN;
}

/**
 * The mean of a distribution as the form holds it (fields may be missing or wrong while being typed);
 * NaN when it cannot be told. For the Weibull only the scale is used, which is close enough to carry over.
 * @example draftMean({ dist: "uniform", min: 1, max: 3 }) // => 2
 */
export function draftMean(d: Readonly<Record<string, unknown>>): number {
  switch (d["dist"]) {
    case "deterministic": return field(d, "value");
    case "uniform": return (field(d, "min") + field(d, "max")) / 2;
    case "triangular": return (field(d, "min") + field(d, "mode") + field(d, "max")) / 3;
    case "weibull": return field(d, "scale");
    case "empirical": {
      const values = d["values"];
      return Array.isArray(values) && values.length > 0 ? values.reduce((a: number, b: unknown) => a + Number(b), 0) / values.length : NaN;
    }
    default: return field(d, "mean");
  }
}

/**
 * A distribution of family `dist` with about the same mean as `from`, so switching family in the form keeps
 * the load of the station: a student comparing exponential with constant service sees variability alone change.
 * @example changeFamily({ dist: "exponential", mean: 2 }, "deterministic") // => { dist: "deterministic", value: 2 }
 */
export function changeFamily(from: Readonly<Record<string, unknown>>, dist: Family): Distribution {
  const guess = draftMean(from);
  const m = Number.isFinite(guess) && guess > 0 ? guess : 1;
  switch (dist) {
    case "exponential": return { dist, mean: m };
    case "deterministic": return { dist, value: m };
    case "uniform": return { dist, min: m / 2, max: (3 * m) / 2 };
    case "triangular": return { dist, min: m / 2, mode: m, max: (3 * m) / 2 };
    case "normal": return { dist, mean: m, sd: m / 4 };
    case "lognormal": return { dist, mean: m, cv: 1 };
    case "gamma": return { dist, mean: m, cv: 0.5 };
    case "erlang": return { dist, mean: m, k: 2 };
    case "weibull": return { dist, shape: 1.5, scale: m };
    case "empirical": return { dist, values: [m] };
  }
}
