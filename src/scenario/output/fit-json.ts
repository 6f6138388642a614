import { fitAsDistribution, type ArrivalProfileFit, type DurationFit, type FittedFamily } from "../../stats/index.js";

/** A candidate as `fit service --format json` prints it: `{ dist, ...parameters, logLikelihood, aic, ks, ad, intervals }`. */
function candidateJson(c: FittedFamily): Record<string, unknown> {
  return { dist: c.dist, ...c.parameters, logLikelihood: c.logLikelihood, aic: c.aic, ks: c.ks, ad: c.ad, intervals: c.intervals };
}

/**
 * `fit service --format json`: `{ n, best: { dist, ...parameters }, candidates: [...] }`, the
 * parametric candidates best AIC first, then the empirical fallback (whose likelihood, AIC and
 * tests are null: it is the data itself).
 */
export function durationFitJson(fit: DurationFit): Record<string, unknown> {
  return {
    n: fit.n,
    best: fitAsDistribution(fit.best),
    candidates: [
      ...fit.candidates.map(candidateJson),
      { ...fitAsDistribution(fit.empirical), logLikelihood: null, aic: null, ks: null, ad: null, intervals: null },
    ],
  };
}

/** `fit arrivals --format json`: `{ n, days, trucksPerDay, hourOfDay, dayOfWeek, monthOfYear, dispersion }`. */
export function arrivalFitJson(fit: ArrivalProfileFit): Record<string, unknown> {
  return {
    n: fit.n,
    days: fit.days,
    trucksPerDay: fit.trucksPerDay,
    hourOfDay: fit.hourOfDay,
    dayOfWeek: fit.dayOfWeek,
    monthOfYear: fit.monthOfYear,
    dispersion: fit.dispersion,
  };
}
