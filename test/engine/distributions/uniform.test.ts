import { describe, expect, it } from "vitest";
import { uniform } from "../../../src/engine/distributions/uniform.js";
import { expectInversion, expectSampleMoments, scripted } from "./sample-moments.js";

describe("uniform(min, max)", () => {
  it("uniform(min, max) has mean (min + max)/2 and variance (max − min)²/12", () => {
    const d = uniform(2, 5);
    expect(d.mean).toBe(3.5);
    expect(d.variance).toBe(0.75);
  });

  it("uniform(min, max).sample(u) has the theoretical mean and variance within their confidence intervals", () => {
    const xs = expectSampleMoments(uniform(2, 5));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(2);
    expect(Math.max(...xs)).toBeLessThan(5);
  });

  it("uniform(min, max).sample(u) is min + (max − min)·u, one uniform per draw", () => {
    expect(uniform(2, 5).sample(scripted([0.5]))).toBe(3.5);
    expect(uniform(4, 4).sample(scripted([0.9]))).toBe(4);
    expectInversion(uniform(-1, 1));
  });

  it("uniform(min, max) rejects min > max and non-finite bounds", () => {
    expect(() => uniform(5, 2)).toThrow("uniform: max must be >= min (5), got 2");
    expect(() => uniform(0, Infinity)).toThrow("uniform: max must be a finite number, got Infinity");
  });
});
