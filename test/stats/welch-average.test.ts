import { describe, expect, it } from "vitest";
import { welchAverage } from "../../src/stats/welch-average.js";

describe("welchAverage(replications, window)", () => {
  it("welchAverage(replications, window) averages across replications, then over 2w + 1 points, checked by hand", () => {
    // Mean series: 2, 4, 6, 10, 20, 30. With w = 2: point 0 = 2; point 1 = (2+4+6)/3 = 4;
    // point 2 = (2+4+6+10+20)/5 = 8.4; point 3 = (4+6+10+20+30)/5 = 14.
    const reps = [
      [1, 3, 5, 9, 19, 29],
      [3, 5, 7, 11, 21, 31],
    ];
    const got = welchAverage(reps, 2);
    expect(got).toHaveLength(4);
    [2, 4, 8.4, 14].forEach((x, i) => expect(got[i]).toBeCloseTo(x, 12));
  });

  it("welchAverage(replications, 0) is the across-replication mean series", () => {
    expect(welchAverage([[1, 2], [3, 6], [5, 10]], 0)).toEqual([3, 6]);
  });

  it("welchAverage(replications, window) flattens a constant series to itself", () => {
    expect(welchAverage([Array.from({ length: 40 }, () => 7)], 5).every((x) => Math.abs(x - 7) < 1e-12)).toBe(true);
  });

  it("welchAverage(replications, window) rejects unequal lengths, a window too wide, and NaN", () => {
    expect(() => welchAverage([[1, 2, 3], [1, 2]], 1)).toThrow(
      /welchAverage: every series must have the same length, got 2 for replications\[1\] and 3 for replications\[0\]/,
    );
    expect(() => welchAverage([[1, 2, 3]], 3)).toThrow(/welchAverage: window must be an integer in \[0, 2\] for series of length 3, got 3/);
    expect(() => welchAverage([[1, 2, 3]], 0.5)).toThrow(/welchAverage: window must be an integer >= 0, got 0.5/);
    expect(() => welchAverage([], 0)).toThrow(/welchAverage: replications must hold at least one series/);
    expect(() => welchAverage([[1, Number.NaN]], 0)).toThrow(/welchAverage: replications\[0\]\[1\] must be a finite number, got NaN/);
  });
});
