import { describe, expect, it } from "vitest";
import { relativePrecisionMet } from "../../src/stats/relative-precision-met.js";

const e = (mean: number, halfWidth: number | null) =>
  ({ mean, halfWidth, lo: halfWidth === null ? null : mean - halfWidth, hi: halfWidth === null ? null : mean + halfWidth }) as const;

describe("relativePrecisionMet(e, r)", () => {
  it("relativePrecisionMet(e, r) compares the half-width with r times |mean|", () => {
    expect(relativePrecisionMet(e(10, 0.4), 0.05)).toBe(true);
    expect(relativePrecisionMet(e(10, 0.6), 0.05)).toBe(false);
    expect(relativePrecisionMet(e(-10, 0.4), 0.05)).toBe(true);
    expect(relativePrecisionMet(e(8, 1), 0.125)).toBe(true);
  });

  it("relativePrecisionMet(e, r) is never met without an interval", () => {
    expect(relativePrecisionMet(e(10, null), 0.5)).toBe(false);
  });

  it("relativePrecisionMet(e, r) around a zero mean is met only by an exactly known zero", () => {
    expect(relativePrecisionMet(e(0, 0), 0.05)).toBe(true);
    expect(relativePrecisionMet(e(0, 1e-9), 0.05)).toBe(false);
  });

  it("relativePrecisionMet(e, r) rejects a non-positive r and a NaN estimate", () => {
    expect(() => relativePrecisionMet(e(1, 0.1), 0)).toThrow(/relativePrecisionMet: r must be a finite number > 0, got 0/);
    expect(() => relativePrecisionMet(e(Number.NaN, 0.1), 0.1)).toThrow(/relativePrecisionMet: e must be an Estimate with a finite mean/);
    expect(() => relativePrecisionMet(e(1, Number.NaN), 0.1)).toThrow(/e.halfWidth must be null or a finite number >= 0, got NaN/);
  });
});
