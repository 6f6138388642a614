import { describe, expect, it } from "vitest";
import { ksTwoSample } from "../../src/stats/index.js";

describe("ksTwoSample(a, b)", () => {
  it("ksTwoSample(a, b) is the largest gap between the two step functions, worked by hand", () => {
    // After 1: 1/3 vs 0; after 2: 2/3 vs 1/3; after 3: 1 vs 2/3; after 4: 1 vs 1.
    expect(ksTwoSample([1, 2, 3], [2, 3, 4])).toBeCloseTo(1 / 3, 15);
    expect(ksTwoSample([1, 2], [3, 4])).toBe(1);
    expect(ksTwoSample([1, 2, 3], [1, 2, 3])).toBe(0);
  });
  it("ksTwoSample(a, b) steps both functions past tied values together", () => {
    expect(ksTwoSample([1, 1, 2], [1, 2, 2])).toBeCloseTo(1 / 3, 15);
  });
  it("ksTwoSample([], b) throws", () => {
    expect(() => ksTwoSample([], [1])).toThrow(RangeError);
  });
});
