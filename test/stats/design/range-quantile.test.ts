import { describe, expect, it } from "vitest";
import { rangeQuantile } from "../../../src/stats/index.js";

describe("rangeQuantile(u, range)", () => {
  it("rangeQuantile(u, uniform range) is linear from low to high", () => {
    const range = { low: 2, nominal: 3, high: 6, distribution: "uniform" } as const;
    expect([0, 0.25, 1].map((u) => rangeQuantile(u, range))).toEqual([2, 3, 6]);
  });

  it("rangeQuantile(u, triangular range) inverts the triangular distribution function, with the nominal value as mode", () => {
    const [a, c, b] = [1, 2, 5];
    const range = { low: a, nominal: c, high: b, distribution: "triangular" } as const;
    // F(x) = (x − a)² / ((b − a)(c − a)) up to the mode, 1 − (b − x)² / ((b − a)(b − c)) after it.
    const cdf = (x: number): number => (x <= c ? (x - a) ** 2 / ((b - a) * (c - a)) : 1 - (b - x) ** 2 / ((b - a) * (b - c)));
    for (const u of [0, 0.1, 0.25, 0.5, 0.9, 1]) expect(cdf(rangeQuantile(u, range))).toBeCloseTo(u, 12);
    expect(rangeQuantile((c - a) / (b - a), range)).toBeCloseTo(c, 12);
  });

  it("rangeQuantile(u, range) rejects u outside [0, 1] and a nominal value outside the range", () => {
    expect(() => rangeQuantile(1.1, { low: 0, nominal: 0, high: 1, distribution: "uniform" })).toThrow(RangeError);
    expect(() => rangeQuantile(0.5, { low: 0, nominal: 2, high: 1, distribution: "uniform" })).toThrow(RangeError);
  });
});
