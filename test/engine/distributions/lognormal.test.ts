import { describe, expect, it } from "vitest";
import { lognormal } from "../../../src/engine/distributions/lognormal.js";
import { expectInversion, expectSampleMoments, scripted } from "./sample-moments.js";

describe("lognormal(mean, cv)", () => {
  it("lognormal(mean, cv) has mean `mean` and variance (cv·mean)²", () => {
    expect(lognormal(2, 0.5).mean).toBe(2);
    expect(lognormal(2, 0.5).variance).toBe(1);
  });

  it("lognormal(mean, cv).sample(u) has the theoretical mean and variance within their confidence intervals", () => {
    expectSampleMoments(lognormal(2, 0.5));
    expectSampleMoments(lognormal(0.3, 1));
  });

  it("lognormal(mean, cv).sample(u) has median mean/√(1 + cv²), one uniform per draw", () => {
    // exp(μ) with μ = ln(mean) − ln(1 + cv²)/2.
    expect(lognormal(2, 0.5).sample(scripted([0.5]))).toBeCloseTo(2 / Math.sqrt(1.25), 14);
    expect(lognormal(2, 0.5).sample(scripted([0]))).toBeGreaterThan(0);
    expectInversion(lognormal(2, 0.5));
  });

  it("lognormal(mean, 0) is the constant mean", () => {
    expect(lognormal(2, 0).sample(scripted([0.9]))).toBe(2);
  });

  it("lognormal(mean, cv) rejects a mean <= 0 and cv < 0", () => {
    expect(() => lognormal(0, 1)).toThrow("lognormal: mean must be a finite number > 0, got 0");
    expect(() => lognormal(1, -1)).toThrow("lognormal: cv must be a finite number >= 0, got -1");
  });
});
