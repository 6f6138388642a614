import { describe, expect, it } from "vitest";
import { logGamma } from "../../../src/engine/distributions/log-gamma.js";

describe("logGamma(x)", () => {
  it("logGamma(x) matches ln Γ at known points to 1e-13", () => {
    // Γ(1/2) = √π; Γ(10) = 9!; Γ(1) = Γ(2) = 1; the last two from scipy.special.gammaln.
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 13);
    expect(logGamma(10)).toBeCloseTo(Math.log(362880), 13);
    expect(logGamma(1)).toBeCloseTo(0, 13);
    expect(logGamma(2)).toBeCloseTo(0, 13);
    expect(logGamma(1e-3)).toBeCloseTo(6.907178885383853, 12);
    expect(logGamma(100.5)).toBeCloseTo(361.43554046777757, 10);
  });

  it("logGamma(x) rejects x <= 0 and non-finite x", () => {
    expect(() => logGamma(0)).toThrow("logGamma: x must be a finite number > 0, got 0");
    expect(() => logGamma(Infinity)).toThrow(RangeError);
  });
});
