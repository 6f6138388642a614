import { bootstrapFit, type BootstrapOptions, type GofTest } from "./bootstrap-fit.js";
import { empiricalFit } from "./empirical-fit.js";
import type { FitDist, FitParameters } from "./family.js";
import { FAMILIES } from "./families/all-families.js";

/** Fewest durations `fitDurations` accepts: below this no test can tell the families apart. */
export const MIN_DURATIONS = 10;

/** One family fitted to the durations, tested, with intervals on its parameters. */
export interface FittedFamily {
  readonly dist: FitDist;
  /** Maximum-likelihood parameters in the scenario format's terms, in the unit of the durations. */
  readonly parameters: FitParameters;
  /** Percentile-bootstrap interval of each parameter (at `level`). */
  readonly intervals: Readonly<Record<string, readonly [number, number]>>;
  readonly logLikelihood: number;
  /** Akaike's information criterion 2p − 2 ln L: lower is better. */
  readonly aic: number;
  readonly ks: GofTest;
  readonly ad: GofTest;
}

/** The empirical fallback: the observed values as the scenario format's `empirical`. */
export interface EmpiricalFit {
  readonly dist: "empirical";
  readonly values: readonly number[];
  readonly weights: readonly number[];
}

/** Every family fitted to one sample of durations, ranked, and the one to use. */
export interface DurationFit {
  readonly n: number;
  /** The parametric families, best (lowest AIC) first. */
  readonly candidates: readonly FittedFamily[];
  readonly empirical: EmpiricalFit;
  /** The lowest-AIC family that neither test rejects at `alpha`, or the empirical fallback if every family is rejected. */
  readonly best: FittedFamily | EmpiricalFit;
  /** Significance level of the rejection. */
  readonly alpha: number;
}

/** Options of `fitDurations`. */
export interface FitDurationsOptions extends BootstrapOptions {
  /** A family whose KS or AD p-value is below this is rejected. @default 0.05 */
  readonly alpha?: number;
}

/**
 * Fits every family the scenario format has for durations (exponential, uniform, triangular,
 * normal, lognormal, gamma, Erlang, Weibull) by maximum likelihood, ranks them by AIC, tests each
 * with Kolmogorov–Smirnov and Anderson–Darling (p-values and parameter intervals by parametric
 * bootstrap, seeded), and picks the lowest-AIC family that neither test rejects, or the empirical
 * distribution of the data if every family is rejected (as happens with thousands of real records,
 * which no simple family fits exactly). Arena's Input Analyzer does the same job.
 * Cost: O(B · families · n log n).
 *
 * @param durations durations in any one unit (minutes, hours), each a finite number > 0
 * @throws {RangeError} if fewer than 10 durations are given, one is not a finite number > 0, or they do not vary.
 */
export function fitDurations(durations: readonly number[], options: FitDurationsOptions): DurationFit {
  const n = durations.length;
  if (n < MIN_DURATIONS) throw new RangeError(`fitDurations: needs at least ${MIN_DURATIONS} durations to fit, got ${n}`);
  durations.forEach((x, i) => {
    if (!(typeof x === "number" && x > 0 && x < Infinity)) throw new RangeError(`fitDurations: duration ${i} must be a finite number > 0, got ${String(x)}`);
  });
  const sorted = [...durations].sort((a, b) => a - b);
  if (sorted[0] === sorted[n - 1]) throw new RangeError(`fitDurations: every duration is ${String(sorted[0])}; with no spread, use a deterministic distribution`);
  const alpha = options.alpha ?? 0.05;
  const candidates = FAMILIES.map((family): FittedFamily => {
    const parameters = family.fit(sorted);
    const logLikelihood = family.logLikelihood(parameters, sorted);
    const tested = bootstrapFit(family, parameters, sorted, options);
    return { dist: family.dist, parameters, intervals: tested.intervals, logLikelihood, aic: 2 * family.parameterCount - 2 * logLikelihood, ks: tested.ks, ad: tested.ad };
  });
  // Stable sort: equal AIC keeps the scenario format's order.
  candidates.sort((a, b) => a.aic - b.aic);
  const empirical: EmpiricalFit = { dist: "empirical", ...empiricalFit(sorted) };
  const best = candidates.find((c) => c.ks.p >= alpha && c.ad.p >= alpha) ?? empirical;
  return { n, candidates, empirical, best, alpha };
}

/** The distribution a scenario file takes for a fit: `{ dist, ...parameters }`. */
export function fitAsDistribution(fit: FittedFamily | EmpiricalFit): Record<string, unknown> {
  return fit.dist === "empirical" ? { dist: "empirical", values: [...fit.values], weights: [...fit.weights] } : { dist: fit.dist, ...fit.parameters };
}
