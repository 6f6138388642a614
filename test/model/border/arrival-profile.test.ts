import { describe, expect, it } from "vitest";
import { arrivalProfile } from "../../../src/model/index.js";

const flat = (n: number, v = 1): number[] => Array.from({ length: n }, () => v);
// Night (22:00-06:00) weight 1, day weight 3: 8 + 16·3 = 56 weight-hours, mean 56/24.
const dayNight = Array.from({ length: 24 }, (_, h) => (h >= 6 && h < 22 ? 3 : 1));
const months = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => m / 10);

describe("arrivalProfile(options)", () => {
  it("arrivalProfile(options).rateAt(t) is trucksPerDay / 24 × the rescaled hour, weekday and month factors", () => {
    const p = arrivalProfile({ trucksPerDay: 240, hourOfDay: dayNight, dayOfWeek: [2, 2, 2, 2, 2, 1, 3], monthOfYear: months, startMonth: 1 });
    // Hour factor: 3 / (56/24) by day, 1 / (56/24) at night; weekday factor 2 / 2 Monday; January 0.1.
    expect(p.rateAt(7)).toBeCloseTo(10 * (3 * 24 / 56) * 1 * 0.1, 12);
    expect(p.rateAt(2)).toBeCloseTo(10 * (24 / 56) * 1 * 0.1, 12);
    // Day 5 is a Saturday (weight 1 of mean 2), day 6 a Sunday (3 of 2).
    expect(p.rateAt(5 * 24 + 7)).toBeCloseTo(10 * (3 * 24 / 56) * 0.5 * 0.1, 12);
    expect(p.rateAt(6 * 24 + 2)).toBeCloseTo(10 * (24 / 56) * 1.5 * 0.1, 12);
  });

  it("arrivalProfile(options).integral(0, 24 × 7) is trucksPerDay × 7 in a month with multiplier 1: hour and weekday weights only shape the week", () => {
    const p = arrivalProfile({ trucksPerDay: 300, hourOfDay: dayNight, dayOfWeek: [1, 1, 1, 1, 1, 0.9, 0.7], monthOfYear: flat(12), startMonth: 5 });
    expect(p.integral(0, 24 * 7)).toBeCloseTo(300 * 7, 9);
  });

  it("arrivalProfile(options) starts the months at startMonth: day 0 is the first of that month, and months have their calendar lengths", () => {
    const p = arrivalProfile({ trucksPerDay: 24, hourOfDay: flat(24), dayOfWeek: flat(7), monthOfYear: months, startMonth: 9 });
    expect(p.rateAt(0)).toBeCloseTo(0.9, 12); // 1 September
    expect(p.rateAt(24 * 29 + 23)).toBeCloseTo(0.9, 12); // 30 September, 23:00
    expect(p.rateAt(24 * 30)).toBeCloseTo(1.0, 12); // 1 October
    expect(p.rateAt(24 * (30 + 31 + 30 + 31))).toBeCloseTo(0.1, 12); // 1 January
    expect(p.rateAt(24 * 365)).toBeCloseTo(0.9, 12); // a year later, 1 September again
    // 24 trucks a day times, September to August: 30·0.9 + 31·1.0 + 30·1.1 + 31·1.2 + 31·0.1 + 28·0.2 + 31·0.3 + 30·0.4 + 31·0.5 + 30·0.6 + 31·0.7 + 31·0.8
    expect(p.integral(0, 24 * 365)).toBeCloseTo(24 * (27 + 31 + 33 + 37.2 + 3.1 + 5.6 + 9.3 + 12 + 15.5 + 18 + 21.7 + 24.8), 8);
  });

  it("arrivalProfile(options) rejects profiles of the wrong length or with no weight, and a month outside 1..12", () => {
    const ok = { trucksPerDay: 10, hourOfDay: flat(24), dayOfWeek: flat(7), monthOfYear: flat(12), startMonth: 1 };
    expect(() => arrivalProfile({ ...ok, hourOfDay: flat(23) })).toThrow("arrivalProfile: hourOfDay must hold 24 weights, got 23");
    expect(() => arrivalProfile({ ...ok, dayOfWeek: flat(7, 0) })).toThrow("arrivalProfile: dayOfWeek must hold at least one weight > 0");
    expect(() => arrivalProfile({ ...ok, monthOfYear: flat(11) })).toThrow("arrivalProfile: monthOfYear must hold 12 multipliers, got 11");
    expect(() => arrivalProfile({ ...ok, startMonth: 13 })).toThrow("arrivalProfile: startMonth must be an integer from 1 to 12, got 13");
  });
});
