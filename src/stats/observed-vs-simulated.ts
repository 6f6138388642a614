import { mean, quantileSorted, sampleStandardDeviation } from "simple-statistics";
import { randomStream } from "../engine/index.js";
import type { Estimate } from "./estimate.js";
import { ksTwoSample } from "./ks-two-sample.js";
import { studentTQuantile } from "./student-t-quantile.js";

/** The quantiles compared, as probabilities. */
export const CHECK_PROBABILITIES: readonly number[] = [0.1, 0.25, 0.5, 0.75, 0.9, 0.95];

/** One quantile, observed and simulated. */
export interface QuantileComparison {
  readonly p: number;
  readonly observed: number;
  /** The simulated value with its 95% prediction interval for one period like the observed one. */
  readonly simulated: Estimate;
  /** Where the observed value lies against the simulated interval. */
  readonly position: "below" | "inside" | "above";
}

/** How observed values compare with the same metric in simulated replications. */
export interface ObservedComparison {
  readonly observed: { readonly n: number; readonly mean: number };
  readonly simulated: { readonly replications: number; readonly meanPerReplication: number; readonly mean: number };
  readonly quantiles: readonly QuantileComparison[];
  /** Observed mean minus simulated mean, with its 95% prediction interval (0 inside it: no evidence of a difference). */
  readonly meanDifference: Estimate;
  /** Two-sample KS distance of the observed values to the pooled replications, with a Monte Carlo p-value over the replications. */
  readonly test: { readonly statistic: number; readonly p: number };
  /** True when the test does not reject at 5%. */
  readonly consistent: boolean;
  /** Q–Q points: observed and pooled simulated quantiles at (i + ½)/100. */
  readonly qq: readonly { readonly p: number; readonly observed: number; readonly simulated: number }[];
}

/** Shuffles the first k places of a copy (partial Fisher–Yates) and returns them, sorted. */
function subsample(values: readonly number[], k: number, u: () => number): number[] {
  const copy = [...values];
  const m = Math.min(k, copy.length);
  for (let i = 0; i < m; i++) {
    const j = i + Math.floor(u() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j] as number, copy[i] as number];
  }
  return copy.slice(0, m).sort((a, b) => a - b);
}

/**
 * Compares observed values of a metric (crossing hours per truck) with the same metric in R
 * independent simulated replications, treating the observed records as one more period: each
 * replication is cut to the observed size by a seeded random subsample (all of it when smaller),
 * and every statistic of the observed sample is set against the spread of the same statistic over
 * the replications. The quantiles and the mean get 95% prediction intervals x̄ ± t·s·√(1 + 1/R); the
 * test is the two-sample KS distance to the pooled replications, with p = (1 + #{Dᵣ >= D}) / (R + 1)
 * where Dᵣ is replication r's distance to the pool of the others. Comparing with replications
 * rather than with the pooled trucks keeps the test honest although successive trucks' times are
 * strongly correlated (a queue lasts for hours), which a textbook two-sample test ignores.
 * Cost: O(R · n log n).
 *
 * @throws {RangeError} if fewer than 2 replications or 10 observed values are given, or a replication is empty.
 */
export function compareObservedWithSimulated(observed: readonly number[], replications: readonly (readonly number[])[], seed = 1): ObservedComparison {
  const r = replications.length;
  if (r < 2) throw new RangeError(`compareObservedWithSimulated: needs at least 2 replications, got ${r}`);
  if (observed.length < 10) throw new RangeError(`compareObservedWithSimulated: needs at least 10 observed values, got ${observed.length}`);
  replications.forEach((rep, i) => {
    if (rep.length === 0) throw new RangeError(`compareObservedWithSimulated: replication ${i} has no value (no truck crossed in its window)`);
  });
  const obs = [...observed].sort((a, b) => a - b);
  const n = obs.length;
  const u = randomStream(seed, 0, "check/subsample");
  const reps = replications.map((rep) => subsample(rep, n, u));
  const t = studentTQuantile(0.975, r - 1);
  const predict = (values: readonly number[]): Estimate => {
    const m = mean(values as number[]);
    const halfWidth = t * sampleStandardDeviation(values as number[]) * Math.sqrt(1 + 1 / r);
    return { mean: m, halfWidth, lo: m - halfWidth, hi: m + halfWidth };
  };
  const quantiles = CHECK_PROBABILITIES.map((p): QuantileComparison => {
    const simulated = predict(reps.map((rep) => quantileSorted(rep, p)));
    const value = quantileSorted(obs, p);
    return { p, observed: value, simulated, position: value < (simulated.lo as number) ? "below" : value > (simulated.hi as number) ? "above" : "inside" };
  });
  const observedMean = mean(obs);
  const simulatedMeans = predict(reps.map((rep) => mean(rep)));
  const meanDifference: Estimate = {
    mean: observedMean - simulatedMeans.mean,
    halfWidth: simulatedMeans.halfWidth,
    lo: observedMean - simulatedMeans.mean - (simulatedMeans.halfWidth as number),
    hi: observedMean - simulatedMeans.mean + (simulatedMeans.halfWidth as number),
  };
  const pool = reps.flat().sort((a, b) => a - b);
  const statistic = ksTwoSample(obs, pool);
  let above = 0;
  reps.forEach((rep, i) => {
    const others = reps.filter((_, j) => j !== i).flat().sort((a, b) => a - b);
    if (ksTwoSample(rep, others) >= statistic) above++;
  });
  const p = (1 + above) / (r + 1);
  const qq = Array.from({ length: 100 }, (_, i) => {
    const q = (i + 0.5) / 100;
    return { p: q, observed: quantileSorted(obs, q), simulated: quantileSorted(pool, q) };
  });
  return {
    observed: { n, mean: observedMean },
    simulated: { replications: r, meanPerReplication: mean(replications.map((rep) => rep.length)), mean: simulatedMeans.mean },
    quantiles,
    meanDifference,
    test: { statistic, p },
    consistent: p >= 0.05,
    qq,
  };
}
