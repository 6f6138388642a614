import { describe, expect, it } from "vitest";
import { regularizedIncompleteBeta } from "../../src/stats/regularized-incomplete-beta.js";

describe("regularizedIncompleteBeta(x, a, b)", () => {
  it("regularizedIncompleteBeta(x, a, b) matches the closed forms I_x(a, 1) = x^a and I_x(1, b) = 1 - (1 - x)^b", () => {
    for (const x of [0.001, 0.1, 0.37, 0.5, 0.9, 0.999]) {
      for (const s of [0.5, 1, 2.5, 7, 40]) {
        expect(regularizedIncompleteBeta(x, s, 1)).toBeCloseTo(x ** s, 13);
        expect(regularizedIncompleteBeta(x, 1, s)).toBeCloseTo(1 - (1 - x) ** s, 13);
      }
    }
  });

  it("regularizedIncompleteBeta(x, a, b) is 1/2 at x = 1/2 when a = b, by symmetry", () => {
    for (const a of [0.5, 3, 50, 5000]) expect(regularizedIncompleteBeta(0.5, a, a)).toBeCloseTo(0.5, 12);
  });

  it("regularizedIncompleteBeta(x, a, b) equals the binomial tail for integer a, b", () => {
    // I_x(a, n - a + 1) = P(Binomial(n, x) >= a), summed here term by term.
    const n = 12;
    const x = 0.3;
    for (let a = 1; a <= n; a++) {
      let tail = 0;
      for (let k = a; k <= n; k++) tail += choose(n, k) * x ** k * (1 - x) ** (n - k);
      expect(regularizedIncompleteBeta(x, a, n - a + 1)).toBeCloseTo(tail, 13);
    }
  });

  it("regularizedIncompleteBeta(x, a, b) keeps relative accuracy for tiny results", () => {
    // I_x(a, 1) = x^a: 1e-40 must not come back as 0 or with few digits.
    const got = regularizedIncompleteBeta(1e-10, 4, 1);
    expect(Math.abs(got / 1e-40 - 1)).toBeLessThan(1e-12);
  });

  it("regularizedIncompleteBeta(x, a, b) returns 0 and 1 at the ends", () => {
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
  });

  it("regularizedIncompleteBeta(x, a, b) rejects x outside [0, 1] and non-positive shapes", () => {
    expect(() => regularizedIncompleteBeta(1.5, 1, 1)).toThrow(/regularizedIncompleteBeta: x must be a number in \[0, 1\], got 1.5/);
    expect(() => regularizedIncompleteBeta(Number.NaN, 1, 1)).toThrow(RangeError);
    expect(() => regularizedIncompleteBeta(0.5, 0, 1)).toThrow(/regularizedIncompleteBeta: a must be a finite number > 0, got 0/);
    expect(() => regularizedIncompleteBeta(0.5, 1, -2)).toThrow(/b must be a finite number > 0, got -2/);
  });
});

function choose(n: number, k: number): number {
  let c = 1;
  for (let i = 1; i <= k; i++) c = (c * (n - k + i)) / i;
  return c;
}
