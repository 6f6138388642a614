import { describe, expect, it } from "vitest";
import { digamma, regularizedGammaP, regularizedGammaQ, trigamma } from "../../../src/stats/fit/index.js";

// Closed forms: P(1, x) = 1 − e^−x; P(n, x) = 1 − e^−x Σ_{j<n} x^j / j!; P(½, x) = erf(√x), with
// erf(1) = 0.8427007929497149 (Abramowitz and Stegun table 7.1); ψ(1) = −γ, ψ(½) = −γ − 2 ln 2,
// ψ(n) = H(n−1) − γ; ψ′(1) = π²/6, ψ′(½) = π²/2.
const EULER = 0.5772156649015329;

describe("regularizedGammaP(a, x) and regularizedGammaQ(a, x)", () => {
  it("regularizedGammaP(1, x) = 1 − e^−x on both sides of the series/continued-fraction switch", () => {
    for (const x of [0.01, 0.5, 1.9, 2.1, 10, 40]) {
      expect(regularizedGammaP(1, x)).toBeCloseTo(-Math.expm1(-x), 14);
      expect(regularizedGammaQ(1, x) / Math.exp(-x)).toBeCloseTo(1, 12);
    }
  });
  it("regularizedGammaP(n, x) matches the Poisson sum for whole n", () => {
    for (const [n, x] of [[3, 1.5], [5, 7], [12, 9.5], [30, 41]] as const) {
      let term = 1;
      let sum = 1;
      for (let j = 1; j < n; j++) {
        term *= x / j;
        sum += term;
      }
      expect(regularizedGammaQ(n, x)).toBeCloseTo(Math.exp(-x) * sum, 13);
    }
  });
  it("regularizedGammaP(0.5, 1) = erf(1)", () => {
    expect(regularizedGammaP(0.5, 1)).toBeCloseTo(0.8427007929497149, 14);
  });
  it("regularizedGammaP(a, x) throws for a <= 0 or x < 0", () => {
    expect(() => regularizedGammaP(0, 1)).toThrow(RangeError);
    expect(() => regularizedGammaQ(1, -1)).toThrow(RangeError);
  });
});

describe("digamma(x) and trigamma(x)", () => {
  it("digamma(x) matches its closed forms at 1, ½ and whole numbers", () => {
    expect(digamma(1)).toBeCloseTo(-EULER, 14);
    expect(digamma(0.5)).toBeCloseTo(-EULER - 2 * Math.LN2, 14);
    expect(digamma(10)).toBeCloseTo(1 + 1 / 2 + 1 / 3 + 1 / 4 + 1 / 5 + 1 / 6 + 1 / 7 + 1 / 8 + 1 / 9 - EULER, 14);
  });
  it("trigamma(x) matches π²/6 at 1 and π²/2 at ½", () => {
    expect(trigamma(1)).toBeCloseTo((Math.PI * Math.PI) / 6, 13);
    expect(trigamma(0.5)).toBeCloseTo((Math.PI * Math.PI) / 2, 13);
  });
});
