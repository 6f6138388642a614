import { describe, expect, it } from "vitest";
import { studentTCdf } from "../../src/stats/student-t-cdf.js";

/**
 * P(|T| <= t) for integer df by the finite series of Abramowitz & Stegun 26.7.3-4, with θ = atan(t/√df):
 * an implementation that shares nothing with the incomplete beta under test.
 */
function centralBySeries(t: number, df: number): number {
  const theta = Math.atan(t / Math.sqrt(df));
  const c2 = Math.cos(theta) ** 2;
  if (df % 2 === 1) {
    let term = Math.cos(theta);
    let sum = df > 1 ? term : 0;
    for (let k = 3; k <= df - 2; k += 2) {
      term *= (c2 * (k - 1)) / k;
      sum += term;
    }
    return (2 / Math.PI) * (theta + Math.sin(theta) * sum);
  }
  let term = 1;
  let sum = 1;
  for (let k = 2; k <= df - 2; k += 2) {
    term *= (c2 * (k - 1)) / k;
    sum += term;
  }
  return Math.sin(theta) * sum;
}

describe("studentTCdf(t, df)", () => {
  it("studentTCdf(t, df) matches the Abramowitz & Stegun series for integer df", () => {
    for (const df of [1, 2, 3, 4, 5, 9, 10, 29, 30]) {
      for (const t of [0.05, 0.5, 1, 1.96, 2.5, 4, 10]) {
        const central = centralBySeries(t, df);
        expect(studentTCdf(t, df)).toBeCloseTo(0.5 + central / 2, 13);
        expect(studentTCdf(-t, df)).toBeCloseTo(0.5 - central / 2, 13);
      }
    }
  });

  it("studentTCdf(t, df) is the Cauchy distribution for df = 1", () => {
    for (const t of [-30, -1, 0, 0.3, 7]) expect(studentTCdf(t, 1)).toBeCloseTo(0.5 + Math.atan(t) / Math.PI, 14);
  });

  it("studentTCdf(t, df) keeps relative accuracy far in the lower tail", () => {
    // Cauchy: P(T <= -t) = atan(1/t)/π ≈ 1/(π t) for large t.
    const t = 1e6;
    expect(Math.abs(studentTCdf(-t, 1) / (Math.atan(1 / t) / Math.PI) - 1)).toBeLessThan(1e-12);
  });

  it("studentTCdf(t, df) does not overflow for |t| beyond 1e154, where t² would", () => {
    // Cauchy: P(T <= -t) = atan(1/t)/π, which is 1/(πt) to double precision this far out.
    expect(studentTCdf(-1e200, 1) / (1 / (Math.PI * 1e200)) - 1).toBeCloseTo(0, 12);
    expect(studentTCdf(1e300, 4)).toBe(1);
    expect(studentTCdf(1e-200, 4)).toBe(0.5);
  });

  it("studentTCdf(t, df) is 1/2 at 0 for any df", () => {
    for (const df of [1, 2.5, 17, 1e6]) expect(studentTCdf(0, df)).toBe(0.5);
  });

  it("studentTCdf(t, df) rejects a non-finite t and a non-positive df", () => {
    expect(() => studentTCdf(Number.NaN, 3)).toThrow(/studentTCdf: t must be a finite number, got NaN/);
    expect(() => studentTCdf(1, 0)).toThrow(/studentTCdf: df must be a finite number > 0, got 0/);
  });
});
