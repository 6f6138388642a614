import { describe, expect, it } from "vitest";
import { exponential } from "../../../src/engine/distributions/exponential.js";
import { expectInversion, expectSampleMoments, scripted } from "./sample-moments.js";

describe("exponential(mean)", () => {
  it("exponential(mean) has mean `mean` and variance mean²", () => {
    const d = exponential(2);
    expect(d.mean).toBe(2);
    expect(d.variance).toBe(4);
    expect(d.name).toBe("exponential(mean=2)");
  });

  it("exponential(mean).sample(u) has the theoretical mean and variance within their confidence intervals", () => {
    expectSampleMoments(exponential(0.75));
  });

  it("exponential(mean).sample(u) inverts the CDF: −mean·ln(1 − u), one uniform per draw", () => {
    expect(exponential(3).sample(scripted([0]))).toBe(0);
    expect(exponential(3).sample(scripted([0.5]))).toBeCloseTo(3 * Math.LN2, 14);
    expectInversion(exponential(3));
  });

  it("exponential(mean) rejects a mean that is not a finite number > 0", () => {
    expect(() => exponential(-1)).toThrow("exponential: mean must be a finite number > 0, got -1");
    expect(() => exponential(0)).toThrow(RangeError);
    expect(() => exponential(Number.NaN)).toThrow(RangeError);
    expect(() => exponential("2" as unknown as number)).toThrow('exponential: mean must be a finite number > 0, got "2"');
  });
});
