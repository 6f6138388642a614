import { describe, expect, it } from "vitest";
import { estimate } from "../../src/stats/confidence-interval.js";
import { seededNormals } from "./seeded-normals.js";

describe("estimate(values, level)", () => {
  it("estimate(values) gives the Student-t interval, checked by hand on eight values", () => {
    // Mean 5; squared deviations 9+1+1+1+0+0+4+16 = 32, s = √(32/7); t(0.975, 7) = 2.364624 from the t table.
    const e = estimate([2, 4, 4, 4, 5, 5, 7, 9]);
    const halfWidth = (2.364624 * Math.sqrt(32 / 7)) / Math.sqrt(8);
    expect(e.mean).toBe(5);
    // The table's 7 digits leave ±5e-7 in t, which is ±4e-7 in the half-width.
    expect(Math.abs(e.halfWidth! - halfWidth)).toBeLessThan(4e-7);
    expect(e.lo).toBeCloseTo(5 - e.halfWidth!, 14);
    expect(e.hi).toBeCloseTo(5 + e.halfWidth!, 14);
  });

  it("estimate(values, level) widens with the level: 99% uses t(0.995, 7) = 3.499483", () => {
    const e = estimate([2, 4, 4, 4, 5, 5, 7, 9], 0.99);
    expect(Math.abs(e.halfWidth! - (3.499483 * Math.sqrt(32 / 7)) / Math.sqrt(8))).toBeLessThan(4e-7);
  });

  it("estimate(values) has null interval fields for a single replication", () => {
    expect(estimate([3.5])).toEqual({ mean: 3.5, halfWidth: null, lo: null, hi: null });
  });

  it("estimate(values) gives a zero-width interval when every replication agrees", () => {
    expect(estimate([2, 2, 2])).toEqual({ mean: 2, halfWidth: 0, lo: 2, hi: 2 });
  });

  it("estimate(values) keeps its digits when the spread is tiny beside the mean", () => {
    // s of [1e9 + 1, 1e9 + 2, 1e9 + 3] is exactly 1, as for [1, 2, 3]; a one-pass sum of squares would lose it.
    const big = estimate([1e9 + 1, 1e9 + 2, 1e9 + 3]);
    const small = estimate([1, 2, 3]);
    expect(big.halfWidth).toBeCloseTo(small.halfWidth!, 9);
  });

  it("estimate(values) covers the true mean in about 95% of samples of 5 normal values", () => {
    // 4000 samples of n = 5 from N(10, 2²). With z in place of t the coverage would be about 0.88.
    const draws = seededNormals("estimate-coverage", 4000 * 5);
    const trials = 4000;
    let covered = 0;
    for (let i = 0; i < trials; i++) {
      const e = estimate(draws.slice(5 * i, 5 * i + 5).map((z) => 10 + 2 * z));
      if (e.lo! <= 10 && 10 <= e.hi!) covered++;
    }
    const share = covered / trials;
    // 99.9% normal-approximation interval for the observed coverage proportion.
    const margin = 3.290527 * Math.sqrt((share * (1 - share)) / trials);
    expect(Math.abs(share - 0.95)).toBeLessThan(margin);
  });

  it("estimate(values) rejects an empty array, NaN, Infinity and a level outside (0, 1)", () => {
    expect(() => estimate([])).toThrow(/estimate: values must hold at least 1 value\(s\), got an array of length 0/);
    expect(() => estimate([1, Number.NaN])).toThrow(/estimate: values\[1\] must be a finite number, got NaN/);
    expect(() => estimate([Number.POSITIVE_INFINITY])).toThrow(/values\[0\] must be a finite number, got Infinity/);
    expect(() => estimate([1, 2], 95)).toThrow(/estimate: level must be a number strictly between 0 and 1, such as 0.95, got 95/);
    expect(() => estimate([1e308, 1e308])).toThrow(/estimate: values are too large to sum/);
  });
});
