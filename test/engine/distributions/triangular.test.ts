import { describe, expect, it } from "vitest";
import { triangular } from "../../../src/engine/distributions/triangular.js";
import { expectInversion, expectSampleMoments, scripted } from "./sample-moments.js";

describe("triangular(min, mode, max)", () => {
  it("triangular(min, mode, max) has mean (a + c + b)/3 and variance (a² + b² + c² − ab − ac − bc)/18", () => {
    // a = 1, c = 2, b = 6: mean 3, variance (1 + 4 + 36 − 2 − 6 − 12)/18 = 21/18.
    const d = triangular(1, 2, 6);
    expect(d.mean).toBe(3);
    expect(d.variance).toBeCloseTo(21 / 18, 15);
  });

  it("triangular(min, mode, max).sample(u) has the theoretical mean and variance within their confidence intervals", () => {
    expectSampleMoments(triangular(1, 2, 6));
    expectSampleMoments(triangular(0, 0, 1));
  });

  it("triangular(min, mode, max).sample(u) inverts the CDF, one uniform per draw", () => {
    // F(mode) = (mode − min)/(max − min) = 0.2, so u = 0.2 lands on the mode; u = 0.6 leaves
    // (1 − 0.6) = (6 − x)²/(5 · 4), x = 6 − √8.
    expect(triangular(1, 2, 6).sample(scripted([0.2]))).toBeCloseTo(2, 14);
    expect(triangular(1, 2, 6).sample(scripted([0.6]))).toBeCloseTo(6 - Math.sqrt(8), 14);
    expect(triangular(3, 3, 3).sample(scripted([0.7]))).toBe(3);
    expectInversion(triangular(1, 2, 6));
    expectInversion(triangular(1, 6, 6));
  });

  it("triangular(min, mode, max) rejects min > max and a mode outside [min, max]", () => {
    expect(() => triangular(3, 3, 1)).toThrow("triangular: max must be >= min (3), got 1");
    expect(() => triangular(0, 5, 4)).toThrow("triangular: mode must be in [min, max] = [0, 4], got 5");
    expect(() => triangular(0, -1, 4)).toThrow(RangeError);
  });
});
