// Fitting input distributions and arrival profiles to records: pure functions. Only re-exports.
export type { Family, FitDist, FitParameters } from "./family.js";
export { FAMILIES } from "./families/all-families.js";
export { exponentialFamily } from "./families/exponential.js";
export { uniformFamily } from "./families/uniform.js";
export { triangularFamily } from "./families/triangular.js";
export { normalFamily } from "./families/normal.js";
export { lognormalFamily } from "./families/lognormal.js";
export { gammaFamily } from "./families/gamma.js";
export { erlangFamily } from "./families/erlang.js";
export { weibullFamily } from "./families/weibull.js";
export { ksStatistic } from "./ks-statistic.js";
export { adStatistic } from "./ad-statistic.js";
export { bootstrapFit, type BootstrapFit, type BootstrapOptions, type GofTest } from "./bootstrap-fit.js";
export { empiricalFit, EMPIRICAL_MAX_VALUES } from "./empirical-fit.js";
export { fitDurations, fitAsDistribution, MIN_DURATIONS, type DurationFit, type FittedFamily, type EmpiricalFit, type FitDurationsOptions } from "./fit-durations.js";
export { regularizedGammaP, regularizedGammaQ } from "./regularized-gamma.js";
export { digamma, trigamma } from "./digamma.js";
export { fitArrivalProfile, weekdayOf, monthOf, MIN_ARRIVAL_DAYS, type LocalArrival, type ArrivalProfileFit, type ArrivalProfileOptions } from "./fit-arrival-profile.js";
