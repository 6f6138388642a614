import { describe, expect, it } from "vitest";
import { periodicProfile } from "../../../src/engine/arrivals/periodic-profile.js";

// 1 truck/h at night [0, 8), 5 by day [8, 20), 2 in the evening [20, 24): 8 + 60 + 8 = 76 a day.
const shifts = () => periodicProfile({ period: 24, breakpoints: [0, 8, 20], levels: [1, 5, 2] });

describe("periodicProfile({ period, breakpoints, levels })", () => {
  it("periodicProfile(...).rateAt(t) is the level of the piece holding t mod period, new level at a breakpoint", () => {
    const p = shifts();
    expect([0, 7.99, 8, 19.5, 20, 23.99].map((t) => p.rateAt(t))).toEqual([1, 1, 5, 5, 2, 2]);
    expect([24, 32, 24 * 100 + 21].map((t) => p.rateAt(t))).toEqual([1, 5, 2]);
    expect(p.rateAt(-1)).toBe(2); // the evening before day 0
  });

  it("periodicProfile(...).nextChange(t) is the next breakpoint after t, wrapping to the next cycle", () => {
    const p = shifts();
    expect(p.nextChange(0)).toBe(8);
    expect(p.nextChange(8)).toBe(20);
    expect(p.nextChange(21)).toBe(24);
    expect(p.nextChange(24 * 10 + 3)).toBe(24 * 10 + 8);
    expect(p.nextChange(-1)).toBe(0);
  });

  it("periodicProfile(...).nextChange(t) skips breakpoints where the level stays the same", () => {
    const p = periodicProfile({ period: 10, breakpoints: [0, 2, 4, 6], levels: [3, 3, 0, 3] });
    expect(p.nextChange(0)).toBe(4);
    expect(p.nextChange(4)).toBe(6);
    // [6, 10) and the next cycle's [0, 4) have the same level, but the cycle edge may still be reported.
    expect([10, 14]).toContain(p.nextChange(7));
    const flat = periodicProfile({ period: 24, breakpoints: [0, 6, 12], levels: [0, 0, 0] });
    expect(flat.nextChange(5)).toBe(Infinity);
  });

  it("periodicProfile(...).integral(a, b) is the expected count in (a, b], across pieces and cycles", () => {
    const p = shifts();
    expect(p.integral(0, 24)).toBe(76);
    expect(p.integral(6, 10)).toBe(2 * 1 + 2 * 5);
    expect(p.integral(19, 26)).toBe(5 + 4 * 2 + 2 * 1);
    expect(p.integral(0, 24 * 365)).toBe(76 * 365);
    expect(p.integral(24 * 1000 + 7, 24 * 1003 + 9)).toBeCloseTo(1 + 12 * 5 + 4 * 2 + 76 * 2 + 8 + 5, 9);
    expect(p.integral(-24, 0)).toBe(76);
    expect(p.integral(5, 5)).toBe(0);
  });

  it("periodicProfile(...) rejects breakpoints not starting at 0, not increasing or not below period", () => {
    const make = (breakpoints: number[], levels = breakpoints.map(() => 1), period = 24) =>
      () => periodicProfile({ period, breakpoints, levels });
    expect(make([1, 5])).toThrow("periodicProfile: breakpoints must start at 0, got 1");
    expect(make([0, 5, 5])).toThrow("periodicProfile: breakpoints must strictly increase, got 5 then 5 at index 2");
    expect(make([0, 24])).toThrow("periodicProfile: breakpoints must be finite numbers below period (24), got 24 at index 1");
    expect(make([])).toThrow(/breakpoints must be a non-empty array/);
    expect(make([0], [1], 0)).toThrow("periodicProfile: period must be a finite number > 0, got 0");
  });

  it("periodicProfile(...) rejects levels of the wrong length, negative or non-finite", () => {
    const make = (levels: number[]) => () => periodicProfile({ period: 24, breakpoints: [0, 12], levels });
    expect(make([1])).toThrow("periodicProfile: levels must be an array of the length of breakpoints (2), got length 1");
    expect(make([1, -2])).toThrow("periodicProfile: levels must be finite numbers >= 0, got -2 at index 1");
    expect(make([1, Number.NaN])).toThrow(RangeError);
  });

  it("periodicProfile(...).integral(a, b) rejects b < a and non-finite ends", () => {
    expect(() => shifts().integral(2, 1)).toThrow("periodicProfile.integral: b must be >= a (2), got 1");
    expect(() => shifts().integral(0, Infinity)).toThrow("periodicProfile.integral: b must be a finite number, got Infinity");
  });
});
