import { describe, expect, it } from "vitest";
import { gamma } from "../../../src/engine/distributions/gamma.js";
import { expectSampleMoments, scripted } from "./sample-moments.js";

describe("gamma(mean, cv)", () => {
  it("gamma(mean, cv) has mean `mean` and variance (cv·mean)²", () => {
    expect(gamma(3, 0.5).mean).toBe(3);
    expect(gamma(3, 0.5).variance).toBe(2.25);
  });

  it("gamma(mean, cv).sample(u) has the theoretical mean and variance within their confidence intervals, shape >= 1", () => {
    expectSampleMoments(gamma(3, 0.5)); // shape 4
    expectSampleMoments(gamma(1, 1)); // shape 1, exponential
    expectSampleMoments(gamma(5, 0.1)); // shape 100
  });

  it("gamma(mean, cv).sample(u) has the theoretical mean and variance within their confidence intervals, shape < 1", () => {
    const xs = expectSampleMoments(gamma(1, 1.5)); // shape 4/9
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
  });

  it("gamma(mean, cv).sample(u) stays finite when the source returns 0", () => {
    // u = 0 makes the normal deviate −38.5, which is rejected, then 0.5 is accepted.
    const x = gamma(3, 0.5).sample(scripted([0, 0.5, 0.5]));
    expect(Number.isFinite(x)).toBe(true);
    expect(x).toBeGreaterThan(0);
    expect(Number.isFinite(gamma(1, 2).sample(scripted([0, 0.5, 0])))).toBe(true);
  });

  it("gamma(mean, 0) is the constant mean", () => {
    expect(gamma(4, 0).sample(scripted([0.3]))).toBe(4);
  });

  it("gamma(mean, cv) rejects a mean <= 0 and cv < 0", () => {
    expect(() => gamma(-2, 1)).toThrow("gamma: mean must be a finite number > 0, got -2");
    expect(() => gamma(2, -0.1)).toThrow("gamma: cv must be a finite number >= 0, got -0.1");
    expect(() => gamma(2, Infinity)).toThrow(RangeError);
  });
});
