import { describe, expect, it } from "vitest";
import { constantProfile } from "../../../src/engine/arrivals/constant-profile.js";
import { nonHomogeneousPoisson } from "../../../src/engine/arrivals/non-homogeneous-poisson.js";
import { periodicProfile } from "../../../src/engine/arrivals/periodic-profile.js";
import { productProfile } from "../../../src/engine/arrivals/product-profile.js";
import type { RateProfile } from "../../../src/engine/arrivals/rate-profile.js";
import type { RandomSource } from "../../../src/engine/random-stream.js";
import { randomStream } from "../../../src/engine/random-stream.js";
// Same family-wise interval width as the distribution tests (see its definition).
import { Z } from "../distributions/sample-moments.js";

/** A source whose draws make the given Exp(1) values E, through u = 1 − e^(−E). */
const exponentials = (...es: number[]): RandomSource & { calls: number } => {
  const source = Object.assign(() => 1 - Math.exp(-(es[source.calls++ % es.length] as number)), { calls: 0 });
  return source;
};

// Period 4: rate 2 on [0, 1), 0 on [1, 2), 4 on [2, 3), 1 on [3, 4); 7 expected events a cycle.
const steps = () => periodicProfile({ period: 4, breakpoints: [0, 1, 2, 3], levels: [2, 0, 4, 1] });

// Trucks per hour by hour of day: closed 1:00–5:00, morning and afternoon peaks.
const HOURLY = [2, 0, 0, 0, 0, 3, 6, 10, 14, 12, 10, 9, 8, 9, 11, 13, 12, 9, 7, 6, 5, 4, 3, 2];
const hourOfDay = () => periodicProfile({ period: 24, breakpoints: HOURLY.map((_, h) => h), levels: HOURLY });

/** Arrival times in [0, horizon), from a fixed stream. */
const arrivalsUntil = (profile: RateProfile, horizon: number, name: string): number[] => {
  const process = nonHomogeneousPoisson(profile, randomStream(77, 0, name));
  const times: number[] = [];
  for (let t = process.next(0); t < horizon; t = process.next(t)) times.push(t);
  return times;
};

