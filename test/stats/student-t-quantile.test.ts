import { describe, expect, it } from "vitest";
import { studentTCdf } from "../../src/stats/student-t-cdf.js";
import { studentTQuantile } from "../../src/stats/student-t-quantile.js";

describe("studentTQuantile(p, df)", () => {
  it("studentTQuantile(p, df) matches the printed t table to its 4 decimals", () => {
    const table: [number, number, number][] = [
      [0.975, 1, 12.7062],
      [0.975, 9, 2.2622],
      [0.995, 4, 4.6041],
      [0.975, 1000, 1.9623],
      [0.95, 5, 2.015],
      [0.975, 30, 2.0423],
      [0.9, 20, 1.3253],
    ];
    for (const [p, df, t] of table) expect(Math.abs(studentTQuantile(p, df) - t)).toBeLessThanOrEqual(0.00005 + 1e-12);
  });

  it("studentTQuantile(p, df) agrees to 1e-10 with 40-digit values", () => {
    // Computed independently with mpmath (betainc and findroot at 40 significant digits).
    const reference: [number, number, number][] = [
      [0.975, 9, 2.2621571627982055],
      [0.995, 4, 4.604094871349992],
      [0.975, 1000, 1.962339080826408],
      [0.975, 30, 2.042272456301238],
      [0.975, 10, 2.228138851986274],
      [0.95, 5, 2.015048373333024],
    ];
    for (const [p, df, t] of reference) expect(Math.abs(studentTQuantile(p, df) / t - 1)).toBeLessThan(1e-10);
  });

  it("studentTQuantile(p, df) uses the closed forms for df = 1 and df = 2", () => {
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(Math.tan(Math.PI * (0.975 - 0.5)), 10);
    // df = 2: t = (2p - 1) / √(2p(1 - p)).
    expect(studentTQuantile(0.9, 2)).toBeCloseTo(0.8 / Math.sqrt(2 * 0.9 * 0.1), 12);
  });

  it("studentTQuantile(p, df) inverts studentTCdf over a grid of p and df, including fractional df", () => {
    for (const df of [1, 1.5, 3, 7.25, 12, 60, 250, 5000, 99_999]) {
      for (const p of [1e-9, 0.001, 0.05, 0.3, 0.5, 0.6, 0.9, 0.99, 0.9999]) {
        expect(studentTCdf(studentTQuantile(p, df), df) / p - 1).toBeCloseTo(0, 9);
      }
    }
  });

  it("studentTQuantile(p, df) reaches far tails without overflow", () => {
    // df = 2 closed form: 1/√(2q) for tiny q; df = 1: cot(πq) ≈ 1/(πq).
    expect(studentTQuantile(1e-300, 2) / -(1 / Math.sqrt(2e-300)) - 1).toBeCloseTo(0, 12);
    expect(studentTQuantile(1e-300, 1) / -(1 / (Math.PI * 1e-300)) - 1).toBeCloseTo(0, 12);
    for (const [p, df] of [[1e-300, 3], [1e-100, 3], [1e-300, 10], [1e-300, 1.0001], [1e-30, 50]] as const) {
      expect(studentTCdf(studentTQuantile(p, df), df) / p - 1).toBeCloseTo(0, 9);
    }
  });

  it("studentTQuantile(p, df) approaches the normal quantile as df grows, with the Cornish-Fisher 1/df correction", () => {
    // t ≈ z + (z³ + z)/(4 df) for large df; z(0.975) = 1.959963984540054.
    const z = 1.959963984540054;
    for (const df of [1e5, 1e7, 1e10]) {
      expect(Math.abs(studentTQuantile(0.975, df) - (z + (z ** 3 + z) / (4 * df)))).toBeLessThan(3e-9);
    }
  });

  it("studentTQuantile(p, df) is antisymmetric and 0 at p = 1/2", () => {
    expect(studentTQuantile(0.5, 7)).toBe(0);
    // 1 - 0.975 is 0.025000000000000022 in floating point, so the two agree to rounding, not bit for bit.
    for (const df of [1, 4, 33]) expect(studentTQuantile(0.025, df) / -studentTQuantile(0.975, df) - 1).toBeCloseTo(0, 13);
  });

  it("studentTQuantile(p, df) rejects p outside (0, 1) and df below 1", () => {
    expect(() => studentTQuantile(1, 5)).toThrow(/studentTQuantile: p must be a number strictly between 0 and 1, got 1/);
    expect(() => studentTQuantile(0, 5)).toThrow(RangeError);
    expect(() => studentTQuantile(0.9, 0.5)).toThrow(/studentTQuantile: df must be a finite number >= 1, got 0.5/);
    expect(() => studentTQuantile(0.9, Number.POSITIVE_INFINITY)).toThrow(/df must be a finite number/);
  });
});
