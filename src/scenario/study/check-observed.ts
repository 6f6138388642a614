import type { BorderDirectionId, RunLimits } from "../../model/index.js";
import { compareObservedWithSimulated, type ObservedComparison, type QuantileComparison } from "../../stats/index.js";
import type { BorderScenario } from "../format/border-scenario.js";
import { namedStreams } from "./named-streams.js";
import { truckTimes, type TruckMetric } from "./truck-times.js";

/** A scenario checked against observed records of one direction. */
export interface ObservedCheck extends ObservedComparison {
  readonly scenario: string;
  readonly direction: BorderDirectionId;
  readonly metric: TruckMetric;
  /** The finding in words, for people. */
  readonly verdict: string;
}

const hours = (x: number): string => `${x.toFixed(1)} h`;
const interval = (q: QuantileComparison): string => `[${hours(q.simulated.lo as number)}, ${hours(q.simulated.hi as number)}]`;

/** "median" for 0.5, "10th percentile" for 0.1. */
function percentileName(p: number): string {
  if (p === 0.5) return "the median";
  const n = Math.round(p * 100);
  return `the ${n}${n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th"} percentile`;
}

/** The comparison in words: the overall finding (the test, and any quantile outside its interval), the median and the tail. */
export function verdictOf(c: ObservedComparison, metric: TruckMetric): string {
  const what = metric === "crossingHours" ? "crossing times" : "waiting times";
  const median = c.quantiles.find((q) => q.p === 0.5) as QuantileComparison;
  const tail = c.quantiles.find((q) => q.p === 0.95) as QuantileComparison;
  const test = `over ${c.simulated.replications} replications, p = ${c.test.p.toFixed(3)}`;
  // The test looks at the whole distribution, the intervals at one quantile each (pointwise 95%: even a right
  // scenario puts one of six outside now and then). When they disagree, say both rather than call the records
  // consistent above a table that places a quantile outside its interval.
  const outside = c.quantiles.filter((q) => q.position !== "inside");
  const sameSide = outside.length > 0 && outside.every((q) => q.position === outside[0]!.position) ? outside[0]!.position : null;
  const which = outside.length === c.quantiles.length && sameSide !== null
    ? `all ${c.quantiles.length} quantiles compared lie ${sameSide} their simulated intervals`
    : `${outside.map((q) => percentileName(q.p)).join(", ")} ${outside.length === 1 ? "lies" : "lie"} outside ${outside.length === 1 ? "its" : "their"} simulated interval${outside.length === 1 ? "" : "s"} (pointwise 95%)`;
  // With R replications the rank test's p is at least 1 / (R + 1): below 19 it cannot reject at 5%, so its
  // "not rejected" is no evidence and the records must not be called consistent on its word.
  const r = c.simulated.replications;
  const head = !c.consistent
    ? `The scenario does not reproduce the observed ${what} (two-sample test ${test})`
    : r < CHECK_MIN_REPLICATIONS
      ? `With only ${r} replications the two-sample test cannot reject the scenario at 5%, whatever the records ` +
        `(p = ${c.test.p.toFixed(3)}; its smallest possible value is ${(1 / (r + 1)).toFixed(3)}; run ${CHECK_MIN_REPLICATIONS} or more)${outside.length === 0 ? "" : `, and ${which}`}`
      : outside.length === 0
      ? `The observed ${what} are consistent with the scenario (two-sample test ${test})`
      : `The two-sample test does not reject the scenario (${test}), but ${which}`;
  const parts = [
    `the observed median ${hours(median.observed)} lies ${median.position === "inside" ? "inside" : median.position} the simulated interval ${interval(median)}`,
    tail.position === "above"
      ? `the simulated tail is too short (observed 95th percentile ${hours(tail.observed)}, simulated ${interval(tail)})`
      : tail.position === "below"
        ? `the simulated tail is too long (observed 95th percentile ${hours(tail.observed)}, simulated ${interval(tail)})`
        : `the observed 95th percentile ${hours(tail.observed)} lies inside the simulated interval ${interval(tail)}`,
  ];
  return `${head}: ${parts.join("; ")}.`;
}

/** Replications `check` runs unless told otherwise: 19 is the fewest for a p-value below 0.05. */
export const CHECK_MIN_REPLICATIONS = 19;

/**
 * The replications `check` runs: `requested` (--replications) when given, else the scenario's own,
 * raised to CHECK_MIN_REPLICATIONS, so that the test can reject at 5%.
 * @example checkReplications({ replications: 10 }) // => 19
 */
export function checkReplications(scenario: { readonly replications: number }, requested?: number): number {
  return requested ?? Math.max(scenario.replications, CHECK_MIN_REPLICATIONS);
}

/** What is checked: one direction's per-truck metric. */
export interface CheckTarget {
  readonly direction: BorderDirectionId;
  readonly metric: TruckMetric;
}

/**
 * Compares observed values (hours) with `runs`, the per-truck `metric` of `direction` in each
 * replication of `scenario` in replication order (`truckTimes` of replications 0, 1, ...), as
 * `compareObservedWithSimulated` does, with the subsamples drawn from the named stream
 * `check/subsample` of the scenario's seed, and says the finding in words. `checkObserved` (the
 * CLI, one thread) and the dashboard (runs from its workers) both end here, so that the same runs
 * give the same check. Cost: O(R · n log n).
 *
 * @throws {RangeError} if fewer than 2 runs or 10 observed values are given, or a run is empty.
 */
export function checkAgainstRuns(
  scenario: Pick<BorderScenario, "name" | "seed">,
  observed: readonly number[],
  runs: readonly (readonly number[])[],
  target: CheckTarget,
): ObservedCheck {
  const comparison = compareObservedWithSimulated(observed, runs, namedStreams(scenario.seed)("check/subsample"));
  return { scenario: scenario.name, direction: target.direction, metric: target.metric, ...comparison, verdict: verdictOf(comparison, target.metric) };
}

/**
 * Runs `replications` replications of a border scenario and compares the per-truck `metric` of
 * `direction` in each replication's observation window with observed values (hours): `checkAgainstRuns`
 * of their `truckTimes`. For a fair comparison the simulated window should be as long as the period
 * the records cover (`days` − `warmupDays`). Replications run one after another in this thread.
 * Cost: `replications` border runs.
 *
 * @param onReplication called after each replication with the number done, for a progress bar
 * @throws {RangeError} if replications < 2 or fewer than 10 observed values are given.
 * @throws {RunLimitError} if a replication reaches one of `options.limits` (@default DEFAULT_RUN_LIMITS).
 */
export function checkObserved(
  scenario: BorderScenario,
  observed: readonly number[],
  options: CheckTarget & { readonly replications: number; readonly onReplication?: (done: number) => void; readonly limits?: RunLimits },
): ObservedCheck {
  const runs: number[][] = [];
  for (let r = 0; r < options.replications; r++) {
    runs.push(truckTimes(scenario, options.direction, options.metric, r, options.limits));
    options.onReplication?.(r + 1);
  }
  return checkAgainstRuns(scenario, observed, runs, options);
}
