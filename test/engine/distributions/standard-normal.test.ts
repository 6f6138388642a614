import { describe, expect, it } from "vitest";
import {
  normalCdf,
  normalDensity,
  normalQuantile,
  standardNormal,
} from "../../../src/engine/distributions/standard-normal.js";

// Reference values from scipy.special (ndtr, ndtri), double precision.
const CDF: [number, number][] = [
  [0, 0.5],
  [1.5, 0.9331927987311419],
  [-3, 0.0013498980316300933],
  [-10, 7.61985302416047e-24],
  [-30, 4.906713927147908e-198],
];
const QUANTILE: [number, number][] = [
  [0.5, 0],
  [0.3, -0.5244005127080409],
  [0.975, 1.959963984540054],
  [1e-10, -6.361340902404056],
];
const rel = (a: number, b: number): number => (b === 0 ? Math.abs(a) : Math.abs(a - b) / Math.abs(b));

describe("standard normal", () => {
  it("normalCdf(z) matches reference values to 1e-12 relative, far into the lower tail", () => {
    for (const [z, p] of CDF) expect(rel(normalCdf(z), p), `z=${z}`).toBeLessThanOrEqual(1e-12);
    expect(normalCdf(-40)).toBe(0);
    expect(normalCdf(40)).toBe(1);
  });

  it("normalQuantile(p) matches reference values to 1e-14 relative", () => {
    for (const [p, z] of QUANTILE) expect(rel(normalQuantile(p), z), `p=${p}`).toBeLessThanOrEqual(1e-14);
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
  });

  it("normalQuantile(normalCdf(z)) returns z", () => {
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

  it("normalCdf(z) and normalQuantile(p) reject NaN and p outside [0, 1]", () => {
    expect(() => normalCdf(Number.NaN)).toThrow("normalCdf: z must be a number, got NaN");
    expect(() => normalQuantile(1.5)).toThrow("normalQuantile: p must be a number in [0, 1], got 1.5");
    expect(() => normalQuantile(Number.NaN)).toThrow(RangeError);
  });
});
