import { describe, expect, it } from "vitest";
import { constantProfile } from "../../../src/engine/arrivals/constant-profile.js";
import { periodicProfile } from "../../../src/engine/arrivals/periodic-profile.js";
import { productProfile } from "../../../src/engine/arrivals/product-profile.js";
import type { RateProfile } from "../../../src/engine/arrivals/rate-profile.js";

// Half the base rate before noon, 1.5× after; weekends (days 5 and 6) at 0.2×.
const halfDays = () => periodicProfile({ period: 24, breakpoints: [0, 12], levels: [0.5, 1.5] });
const weekdays = () => periodicProfile({ period: 168, breakpoints: [0, 120], levels: [1, 0.2] });

describe("productProfile(...profiles)", () => {
  it("productProfile(...profiles).rateAt(t) multiplies the factors' rates", () => {
    const p = productProfile(constantProfile(10), halfDays(), weekdays());
    expect(p.rateAt(3)).toBe(5);
    expect(p.rateAt(13)).toBe(15);
    expect(p.rateAt(120 + 13)).toBeCloseTo(3, 14);
  });

  it("productProfile(...profiles).nextChange(t) is the earliest change of any factor", () => {
    const p = productProfile(halfDays(), weekdays());
    expect(p.nextChange(3)).toBe(12);
    expect(p.nextChange(110)).toBe(120);
    expect(p.nextChange(118)).toBe(120);
  });

  it("productProfile(...profiles).nextChange(t) is Infinity when a factor is 0 for good", () => {
    expect(productProfile(halfDays(), constantProfile(0)).nextChange(5)).toBe(Infinity);
    expect(productProfile(constantProfile(2), constantProfile(3)).nextChange(5)).toBe(Infinity);
  });

  it("productProfile(...profiles).integral(a, b) sums rate × length over the pieces", () => {
    const p = productProfile(constantProfile(10), halfDays(), weekdays());
    // A weekday: 12·5 + 12·15 = 240; a weekend day 0.2 × 240 = 48; a week 5·240 + 2·48.
    expect(p.integral(0, 24)).toBeCloseTo(240, 10);
    expect(p.integral(120, 144)).toBeCloseTo(48, 10);
    expect(p.integral(0, 168 * 4)).toBeCloseTo(4 * (5 * 240 + 2 * 48), 8);
    expect(p.integral(6, 18)).toBeCloseTo(6 * 5 + 6 * 15, 10);
    expect(p.integral(7, 7)).toBe(0);
  });

  it("productProfile(...profiles) rejects no profiles and non-profiles; integral(a, b) rejects b < a", () => {
    expect(() => productProfile()).toThrow("productProfile: profiles must hold at least one profile, got none");
    expect(() => productProfile(constantProfile(1), {} as RateProfile)).toThrow(TypeError);
    expect(() => productProfile(constantProfile(1)).integral(1, 0)).toThrow("productProfile.integral: b must be >= a (1), got 0");
  });
});
