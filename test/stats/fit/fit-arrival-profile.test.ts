import { describe, expect, it } from "vitest";
import { gamma, randomStream } from "../../../src/engine/index.js";
import { fitArrivalProfile, monthOf, weekdayOf, type LocalArrival } from "../../../src/stats/fit/index.js";
import { namedStreams } from "../../../src/scenario/index.js";
import { studentTCdf } from "../../../src/stats/index.js";

const streams = namedStreams(1);

const HOURS = Array.from({ length: 24 }, (_, h) => (h >= 7 && h < 21 ? 1 : 0.6));
const WEEK = [1, 1, 1, 1, 1, 0.9, 0.7];
const MONTHS = [0.85, 0.85, 0.95, 1, 1, 1, 1.05, 1.05, 1.15, 1.18, 1, 0.9];
const mean1 = (v: readonly number[]): number[] => v.map((x) => (x * v.length) / v.reduce((s, y) => s + y, 0));
const FIRST_DAY = Date.UTC(2023, 0, 2) / 86_400_000; // Monday 2 January 2023

/** A Poisson count with mean m, by inversion (m is small here). */
function poisson(m: number, u: () => number): number {
  let k = 0;
  let p = Math.exp(-m);
  let cdf = p;
  const target = u();
  while (target > cdf && k < 1000) {
    k++;
    p *= m / k;
    cdf += p;
  }
  return k;
}

/** Arrivals of a Poisson process with rate trucksPerDay · hour · weekday · month (each averaging 1, the month as given), hour by hour. */
function simulate(days: number, trucksPerDay: number, months: readonly number[], seed: number, dayFactor?: (u: () => number) => number): LocalArrival[] {
  const u = randomStream(seed, 0, "arrivals");
  const hours = mean1(HOURS);
  const week = mean1(WEEK);
  const out: LocalArrival[] = [];
  for (let d = 0; d < days; d++) {
    const day = FIRST_DAY + d;
    const factor = dayFactor === undefined ? 1 : dayFactor(u);
    for (let h = 0; h < 24; h++) {
      const m = ((trucksPerDay * factor) / 24) * (hours[h] as number) * (week[weekdayOf(day)] as number) * (months[monthOf(day)] as number);
      const k = poisson(m, u);
      for (let i = 0; i < k; i++) out.push({ day, hour: h });
    }
  }
  return out;
}

describe("fitArrivalProfile(arrivals, options)", () => {
  it("weekdayOf(day) and monthOf(day) follow the calendar", () => {
    expect(weekdayOf(FIRST_DAY)).toBe(0);
    expect(weekdayOf(0)).toBe(3); // 1 January 1970, a Thursday
    expect(monthOf(FIRST_DAY + 30)).toBe(1); // 1 February 2023
  });

  it("fitArrivalProfile(a year of Poisson arrivals) holds the generating profile in its intervals: 44 independent years, one interval each", () => {
    // One fit's 44 intervals (trucks a day, 24 hours, 7 weekdays, 12 months) share its data and the profiles
    // sum to 24, 7 and 12, so their misses are not independent trials. Each of 44 independently simulated
    // years checks one of them instead: the misses are then Binomial(44, 0.05) if every interval covers
    // 95%, and P(misses >= 7) < 1%.
    const truthOf = (fit: ReturnType<typeof fitArrivalProfile>) => [
      [fit.trucksPerDay, 40 * (MONTHS.reduce((s, v) => s + v, 0) / 12)] as const,
      ...fit.hourOfDay.map((e, h) => [e, mean1(HOURS)[h]!] as const),
      ...fit.dayOfWeek.map((e, w) => [e, mean1(WEEK)[w]!] as const),
      ...fit.monthOfYear!.map((e, m) => [e, mean1(MONTHS)[m]!] as const),
    ];
    let misses = 0;
    for (let k = 0; k < 44; k++) {
      const fit = fitArrivalProfile(simulate(365, 40, MONTHS, 1000 + k), { replicates: 99, streams: namedStreams(k + 1) });
      expect(fit.days).toBe(365);
      const truth = truthOf(fit);
      expect(truth).toHaveLength(44);
      const [e, v] = truth[k]!;
      if (!(e.lo! <= v && v <= e.hi!)) misses++;
      // Poisson counts: the dispersion test's p is uniform; checked on one year, P(p <= 0.01) = 1%.
      if (k === 0) expect(fit.dispersion.p).toBeGreaterThan(0.01);
    }
    expect(misses).toBeLessThanOrEqual(6);
  });

  it("fitArrivalProfile(8 weeks) leaves monthOfYear null and estimates trucksPerDay in the observed months", () => {
    const fit = fitArrivalProfile(simulate(56, 200, Array(12).fill(1), 2), { replicates: 399, streams });
    expect(fit.monthOfYear).toBeNull();
    expect(fit.trucksPerDay.lo!).toBeLessThanOrEqual(200);
    expect(fit.trucksPerDay.hi!).toBeGreaterThanOrEqual(200);
    expect(fit.hourOfDay.reduce((s, e) => s + e.mean, 0)).toBeCloseTo(24, 10);
    expect(fit.dayOfWeek.reduce((s, e) => s + e.mean, 0)).toBeCloseTo(7, 10);
  });

  it("fitArrivalProfile(overdispersed counts) says so: dispersion index well above 1, p tiny", () => {
    // Each day's rate is multiplied by a gamma factor with cv 0.3: more variable than Poisson.
    const busy = gamma(1, 0.3);
    const fit = fitArrivalProfile(simulate(56, 200, Array(12).fill(1), 3, (u) => busy.sample(u)), { replicates: 99, streams });
    expect(fit.dispersion.index).toBeGreaterThan(3);
    expect(fit.dispersion.p).toBeLessThan(1e-6);
  });

  it("fitArrivalProfile(14 days) covers trucksPerDay as often as a stratified mean with 7 degrees of freedom allows", () => {
    // Two days of each weekday: the stratified bootstrap's percentile interval is about mean ± 1.96·SE, where
    // SE rests on 7 degrees of freedom (one per weekday), so with an unbiased bootstrap variance it covers
    // P(|t_7| <= 1.96) = 0.909 of the time. Resampling 2 of 2 days (variance halved) covers about 0.79.
    const trials = 400;
    let covered = 0;
    for (let t = 0; t < trials; t++) {
      const fit = fitArrivalProfile(simulate(14, 120, Array(12).fill(1), 100 + t), { replicates: 99, streams: namedStreams(t + 1) });
      if (fit.trucksPerDay.lo! <= 120 && 120 <= fit.trucksPerDay.hi!) covered++;
    }
    const p0 = 2 * studentTCdf(1.96, 7) - 1;
    // Two-sided 1% normal-approximation band for a binomial share around p0.
    const half = 2.575829 * Math.sqrt((p0 * (1 - p0)) / trials);
    expect(Math.abs(covered / trials - p0)).toBeLessThanOrEqual(half);
  });

  it("fitArrivalProfile(arrivals over 10 days) throws: two of each weekday are needed", () => {
    expect(() => fitArrivalProfile([{ day: 100, hour: 1 }, { day: 109, hour: 2 }], { streams })).toThrow(/span 10 days; at least 14/);
  });
});
