import { describe, expect, it } from "vitest";
import { weibull } from "../../../src/engine/distributions/weibull.js";
import { expectInversion, expectSampleMoments, scripted } from "./sample-moments.js";

describe("weibull(shape, scale)", () => {
  it("weibull(shape, scale) has mean scale·Γ(1 + 1/k) and variance scale²(Γ(1 + 2/k) − Γ(1 + 1/k)²)", () => {
    // k = 1: exponential; k = 2: Γ(3/2) = √π/2 and variance 1 − π/4; k = 1/2: Γ(3) = 2, Γ(5) − 4 = 20.
    expect(weibull(1, 3).mean).toBeCloseTo(3, 14);
    expect(weibull(1, 3).variance).toBeCloseTo(9, 13);
    expect(weibull(2, 1).mean).toBeCloseTo(Math.sqrt(Math.PI) / 2, 14);
    expect(weibull(2, 1).variance).toBeCloseTo(1 - Math.PI / 4, 14);
    expect(weibull(0.5, 1).mean).toBeCloseTo(2, 13);
    expect(weibull(0.5, 1).variance).toBeCloseTo(20, 12);
    // From scipy.stats.weibull_min(1.5, scale=2).
    expect(weibull(1.5, 2).mean).toBeCloseTo(1.805490585901867, 13);
    expect(weibull(1.5, 2).variance).toBeCloseTo(1.5027611392557279, 13);
  });

  it("weibull(shape, scale).sample(u) has the theoretical mean and variance within their confidence intervals", () => {
    expectSampleMoments(weibull(2, 1));
    expectSampleMoments(weibull(1.5, 2));
  });

  it("weibull(shape, scale).sample(u) inverts the CDF: scale·(−ln(1 − u))^(1/k)", () => {
    expect(weibull(2, 3).sample(scripted([1 - Math.exp(-4)]))).toBeCloseTo(6, 13);
    expectInversion(weibull(0.7, 2));
  });

  it("weibull(shape, scale) rejects shape or scale <= 0 and a shape whose variance overflows", () => {
    expect(() => weibull(0, 1)).toThrow("weibull: shape must be a finite number > 0, got 0");
    expect(() => weibull(1, -2)).toThrow("weibull: scale must be a finite number > 0, got -2");
    expect(() => weibull(0.005, 1)).toThrow(/weibull: shape must be large enough for a finite variance/);
  });
});
