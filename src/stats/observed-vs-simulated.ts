import { mean, quantileSorted, sampleStandardDeviation } from "simple-statistics";
import type { Estimate } from "./estimate.js";
import { exp, log } from "../math/index.js";
import { ksTwoSample } from "./ks-two-sample.js";
import { studentTQuantile } from "./student-t-quantile.js";

/** The quantiles compared, as probabilities. */
export const CHECK_PROBABILITIES: readonly number[] = [0.1, 0.25, 0.5, 0.75, 0.9, 0.95];

/** One quantile, observed and simulated. */
export interface QuantileComparison {
  readonly p: number;
  readonly observed: number;
  /** The simulated value (geometric mean over replications) with its 95% prediction interval for one period like the observed one. */
  readonly simulated: Estimate;
  /** Where the observed value lies against the simulated interval. */
  readonly position: "below" | "inside" | "above";
}

/** One point of the Q–Q comparison (values in the metric's unit). */
export interface QqPoint {
  readonly p: number;
  readonly observed: number;
  /** The quantile of all replications' (subsampled) values pooled. */
  readonly simulated: number;
  /** The 95% prediction interval of one period's quantile (log scale, as for the compared quantiles). */
  readonly lo: number;
  readonly hi: number;
}

/** How observed values compare with the same metric in simulated replications. */
export interface ObservedComparison {
  readonly observed: { readonly n: number; readonly mean: number };
  readonly simulated: { readonly replications: number; readonly meanPerReplication: number; readonly mean: number };
  readonly quantiles: readonly QuantileComparison[];
  /** Observed mean minus simulated mean, with its 95% prediction interval (0 inside it: no evidence of a difference). */
  readonly meanDifference: Estimate;
  /** The observed sample's mean two-sample KS distance to the replications, with its Monte Carlo p-value (see compareObservedWithSimulated). */
  readonly test: { readonly statistic: number; readonly p: number };
  /** True when the test does not reject at 5% (p > 0.05; with 19 replications the smallest p is 0.05, a rejection). */
  readonly consistent: boolean;
  /**
   * Q–Q points at p = (i + ½)/100: the observed quantile, the pooled simulated quantile, and `lo`, `hi`,
   * the 95% prediction interval of the quantile of one period like the observed one (as for `quantiles`),
   * where the observed quantile falls when the scenario is right.
   */
  readonly qq: readonly QqPoint[];
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
 * the replications. The mean gets a 95% prediction interval x̄ ± t·s·√(1 + 1/R), the quantiles the
 * same on the log scale (their point is then the geometric mean over replications; `halfWidth`
 * is half the interval's width). The test is a Monte Carlo rank test: T is the observed sample's
 * mean two-sample KS distance to the R replications, Tᵣ each replication's mean distance to the
 * other R samples (the observed one included), and p = (1 + #{Tᵣ >= T}) / (R + 1), nearly exact when
 * the scenario is right: the R + 1 samples are then exchangeable but for the thinning of replications
 * with more values than the observed sample (one with fewer stays whole, so sizes may differ), which
 * the observed period does not undergo. `random` gives the uniforms of the
 * subsamples (pass a named stream of the scenario's seed). Comparing with replications
 * rather than with the pooled trucks keeps the test honest although successive trucks' times are
 * strongly correlated (a queue lasts for hours), which a textbook two-sample test ignores.
 * Cost: O(R · n log n).
 *
 * @throws {RangeError} if fewer than 2 replications or 10 observed values are given, or a replication is empty.
 */
export function compareObservedWithSimulated(observed: readonly number[], replications: readonly (readonly number[])[], random: () => number): ObservedComparison {
  const r = replications.length;
  if (r < 2) throw new RangeError(`compareObservedWithSimulated: needs at least 2 replications, got ${r}`);
  if (observed.length < 10) throw new RangeError(`compareObservedWithSimulated: needs at least 10 observed values, got ${observed.length}`);
  replications.forEach((rep, i) => {
    if (rep.length === 0) throw new RangeError(`compareObservedWithSimulated: replication ${i} has no value (no truck crossed in its window)`);
  });
  const obs = [...observed].sort((a, b) => a - b);
  const n = obs.length;
  const u = random;
  const reps = replications.map((rep) => subsample(rep, n, u));
  const t = studentTQuantile(0.975, r - 1);
  const predict = (values: readonly number[]): Estimate => {
    const m = mean(values as number[]);
    const halfWidth = t * sampleStandardDeviation(values as number[]) * Math.sqrt(1 + 1 / r);
    return { mean: m, halfWidth, lo: m - halfWidth, hi: m + halfWidth };
  };
  // Quantiles of times are positive and skewed across replications (a scanner breakdown can
  // double a week's median): their prediction interval is taken on the log scale.
  const predictPositive = (values: readonly number[]): Estimate => {
    if (values.some((v) => !(v > 0))) return predict(values);
    const logs = predict(values.map((v) => log(v)));
    const lo = exp(logs.lo as number);
    const hi = exp(logs.hi as number);
    return { mean: exp(logs.mean), halfWidth: (hi - lo) / 2, lo, hi };
  };
  const quantiles = CHECK_PROBABILITIES.map((p): QuantileComparison => {
    const simulated = predictPositive(reps.map((rep) => quantileSorted(rep, p)));
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
  // Every sample (the observed one first, then each replication) against every other: under the
  // hypothesis the R + 1 samples are exchangeable, so the observed sample's mean distance to the
  // others is as likely to rank anywhere among the R + 1 mean distances.
  const samples = [obs, ...reps];
  const distance = samples.map(() => new Array<number>(samples.length).fill(0));
  for (let i = 0; i < samples.length; i++) {
    for (let j = i + 1; j < samples.length; j++) {
      const d = ksTwoSample(samples[i] as number[], samples[j] as number[]);
      (distance[i] as number[])[j] = d;
      (distance[j] as number[])[i] = d;
    }
  }
  const meanDistance = distance.map((row) => row.reduce((s, d) => s + d, 0) / r);
  const statistic = meanDistance[0] as number;
  const above = meanDistance.slice(1).filter((d) => d >= statistic).length;
  const p = (1 + above) / (r + 1);
  const qq = Array.from({ length: 100 }, (_, i): QqPoint => {
    const q = (i + 0.5) / 100;
    const band = predictPositive(reps.map((rep) => quantileSorted(rep, q)));
    return { p: q, observed: quantileSorted(obs, q), simulated: quantileSorted(pool, q), lo: band.lo as number, hi: band.hi as number };
  });
  return {
    observed: { n, mean: observedMean },
    simulated: { replications: r, meanPerReplication: mean(replications.map((rep) => rep.length)), mean: simulatedMeans.mean },
    quantiles,
    meanDifference,
    test: { statistic, p },
    consistent: p > 0.05,
    qq,
  };
}
