import { describe, expect, it } from "vitest";
import { lognormal, randomStream } from "../../src/engine/index.js";
import { normalQuantile } from "../../src/math/index.js";
import { compareObservedWithSimulated } from "../../src/stats/index.js";
import { namedStreams } from "../../src/scenario/index.js";

const streams = namedStreams(1);

function sample(mean: number, n: number, u: () => number): number[] {
  const d = lognormal(mean, 0.5);
  return Array.from({ length: n }, () => d.sample(u));
}

describe("compareObservedWithSimulated(observed, replications, random)", () => {
  it("compareObservedWithSimulated(...) rejects a true model at 5% about 5% of the time (the Monte Carlo test is exact)", () => {
    // 200 trials of 19 replications and one observed sample, all from the same distribution:
    // P(p <= 0.05) = 1/20 exactly; 99% binomial interval around 0.05.
    const u = randomStream(4, 0, "size");
    const trials = 200;
    let rejected = 0;
    for (let t = 0; t < trials; t++) {
      const reps = Array.from({ length: 19 }, () => sample(3, 60, u));
      if (!compareObservedWithSimulated(sample(3, 60, u), reps, namedStreams(t + 1)("check/subsample")).consistent) rejected++;
    }
    const half = normalQuantile(0.995) * Math.sqrt((0.05 * 0.95) / trials);
    expect(Math.abs(rejected / trials - 0.05)).toBeLessThanOrEqual(half);
  });

  it("compareObservedWithSimulated(slower observations, ...) rejects and places every quantile above", () => {
    const u = randomStream(5, 0, "power");
    const reps = Array.from({ length: 19 }, () => sample(3, 200, u));
    const c = compareObservedWithSimulated(sample(6, 200, u), reps, streams("check"));
    expect(c.consistent).toBe(false);
    expect(c.test.p).toBe(1 / 20);
    expect(c.quantiles.every((q) => q.position === "above")).toBe(true);
    expect(c.meanDifference.lo!).toBeGreaterThan(0);
  });

  it("compareObservedWithSimulated(observed, replications) subsamples each replication to the observed size", () => {
    const u = randomStream(6, 0, "size");
    const reps = Array.from({ length: 5 }, () => sample(3, 500, u));
    const c = compareObservedWithSimulated(sample(3, 50, u), reps, streams("check"));
    expect(c.observed.n).toBe(50);
    expect(c.simulated.meanPerReplication).toBe(500);
    expect(c.qq.length).toBe(100);
  });

  it("compareObservedWithSimulated(observed, one replication) throws", () => {
    expect(() => compareObservedWithSimulated([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [[1]], streams("check"))).toThrow(/at least 2 replications/);
    expect(() => compareObservedWithSimulated([1, 2], [[1], [2]], streams("check"))).toThrow(/at least 10 observed/);
  });
});