describe("nonHomogeneousPoisson(profile, u)", () => {
  it("nonHomogeneousPoisson(profile, u).next(t) inverts the cumulative rate across pieces, skipping rate 0", () => {
    // E = 3: 2 expected on [0, 1), none on [1, 2), then 1 more at rate 4 takes 0.25.
    expect(nonHomogeneousPoisson(steps(), exponentials(3)).next(0)).toBeCloseTo(2.25, 12);
    // E = 6.5: 2 + 0 + 4 on [0, 3), then 0.5 at rate 1.
    expect(nonHomogeneousPoisson(steps(), exponentials(6.5)).next(0)).toBeCloseTo(3.5, 12);
    // E = 10: a whole cycle gives 7, then 2 on [4, 5), none on [5, 6), 1 at rate 4.
    expect(nonHomogeneousPoisson(steps(), exponentials(10)).next(0)).toBeCloseTo(6.25, 12);
    // From inside a piece: from 0.5, 1 expected event takes the rest of [0.5, 1).
    expect(nonHomogeneousPoisson(steps(), exponentials(1)).next(0.5)).toBeCloseTo(1, 12);
    // Starting in a rate-0 piece waits for it to end.
    expect(nonHomogeneousPoisson(steps(), exponentials(2)).next(1.2)).toBeCloseTo(2.5, 12);
  });

  it("nonHomogeneousPoisson(profile, u).next(t) draws one uniform per arrival", () => {
    const u = exponentials(0.3, 5, 12);
    const process = nonHomogeneousPoisson(steps(), u);
    let t = 0;
    for (let i = 0; i < 3; i++) t = process.next(t);
    expect(u.calls).toBe(3);
  });

  it("nonHomogeneousPoisson(profile, u).next(t) is Infinity when the rate is 0 for good", () => {
    const closed = periodicProfile({ period: 24, breakpoints: [0, 12], levels: [0, 0] });
    expect(nonHomogeneousPoisson(closed, exponentials(1)).next(3)).toBe(Infinity);
    expect(nonHomogeneousPoisson(constantProfile(0), exponentials(1)).next(3)).toBe(Infinity);
    expect(nonHomogeneousPoisson(productProfile(steps(), constantProfile(0)), exponentials(1)).next(3)).toBe(Infinity);
    expect(nonHomogeneousPoisson(constantProfile(1), exponentials(1)).next(Infinity)).toBe(Infinity);
  });

  it("nonHomogeneousPoisson(profile, u).next(t) throws when the rate is 0 for good but the profile keeps changing", () => {
    // Two factors that take turns at 0: the product is 0 at all times.
    const am = periodicProfile({ period: 24, breakpoints: [0, 12], levels: [0, 1] });
    const pm = periodicProfile({ period: 24, breakpoints: [0, 12], levels: [1, 0] });
    expect(() => nonHomogeneousPoisson(productProfile(am, pm), exponentials(1)).next(0)).toThrow(
      /nonHomogeneousPoisson\.next: the rate was 0 on 1000000 consecutive pieces/,
    );
  });

  it("nonHomogeneousPoisson(profile, u) counts per hour of day match the profile within Poisson intervals", () => {
    const days = 1000;
    const counts = new Array<number>(24).fill(0);
    for (const t of arrivalsUntil(hourOfDay(), 24 * days, "hour-of-day")) {
      const h = Math.floor(t % 24);
      counts[h] = (counts[h] ?? 0) + 1;
    }
    HOURLY.forEach((rate, h) => {
      const expected = days * rate;
      // A Poisson count has variance equal to its mean.
      expect(Math.abs((counts[h] as number) - expected), `hour ${h}`).toBeLessThanOrEqual(Z * Math.sqrt(expected));
    });
    // The total pools the hours, so it catches a small bias the per-hour intervals would miss.
    const total = days * HOURLY.reduce((sum, rate) => sum + rate, 0);
    const count = counts.reduce((sum, c) => sum + c, 0);
    expect(Math.abs(count - total)).toBeLessThanOrEqual(Z * Math.sqrt(total));
    // Closed hours see no arrival at all.
    expect([1, 2, 3, 4].map((h) => counts[h])).toEqual([0, 0, 0, 0]);
  });

  it("nonHomogeneousPoisson(productProfile(...), u) counts per day of week match base × hour × day multipliers", () => {
    const weeks = 150;
    const dayLevels = [1, 1.1, 1.1, 1, 1.3, 0.6, 0.3];
    const week = periodicProfile({ period: 168, breakpoints: dayLevels.map((_, d) => 24 * d), levels: dayLevels });
    const base = 0.5;
    const counts = new Array<number>(7).fill(0);
    const times = arrivalsUntil(productProfile(constantProfile(base), hourOfDay(), week), 168 * weeks, "day-of-week");
    for (const t of times) {
      const d = Math.floor((t % 168) / 24);
      counts[d] = (counts[d] ?? 0) + 1;
    }
    const perDay = HOURLY.reduce((s, r) => s + r, 0);
    dayLevels.forEach((level, d) => {
      const expected = weeks * base * level * perDay;
      expect(Math.abs((counts[d] as number) - expected), `day ${d}`).toBeLessThanOrEqual(Z * Math.sqrt(expected));
    });
  });

  it("nonHomogeneousPoisson(profile, u) total count over two years matches profile.integral", () => {
    // Hour of day × day of week × month of a 365-day year, in hours.
    const monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    const monthStarts = monthDays.map((_, m) => 24 * monthDays.slice(0, m).reduce((s, d) => s + d, 0));
    const season = periodicProfile({
      period: 8760,
      breakpoints: monthStarts,
      levels: [0.7, 0.7, 0.9, 1, 1.1, 1.2, 1.3, 1.3, 1.2, 1.1, 0.9, 0.8],
    });
    const week = periodicProfile({ period: 168, breakpoints: [0, 120], levels: [1, 0.4] });
    const profile = productProfile(constantProfile(0.25), hourOfDay(), week, season);
    const horizon = 2 * 8760;
    const expected = profile.integral(0, horizon);
    const count = arrivalsUntil(profile, horizon, "two-years").length;
    expect(expected).toBeGreaterThan(20_000);
    expect(Math.abs(count - expected)).toBeLessThanOrEqual(Z * Math.sqrt(expected));
  });

  it("nonHomogeneousPoisson(profile, u) rejects a non-profile, a non-function source and a NaN time", () => {
    expect(() => nonHomogeneousPoisson({} as RateProfile, Math.random)).toThrow(TypeError);
    expect(() => nonHomogeneousPoisson(constantProfile(1), 0.5 as unknown as RandomSource)).toThrow(TypeError);
    expect(() => nonHomogeneousPoisson(constantProfile(1), Math.random).next(Number.NaN)).toThrow(
      "nonHomogeneousPoisson.next: t must be a finite number, got NaN",
    );
  });
});
