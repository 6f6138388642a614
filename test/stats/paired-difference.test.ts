import { describe, expect, it } from "vitest";
import { estimate } from "../../src/stats/confidence-interval.js";
import { pairedDifference } from "../../src/stats/paired-difference.js";
import { seededNormals } from "./seeded-normals.js";

describe("pairedDifference(baseline, alternative, level)", () => {
  it("pairedDifference(baseline, alternative) is the t interval of the differences, checked by hand", () => {
    // Differences 8-10, 11-12, 9-11, 10-13 = -2, -1, -2, -3: mean -2, s² = (0 + 1 + 0 + 1)/3; t(0.975, 3) = 3.182446.
    const d = pairedDifference([10, 12, 11, 13], [8, 11, 9, 10]);
    expect(d.mean).toBe(-2);
    expect(Math.abs(d.halfWidth! - (3.182446 * Math.sqrt(2 / 3)) / 2)).toBeLessThan(5e-7);
  });

  it("pairedDifference(baseline, alternative) is far narrower than separate intervals under common random numbers", () => {
    // Each replication's shared noise (sd 5) cancels in the difference; only the own noise (sd 0.5) remains.
    const shared = seededNormals("crn-shared", 20);
    const own = seededNormals("crn-own", 40);
    const baseline = shared.map((z, i) => 50 + 5 * z + 0.5 * own[i]!);
    const alternative = shared.map((z, i) => 48 + 5 * z + 0.5 * own[20 + i]!);
    const paired = pairedDifference(baseline, alternative);
    const separate = estimate(baseline).halfWidth! + estimate(alternative).halfWidth!;
    expect(paired.halfWidth!).toBeLessThan(separate / 5);
    expect(paired.lo! <= -2 && -2 <= paired.hi!).toBe(true);
  });

  it("pairedDifference(baseline, alternative) has null interval fields for one replication", () => {
    expect(pairedDifference([4], [6])).toEqual({ mean: 2, halfWidth: null, lo: null, hi: null });
  });

  it("pairedDifference(baseline, alternative) rejects unequal lengths, empty arrays and NaN", () => {
    expect(() => pairedDifference([1, 2], [1])).toThrow(
      /pairedDifference: baseline and alternative must have one value per replication each \(equal lengths\), got 2 and 1/,
    );
    expect(() => pairedDifference([], [])).toThrow(/pairedDifference: baseline must hold at least 1 value/);
    expect(() => pairedDifference([1], [Number.NaN])).toThrow(/pairedDifference: alternative\[0\] must be a finite number, got NaN/);
  });
});
