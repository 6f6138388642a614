import { describe, expect, it } from "vitest";
import { normalQuantile } from "../../src/stats/normal-quantile.js";

describe("normalQuantile(p)", () => {
  it("normalQuantile(p) matches tabulated quantiles of the standard normal within Acklam's 1.15e-9 relative error", () => {
    // Tabulated values to 10 significant digits (Φ(1) = 0.841344746068543); the allowance adds half a unit of the 10th digit.
    const table: [number, number][] = [
      [0.5, 0],
      [0.841344746068543, 1],
      [0.9, 1.281551566],
      [0.95, 1.644853627],
      [0.975, 1.959963985],
      [0.995, 2.575829304],
      [0.9995, 3.290526731],
      [1e-10, -6.361340902],
    ];
    for (const [p, z] of table) expect(Math.abs(normalQuantile(p) - z)).toBeLessThan(1.15e-9 * Math.abs(z) + 5e-10 * Math.max(1, Math.abs(z)));
  });

  it("normalQuantile(p) is antisymmetric about 1/2", () => {
    for (const p of [0.001, 0.02, 0.3]) expect(normalQuantile(p)).toBeCloseTo(-normalQuantile(1 - p), 12);
  });

  it("normalQuantile(p) rejects p outside (0, 1)", () => {
    expect(() => normalQuantile(0)).toThrow(/normalQuantile: p must be a number strictly between 0 and 1, got 0/);
    expect(() => normalQuantile(1)).toThrow(RangeError);
    expect(() => normalQuantile(Number.NaN)).toThrow(/got NaN/);
  });
});
