import { describe, expect, it } from "vitest";
import { exponential, lognormal, randomStream } from "../../../src/engine/index.js";
import { fitAsDistribution, fitDurations } from "../../../src/stats/fit/index.js";
import { namedStreams } from "../../../src/scenario/index.js";

const streams = namedStreams(1);

function sample(draw: (u: () => number) => number, n: number, name: string): number[] {
  const u = randomStream(11, 0, name);
  return Array.from({ length: n }, () => draw(u));
}

describe("fitDurations(durations, options)", () => {
  it("fitDurations(lognormal sample) picks the lognormal and its intervals hold the generating mean and cv", () => {
    const fit = fitDurations(sample(lognormal(4.6, 0.3).sample, 400, "lognormal"), { streams });
    expect(fit.n).toBe(400);
    expect(fit.best.dist).toBe("lognormal");
    const best = fit.candidates.find((c) => c.dist === "lognormal")!;
    const [meanLo, meanHi] = best.intervals.mean!;
    const [cvLo, cvHi] = best.intervals.cv!;
    expect(meanLo).toBeLessThanOrEqual(4.6);
    expect(meanHi).toBeGreaterThanOrEqual(4.6);
    expect(cvLo).toBeLessThanOrEqual(0.3);
    expect(cvHi).toBeGreaterThanOrEqual(0.3);
    // The exponential (cv 1) is far from a cv-0.3 sample: no bootstrap sample is as far, p = 1/(B + 1).
    const expo = fit.candidates.find((c) => c.dist === "exponential")!;
    expect(expo.ks.p).toBe(1 / 200);
    expect(expo.ad.p).toBe(1 / 200);
  });

  it("fitDurations(durations) ranks candidates by AIC = 2p − 2 ln L", () => {
    const fit = fitDurations(sample(exponential(3).sample, 100, "exponential"), { replicates: 19, streams });
    for (let i = 1; i < fit.candidates.length; i++) expect(fit.candidates[i]!.aic).toBeGreaterThanOrEqual(fit.candidates[i - 1]!.aic);
    const expo = fit.candidates.find((c) => c.dist === "exponential")!;
    expect(expo.aic).toBeCloseTo(2 - 2 * expo.logLikelihood, 12);
    expect(fit.candidates.map((c) => c.dist).sort()).toEqual(["erlang", "exponential", "gamma", "lognormal", "normal", "triangular", "uniform", "weibull"]);
  });

  it("fitDurations(durations) falls back to the empirical distribution when every family is rejected", () => {
    // Two well-separated clumps: no single family of the format fits.
    const xs = [...sample(lognormal(2, 0.05).sample, 150, "a"), ...sample(lognormal(20, 0.05).sample, 150, "b")];
    const fit = fitDurations(xs, { replicates: 39, streams });
    expect(fit.best.dist).toBe("empirical");
    const spec = fitAsDistribution(fit.best) as { values: number[]; weights: number[] };
    expect(spec.values.length).toBe(200);
    expect(spec.weights.every((w) => w === 1)).toBe(true);
  });

  it("fitDurations(durations) throws for too few, non-positive or constant durations", () => {
    expect(() => fitDurations([1, 2, 3], { streams })).toThrow(/at least 10/);
    expect(() => fitDurations([1, 2, 3, 4, 5, 6, 7, 8, 9, 0], { streams })).toThrow(/duration 9 must be a finite number > 0, got 0/);
    expect(() => fitDurations(Array(12).fill(4), { streams })).toThrow(/every duration is 4/);
  });

  it("fitAsDistribution(fit) is the scenario format's { dist, ...parameters }", () => {
    const fit = fitDurations(sample(exponential(3).sample, 50, "spec"), { replicates: 19, streams });
    const expo = fit.candidates.find((c) => c.dist === "exponential")!;
    expect(fitAsDistribution(expo)).toEqual({ dist: "exponential", mean: expo.parameters.mean });
  });
});
