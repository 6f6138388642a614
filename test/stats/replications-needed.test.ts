import { describe, expect, it } from "vitest";
import { replicationsNeeded } from "../../src/stats/replications-needed.js";

describe("replicationsNeeded(values, r, level)", () => {
  it("replicationsNeeded(values, r) is ceil(n (h / (r |mean|))²), checked by hand", () => {
    // [9, 10, 11, 10]: mean 10, s = √(2/3), t(0.975, 3) = 3.182446, h = t·s/2 = 1.29923; n* = 4 (1.29923 / 0.5)² = 27.008.
    expect(replicationsNeeded([9, 10, 11, 10], 0.05)).toBe(28);
    // A looser target of 20%: 4 (1.29923 / 2)² = 1.69, so the pilot of 4 already suffices.
    expect(replicationsNeeded([9, 10, 11, 10], 0.2)).toBe(4);
  });

  it("replicationsNeeded(values, r, level) asks for more at a higher level", () => {
    // 99%: t(0.995, 3) = 5.840909, h = 2.38446; 4 (2.38446 / 0.5)² = 90.97.
    expect(replicationsNeeded([9, 10, 11, 10], 0.05, 0.99)).toBe(91);
  });

  it("replicationsNeeded(values, r) is Infinity around a zero mean with spread, and n for an exact zero", () => {
    expect(replicationsNeeded([-1, 1, -1, 1], 0.1)).toBe(Number.POSITIVE_INFINITY);
    expect(replicationsNeeded([0, 0, 0], 0.1)).toBe(3);
  });

  it("replicationsNeeded(values, r, level) rejects fewer than two values and a bad r", () => {
    expect(() => replicationsNeeded([5], 0.1)).toThrow(/replicationsNeeded: values must hold at least 2 value\(s\), got an array of length 1/);
    expect(() => replicationsNeeded([5, 6], -0.1)).toThrow(/replicationsNeeded: r must be a finite number > 0, got -0.1/);
  });
});
