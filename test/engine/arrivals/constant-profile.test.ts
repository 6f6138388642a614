import { describe, expect, it } from "vitest";
import { constantProfile } from "../../../src/engine/arrivals/constant-profile.js";

describe("constantProfile(rate)", () => {
  it("constantProfile(rate) has rate `rate` everywhere, never changes, and integrates to rate × length", () => {
    const p = constantProfile(30);
    expect(p.rateAt(-5)).toBe(30);
    expect(p.rateAt(1e6)).toBe(30);
    expect(p.nextChange(3)).toBe(Infinity);
    expect(p.integral(1, 3.5)).toBe(75);
    expect(p.integral(2, 2)).toBe(0);
  });

  it("constantProfile(rate) rejects a negative or non-finite rate, and integral(a, b) rejects b < a", () => {
    expect(() => constantProfile(-1)).toThrow("constantProfile: rate must be a finite number >= 0, got -1");
    expect(() => constantProfile(Infinity)).toThrow(RangeError);
    expect(() => constantProfile(1).integral(3, 2)).toThrow("constantProfile.integral: b must be >= a (3), got 2");
    expect(() => constantProfile(1).rateAt(Number.NaN)).toThrow(RangeError);
  });
});
