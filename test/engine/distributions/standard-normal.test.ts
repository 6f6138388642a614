import { describe, expect, it } from "vitest";
import { normalCdf, normalDensity, standardNormal } from "../../../src/engine/distributions/standard-normal.js";
import { normalQuantile } from "../../../src/math/normal-quantile.js";

// Reference values from scipy.special (ndtr, ndtri), double precision.
const CDF: [number, number][] = [
  [0, 0.5],
  [1.5, 0.9331927987311419],
  [-3, 0.0013498980316300933],
  [-10, 7.61985302416047e-24],
  [-30, 4.906713927147908e-198],
];
const rel = (a: number, b: number): number => (b === 0 ? Math.abs(a) : Math.abs(a - b) / Math.abs(b));

describe("standard normal", () => {
  it("normalCdf(z) matches reference values to 1e-12 relative, far into the lower tail", () => {
    for (const [z, p] of CDF) expect(rel(normalCdf(z), p), `z=${z}`).toBeLessThanOrEqual(1e-12);
    expect(normalCdf(-40)).toBe(0);
    expect(normalCdf(40)).toBe(1);
  });

  it("normalQuantile(normalCdf(z)) returns z (src/math's quantile inverts the engine's CDF)", () => {
    // Above z = 3, Φ(z) is within 1e-3 of 1 where doubles are too coarse to invert to 10 digits.
    for (let z = -30; z <= 3; z += 0.25) expect(normalQuantile(normalCdf(z))).toBeCloseTo(z, 10);
  });

  it("normalDensity(z) is e^(−z²/2)/√(2π)", () => {
    expect(normalDensity(0)).toBeCloseTo(0.3989422804014327, 15);
    expect(normalDensity(-1)).toBeCloseTo(0.24197072451914337, 15);
  });

  it("standardNormal(u) is finite at u = 0 and symmetric about u = 1/2", () => {
    expect(standardNormal(0)).toBeLessThan(-38);
    expect(Number.isFinite(standardNormal(0))).toBe(true);
    expect(standardNormal(0.2)).toBeCloseTo(-standardNormal(0.8), 12);
  });

  it("normalCdf(z) rejects NaN", () => {
    expect(() => normalCdf(Number.NaN)).toThrow("normalCdf: z must be a number, got NaN");
  });
});
