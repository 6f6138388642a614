import { mser5, mser5Limit, welchAverage } from "../../src/stats/index.js";
import type { WelchData } from "../charts/welch-chart.js";
import type { TeachStudy } from "./teach-protocol.js";

/**
 * The Welch plot's data from a study's number-in-system series: Welch's moving average of the mean over
 * replications with a window of a fortieth of the run (at least one slice; Law advises at most a quarter),
 * MSER-5 on that same mean series with the most it may cut, the warm-up the study used, and the theory's L where it has one.
 */
export function welchData(study: TeachStudy): WelchData {
  const m = study.series[0]?.length ?? 0;
  const window = Math.max(1, Math.floor(m / 40));
  const mean = Array.from({ length: m }, (_, i) => study.series.reduce((sum, s) => sum + (s[i] ?? 0), 0) / study.series.length);
  const data = {
    sliceLength: study.sliceLength,
    replications: study.series,
    average: welchAverage(study.series, Math.min(window, m - 1)),
    window,
    truncateIndex: m >= 10 ? mser5(mean).truncateIndex : 0,
    truncateLimit: mser5Limit(m),
    warmupUsed: study.warmups.reduce((a, b) => a + b, 0) / Math.max(1, study.warmups.length),
  };
  const L = study.theory.applies ? study.theory.values["system.inSystem"] : undefined;
  return L === undefined ? data : { ...data, steadyState: L };
}
