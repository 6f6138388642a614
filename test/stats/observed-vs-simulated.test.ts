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

  it("compareObservedWithSimulated(observed, replications) gives each Q–Q point the prediction interval of one period's quantile", () => {
    // Replication k is 1..10 times c = 1, 2, 4: each has the observed size, so its subsample is all of
    // it, and its quantile at p is c·Q(p). On the log scale the three quantiles are ln Q + 0, ln 2, 2 ln 2:
    // mean ln Q + ln 2, sample sd ln 2; t(0.975, 2) = 4.302652729911275 (tables), √(1 + 1/3).
    const base = Array.from({ length: 10 }, (_, i) => i + 1);
    const reps = [1, 2, 4].map((c) => base.map((x) => x * c));
    const c = compareObservedWithSimulated(base, reps, streams("check"));
    const point = c.qq.find((q) => q.p === 0.505)!;
    // simple-statistics' quantileSorted interpolates (R type 7): at 0.505, position 9 × 0.505 = 4.545 of
    // 1..10 gives Q = 5.545; of the 30 pooled values position 14.645, between the 15th (9) and 16th (10).
    expect(point.observed).toBeCloseTo(5.545, 12);
    expect(point.simulated).toBeCloseTo(9.645, 12);
    const spread = 4.302652729911275 * Math.LN2 * Math.sqrt(1 + 1 / 3);
    // Relative 1e-9: studentTQuantile is accurate to about 1e-10, which exp(±3.4) carries over.
    expect(Math.abs(point.lo / (2 * 5.545 * Math.exp(-spread)) - 1)).toBeLessThan(1e-9);
    expect(Math.abs(point.hi / (2 * 5.545 * Math.exp(spread)) - 1)).toBeLessThan(1e-9);
    expect(c.qq.every((q) => q.lo <= q.hi && q.lo > 0)).toBe(true);
  });

  it("compareObservedWithSimulated(observed, one replication) throws", () => {
    expect(() => compareObservedWithSimulated([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [[1]], streams("check"))).toThrow(/at least 2 replications/);
    expect(() => compareObservedWithSimulated([1, 2], [[1], [2]], streams("check"))).toThrow(/at least 10 observed/);
  });
});
