import { describe, expect, it } from "vitest";
import { logBeta } from "../../src/stats/log-beta.js";

describe("logBeta(a, b)", () => {
  it("logBeta(a, b) matches B(a, b) = (a-1)!(b-1)!/(a+b-1)! for small integers", () => {
    const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));
    for (const [a, b] of [[1, 1], [2, 3], [5, 7], [12, 4]] as const) {
      expect(logBeta(a, b)).toBeCloseTo(Math.log((factorial(a - 1) * factorial(b - 1)) / factorial(a + b - 1)), 12);
    }
  });

  it("logBeta(a, b) stays accurate for a huge first argument, where B(a, 1/2) ≈ √(π/a)(1 - 1/(8a))", () => {
    // Asymptotic expansion: Γ(a)/Γ(a + 1/2) = a^(-1/2) (1 + 1/(8a) + O(a^-2)), and Γ(1/2) = √π.
    for (const a of [1e6, 5e8, 1e12]) {
      const expected = 0.5 * Math.log(Math.PI / a) + Math.log1p(1 / (8 * a));
      expect(Math.abs(logBeta(a, 0.5) - expected)).toBeLessThan(1e-12);
    }
  });

  it("logBeta(a, b) stays accurate when both arguments are large", () => {
    // For integer m, B(n, m) = (m-1)! / (n (n+1) ... (n+m-1)), summed as logarithms of ratios near 1.
    for (const [n, m] of [[10, 10], [30, 12], [5000, 5000], [20000, 15]] as const) {
      let expected = -Math.log(n + m - 1);
      for (let k = 1; k < m; k++) expected += Math.log(k / (n + k - 1));
      expect(Math.abs(logBeta(n, m) - expected)).toBeLessThan(1e-13 * (1 + Math.abs(expected)));
    }
  });

  it("logBeta(a, b) is symmetric", () => {
    expect(logBeta(3.5, 20)).toBe(logBeta(20, 3.5));
  });

  it("logBeta(a, b) rejects non-positive arguments", () => {
    expect(() => logBeta(0, 1)).toThrow(/logBeta: a must be a finite number > 0, got 0/);
    expect(() => logBeta(1, Number.POSITIVE_INFINITY)).toThrow(/logBeta: b must be a finite number > 0, got Infinity/);
  });
});
