import { describe, expect, it } from "vitest";
import { normal } from "../../../src/engine/distributions/normal.js";
import { expectInversion, expectSampleMoments, scripted } from "./sample-moments.js";

// Moments and quantiles of the truncated normal from scipy.stats.truncnorm, double precision.
const TRUNCATED = [
  { mean: 1, sd: 1, tMean: 1.2875999709391783, tVar: 0.6296862857766055, q: [0.3026430838427425, 1.2001736861668908, 2.3777873615993075] },
  { mean: 0, sd: 1, tMean: 0.7978845608028654, tVar: 0.3633802276324186, q: [0.12566134685507402, 0.6744897501960817, 1.6448536269514729] },
  { mean: 0.5, sd: 2, tMean: 1.7916787420336346, tVar: 1.6857266563615898, q: [0.3049981854683752, 1.5525235851237758, 3.61172102355781] },
];

describe("normal(mean, sd) truncated at zero", () => {
  it("normal(mean, sd) reports the mean and variance of the truncated distribution", () => {
    for (const t of TRUNCATED) {
      const d = normal(t.mean, t.sd);
      expect(d.mean).toBeCloseTo(t.tMean, 13);
      expect(d.variance).toBeCloseTo(t.tVar, 13);
    }
    // Truncation 10 sd below the mean changes nothing visible.
    expect(normal(10, 1).mean).toBe(10);
    expect(normal(10, 1).variance).toBeCloseTo(1, 14);
  });

  it("normal(mean, sd).sample(u) matches the truncated moments within their confidence intervals", () => {
    for (const t of TRUNCATED) {
      const xs = expectSampleMoments(normal(t.mean, t.sd));
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    }
  });

  it("normal(mean, sd).sample(u) inverts the truncated CDF, one uniform per draw", () => {
    for (const t of TRUNCATED) {
      const d = normal(t.mean, t.sd);
      [0.1, 0.5, 0.9].forEach((p, i) => expect(d.sample(scripted([p]))).toBeCloseTo(t.q[i] as number, 12));
      // u = 0 is the truncation point itself (up to rounding), not a pile of clamped negative draws.
      expect(d.sample(scripted([0]))).toBeCloseTo(0, 12);
      expectInversion(d);
    }
    expectInversion(normal(50, 1));
  });

  it("normal(mean, 0) is the constant mean", () => {
    expect(normal(3, 0).sample(scripted([0.1]))).toBe(3);
    expect(normal(3, 0).variance).toBe(0);
  });

  it("normal(mean, sd) rejects a negative mean or sd", () => {
    expect(() => normal(-1, 1)).toThrow("normal: mean must be a finite number >= 0, got -1");
    expect(() => normal(1, -0.5)).toThrow("normal: sd must be a finite number >= 0, got -0.5");
  });
});
