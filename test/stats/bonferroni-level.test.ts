import { describe, expect, it } from "vitest";
import { bonferroniLevel } from "../../src/stats/bonferroni-level.js";

describe("bonferroniLevel(level, comparisons)", () => {
  it("bonferroniLevel(level, comparisons) splits the error rate 1 - level evenly", () => {
    expect(bonferroniLevel(0.9, 4)).toBeCloseTo(0.975, 15);
    expect(bonferroniLevel(0.95, 5)).toBeCloseTo(0.99, 15);
    expect(bonferroniLevel(0.95, 1)).toBe(0.95);
  });

  it("bonferroniLevel(level, comparisons) rejects a bad level or count", () => {
    expect(() => bonferroniLevel(1, 2)).toThrow(/bonferroniLevel: level must be a number strictly between 0 and 1/);
    expect(() => bonferroniLevel(0.95, 0)).toThrow(/bonferroniLevel: comparisons must be an integer >= 1, got 0/);
  });
});
