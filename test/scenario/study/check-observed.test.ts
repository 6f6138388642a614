import { describe, expect, it } from "vitest";
import { verdictOf } from "../../../src/scenario/study/check-observed.js";
import type { ObservedComparison, QuantileComparison } from "../../../src/stats/index.js";

/** A comparison with the given test p-value and the median's and 95th percentile's positions (hours chosen by hand). */
function comparison(p: number, median: QuantileComparison["position"], tail: QuantileComparison["position"], lower: QuantileComparison["position"][] = [], replications = 19): ObservedComparison {
  const q = (at: number, observed: number, lo: number, hi: number, position: QuantileComparison["position"]): QuantileComparison =>
    ({ p: at, observed, simulated: { mean: (lo + hi) / 2, halfWidth: (hi - lo) / 2, lo, hi }, position });
  return {
    observed: { n: 500, mean: 3 },
    simulated: { replications, meanPerReplication: 480, mean: 3.2 },
    // Optional lower quantiles (10th, 25th percentiles) before the median, as check reports them.
    quantiles: [...lower.map((position, i) => q([0.1, 0.25][i]!, position === "below" ? 0.1 : 1, 0.2, 4, position)),
      q(0.5, median === "below" ? 0.4 : 2.5, 0.6, 8.5, median), q(0.95, tail === "above" ? 30 : 9, 5, 20, tail)],
    meanDifference: { mean: -0.2, halfWidth: 1, lo: -1.2, hi: 0.8 },
    test: { statistic: 0.1, p },
    consistent: p > 0.05,
    qq: [],
  };
}

describe("verdictOf(comparison, metric)", () => {
  it("verdictOf(consistent, median and tail inside) calls the records consistent", () => {
    expect(verdictOf(comparison(0.5, "inside", "inside"), "crossingHours")).toBe(
      "The observed crossing times are consistent with the scenario (two-sample test over 19 replications, p = 0.500): " +
        "the observed median 2.5 h lies inside the simulated interval [0.6 h, 8.5 h]; the observed 95th percentile 9.0 h lies inside the simulated interval [5.0 h, 20.0 h].",
    );
  });

  it("verdictOf(test not rejecting, median below its interval) does not call the records consistent in the same sentence", () => {
    const verdict = verdictOf(comparison(0.1, "below", "inside"), "crossingHours");
    expect(verdict).toBe(
      "The two-sample test does not reject the scenario (over 19 replications, p = 0.100), but the median lies outside its simulated interval (pointwise 95%): " +
        "the observed median 0.4 h lies below the simulated interval [0.6 h, 8.5 h]; the observed 95th percentile 9.0 h lies inside the simulated interval [5.0 h, 20.0 h].",
    );
    expect(verdict).not.toMatch(/consistent/);
  });

  it("verdictOf(test rejecting) says the scenario does not reproduce the records", () => {
    expect(verdictOf(comparison(0.01, "inside", "above"), "waitHours")).toMatch(
      /^The scenario does not reproduce the observed waiting times \(two-sample test over 19 replications, p = 0\.010\): .*the simulated tail is too short/,
    );
  });

  it("verdictOf(test not rejecting, median and tail inside but lower quantiles outside) names them instead of calling the records consistent", () => {
    const verdict = verdictOf(comparison(0.2, "inside", "inside", ["below", "below"]), "crossingHours");
    expect(verdict).toMatch(/^The two-sample test does not reject the scenario \(over 19 replications, p = 0\.200\), but the 10th percentile, the 25th percentile lie outside their simulated intervals \(pointwise 95%\): the observed median/);
  });

  it("verdictOf(test not rejecting, every quantile below) says all lie below", () => {
    expect(verdictOf(comparison(0.1, "below", "below", ["below", "below"]), "crossingHours")).toMatch(
      /^The two-sample test does not reject the scenario \(over 19 replications, p = 0\.100\), but all 4 quantiles compared lie below their simulated intervals: /,
    );
  });

  it("verdictOf(test over 5 replications, p = 1/6) does not call the records consistent: the test could not have rejected them", () => {
    // With R replications the rank test's p is at least 1 / (R + 1), above 0.05 for R < 19: its "not rejected" says nothing.
    expect(verdictOf(comparison(1 / 6, "inside", "inside", [], 5), "crossingHours")).toBe(
      "With only 5 replications the two-sample test cannot reject the scenario at 5%, whatever the records (p = 0.167; its smallest possible value is 0.167; run 19 or more): " +
        "the observed median 2.5 h lies inside the simulated interval [0.6 h, 8.5 h]; the observed 95th percentile 9.0 h lies inside the simulated interval [5.0 h, 20.0 h].",
    );
    expect(verdictOf(comparison(0.5, "below", "inside", [], 18), "crossingHours")).toMatch(
      /^With only 18 replications the two-sample test cannot reject the scenario at 5%, whatever the records \(p = 0\.500; its smallest possible value is 0\.053; run 19 or more\), and the median lies outside its simulated interval \(pointwise 95%\): /,
    );
  });
});
