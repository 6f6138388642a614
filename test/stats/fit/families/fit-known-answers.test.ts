import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  erlangFamily, exponentialFamily, gammaFamily, lognormalFamily, normalFamily, triangularFamily, uniformFamily, weibullFamily,
} from "../../../../src/stats/fit/index.js";

// Reference values from test/stats/fit/reference/fit_reference.py (plain python3, written from the
// densities: closed forms for exponential, normal, lognormal, uniform; golden-section and grid
// searches of the log-likelihood, with math.lgamma, for gamma, Erlang, Weibull and triangular).
const ref = JSON.parse(readFileSync(new URL("../reference/fit-reference.json", import.meta.url), "utf8")) as Record<string, Record<string, number>> & { sample: number[] };
const sorted = [...ref.sample].sort((a, b) => a - b);
const r = (name: string, field: string): number => ref[name]![field]!;

/** |actual − expected| <= tol · |expected|. */
function close(actual: number | undefined, expected: number, tol: number): void {
  expect(actual).toBeDefined();
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(tol * Math.abs(expected));
}

describe("families: maximum-likelihood fits against independent reference values", () => {
  it("exponentialFamily.fit(sorted) is the sample mean (closed form)", () => {
    const p = exponentialFamily.fit(sorted);
    close(p.mean, r("exponential", "mean"), 1e-14);
    close(exponentialFamily.logLikelihood(p, sorted), r("logLikelihood", "exponential"), 1e-13);
  });

  it("normalFamily.fit(sorted) is the mean and the divisor-n standard deviation (closed form)", () => {
    const p = normalFamily.fit(sorted);
    close(p.mean, r("normal", "mean"), 1e-14);
    close(p.sd, r("normal", "sd"), 1e-13);
    close(normalFamily.logLikelihood(p, sorted), r("logLikelihood", "normal"), 1e-13);
  });

  it("lognormalFamily.fit(sorted) gives the mean and cv of the closed-form μ and σ", () => {
    const p = lognormalFamily.fit(sorted);
    close(p.mean, r("lognormal", "mean"), 1e-13);
    close(p.cv, r("lognormal", "cv"), 1e-12);
  });

  it("uniformFamily.fit(sorted) widens the range by one spacing at each end", () => {
    const p = uniformFamily.fit(sorted);
    close(p.min, r("uniform", "min"), 1e-14);
    close(p.max, r("uniform", "max"), 1e-14);
  });

  // A golden-section search finds a maximiser only to about √ε of double precision (1e-8).
  it("gammaFamily.fit(sorted) matches a golden-section search of the profile log-likelihood", () => {
    const p = gammaFamily.fit(sorted);
    close(p.mean, r("gamma", "mean"), 1e-14);
    close(p.cv, r("gamma", "cv"), 1e-6);
    close(gammaFamily.logLikelihood(p, sorted), r("gamma", "logLikelihood"), 1e-10);
  });

  it("erlangFamily.fit(sorted) picks the likeliest whole k", () => {
    const p = erlangFamily.fit(sorted);
    expect(p.k).toBe(r("erlang", "k"));
    close(p.mean, r("erlang", "mean"), 1e-14);
    close(erlangFamily.logLikelihood(p, sorted), r("erlang", "logLikelihood"), 1e-12);
  });

  it("weibullFamily.fit(sorted) matches a golden-section search of the profile log-likelihood", () => {
    const p = weibullFamily.fit(sorted);
    close(p.shape, r("weibull", "shape"), 1e-6);
    close(p.scale, r("weibull", "scale"), 1e-6);
    close(weibullFamily.logLikelihood(p, sorted), r("weibull", "logLikelihood"), 1e-10);
  });

  // The grid search refines to about 1e-6 of the range; for this right-skewed sample the maximum
  // is on the boundary, min = mode = the smallest value.
  it("triangularFamily.fit(sorted) matches a refined grid search over min, mode and max", () => {
    const p = triangularFamily.fit(sorted);
    close(p.min, r("triangular", "min"), 1e-6);
    close(p.mode, r("triangular", "mode"), 1e-6);
    close(p.max, r("triangular", "max"), 1e-5);
    const ll = triangularFamily.logLikelihood(p, sorted);
    expect(ll).toBeGreaterThanOrEqual(r("triangular", "logLikelihood") - 1e-6);
  });

  it("triangularFamily.fit(sorted) finds the inner mode of a sample peaked in the middle", () => {
    const peaked = ref.triangularPeaked as unknown as { sample: number[]; min: number; mode: number; max: number; logLikelihood: number };
    const p = triangularFamily.fit(peaked.sample);
    close(p.mode, peaked.mode, 1e-12);
    close(p.min, peaked.min, 1e-3);
    close(p.max, peaked.max, 1e-5);
    expect(triangularFamily.logLikelihood(p, peaked.sample)).toBeGreaterThanOrEqual(peaked.logLikelihood - 1e-6);
  });
});

describe("families: cdf, density and quantile agree", () => {
  const parameterSets = [
    [exponentialFamily, { mean: 3 }],
    [normalFamily, { mean: 10, sd: 2 }],
    [lognormalFamily, { mean: 4.6, cv: 0.3 }],
    [gammaFamily, { mean: 5, cv: 0.7 }],
    [erlangFamily, { mean: 5, k: 3 }],
    [weibullFamily, { shape: 1.7, scale: 6 }],
    [uniformFamily, { min: 2, max: 9 }],
    [triangularFamily, { min: 1, mode: 3, max: 10 }],
  ] as const;
  for (const [family, p] of parameterSets) {
    it(`${family.dist}: quantile(p) inverts cdf, and density integrates to the cdf (Simpson's rule)`, () => {
      const cdf = family.cdf(p);
      const q = family.quantile(p);
      const f = family.density(p);
      for (const prob of [0.01, 0.1, 0.5, 0.9, 0.99]) expect(Math.abs(cdf(q(prob)) - prob)).toBeLessThan(1e-8);
      const a = q(0.1);
      const b = q(0.9);
      const steps = 2000;
      const h = (b - a) / steps;
      let s = f(a) + f(b);
      for (let i = 1; i < steps; i++) s += (i % 2 === 1 ? 4 : 2) * f(a + i * h);
      expect(Math.abs((s * h) / 3 - 0.8)).toBeLessThan(1e-6);
    });
  }
});
