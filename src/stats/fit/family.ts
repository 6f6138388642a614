/** A source of uniform random numbers in [0, 1), as `Math.random` is; the caller injects it (the engine's named streams). */
export type RandomSource = () => number;

/** Named uniform streams: one per use (`fit/gamma`, `fit/arrivals`), so that adding one never shifts another. */
export type NamedStreams = (name: string) => RandomSource;

/** The families `fitDurations` tries, named as the scenario format's `dist` names them. */
export type FitDist = "exponential" | "gamma" | "erlang" | "lognormal" | "weibull" | "normal" | "triangular" | "uniform";

/** A family's parameters in the scenario format's own terms, such as `{ mean: 4.6, cv: 0.3 }` for a lognormal. */
export type FitParameters = Readonly<Record<string, number>>;

/**
 * A family of distributions that can be fitted to a sample of durations and tested: the contract
 * every file in `families/` implements. Parameters are always those of the scenario format
 * (see src/scenario/format/distribution-schema.ts), in the unit of the sample.
 */
export interface Family {
  readonly dist: FitDist;
  /** The parameter names, in the scenario format's order, such as ["mean", "cv"]. */
  readonly parameterNames: readonly string[];
  /** Free parameters counted by AIC. */
  readonly parameterCount: number;
  /**
   * Maximum-likelihood estimate from a sample sorted in increasing order, every value > 0.
   * @throws {RangeError} if the sample cannot be fitted (too few values, no spread).
   */
  fit(sorted: readonly number[]): FitParameters;
  /** Log-likelihood of the sample under the parameters (−Infinity if a value is outside the support). */
  logLikelihood(parameters: FitParameters, sorted: readonly number[]): number;
  /** The CDF F(x) under the parameters. */
  cdf(parameters: FitParameters): (x: number) => number;
  /** The density f(x) under the parameters, per unit of x. */
  density(parameters: FitParameters): (x: number) => number;
  /** The quantile F⁻¹(p) for p in (0, 1). */
  quantile(parameters: FitParameters): (p: number) => number;
  /** One draw under the parameters from uniforms taken from `u`. */
  sampler(parameters: FitParameters): (u: RandomSource) => number;
}

/** The parameter `name`, which the family's own `fit` put there. */
export function parameter(parameters: FitParameters, name: string): number {
  const value = parameters[name];
  if (value === undefined) throw new RangeError(`missing parameter "${name}" in ${JSON.stringify(parameters)}`);
  return value;
}
