import { quantileSorted } from "simple-statistics";
import type { Estimate } from "../estimate.js";
import type { NamedStreams } from "./family.js";
import { regularizedGammaQ } from "./regularized-gamma.js";

/** One arrival, in the local time of its record: the local calendar date as a day number (days since 1970-01-01) and the hour 0–23. */
export interface LocalArrival {
  readonly day: number;
  readonly hour: number;
}

/** What `fitArrivalProfile` estimates, in the scenario format's terms, each with its interval. */
export interface ArrivalProfileFit {
  /** Arrivals counted. */
  readonly n: number;
  /** Calendar days from the first arrival's date to the last's, both included. */
  readonly days: number;
  /** The first day, as days since 1970-01-01 (local date). */
  readonly firstDay: number;
  /** Mean trucks per day in a month whose multiplier is 1 (the scenario's `trucksPerDay`). */
  readonly trucksPerDay: Estimate;
  /** 24 multipliers averaging 1, 00:00–01:00 first. */
  readonly hourOfDay: readonly Estimate[];
  /** 7 multipliers averaging 1, Monday first. */
  readonly dayOfWeek: readonly Estimate[];
  /** 12 multipliers averaging 1, January first; null unless the days cover every month. */
  readonly monthOfYear: readonly Estimate[] | null;
  /** Pearson's dispersion test of the daily counts against the fitted Poisson means: index = X²/df (about 1 if Poisson), p = P(χ²_df >= X²). */
  readonly dispersion: { readonly index: number; readonly p: number };
}

/** Options of `fitArrivalProfile`. */
export interface ArrivalProfileOptions {
  /** Bootstrap resamples for the intervals. @default 999 */
  readonly replicates?: number;
  /** The random streams; the bootstrap draws from `fit/arrivals` (pass the engine's named streams of a seed). */
  readonly streams: NamedStreams;
  /** Confidence level of the intervals. @default 0.95 */
  readonly level?: number;
}

/** Fewest calendar days `fitArrivalProfile` accepts: two of each weekday. */
export const MIN_ARRIVAL_DAYS = 14;

/** Most calendar days `fitArrivalProfile` accepts: 100 years (a longer span is a mistyped date, and would take hours). */
export const MAX_ARRIVAL_DAYS = 36_525;

/** Weekday of a day number, Monday 0 (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** Calendar month of a day number, January 0. */
export function monthOf(day: number): number {
  return new Date(day * 86_400_000).getUTCMonth();
}

interface Point {
  trucksPerDay: number;
  hourOfDay: number[];
  dayOfWeek: number[];
  monthOfYear: number[] | null;
}

const normalised = (values: readonly number[]): number[] => {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  return values.map((v) => v / mean);
};

/**
 * The multiplicative Poisson model's maximum-likelihood estimates from daily counts: the rate on
 * day d is trucksPerDay · dayOfWeek[w(d)] · monthOfYear[m(d)], by iterative proportional fitting
 * (weekdays and months are not balanced in a window); hours from the total per hour.
 */
function estimate(dayCounts: readonly number[], dayHours: readonly Float64Array[], weekdays: readonly number[], months: readonly number[], withMonths: boolean): Point {
  const byHour = new Array<number>(24).fill(0);
  let n = 0;
  for (const hours of dayHours) for (let h = 0; h < 24; h++) byHour[h] = (byHour[h] as number) + (hours[h] as number);
  for (const c of dayCounts) n += c;
  let dow = new Array<number>(7).fill(1);
  let moy = new Array<number>(12).fill(1);
  for (let iteration = 0; iteration < (withMonths ? 50 : 1); iteration++) {
    const countW = new Array<number>(7).fill(0);
    const exposureW = new Array<number>(7).fill(0);
    dayCounts.forEach((c, d) => {
      const w = weekdays[d] as number;
      countW[w] = (countW[w] as number) + c;
      exposureW[w] = (exposureW[w] as number) + (moy[months[d] as number] as number);
    });
    dow = normalised(countW.map((c, w) => c / (exposureW[w] as number)));
    if (!withMonths) break;
    const countM = new Array<number>(12).fill(0);
    const exposureM = new Array<number>(12).fill(0);
    dayCounts.forEach((c, d) => {
      const m = months[d] as number;
      countM[m] = (countM[m] as number) + c;
      exposureM[m] = (exposureM[m] as number) + (dow[weekdays[d] as number] as number);
    });
    moy = normalised(countM.map((c, m) => c / (exposureM[m] as number)));
  }
  let exposure = 0;
  dayCounts.forEach((_, d) => {
    exposure += (dow[weekdays[d] as number] as number) * (moy[months[d] as number] as number);
  });
  return { trucksPerDay: n / exposure, hourOfDay: byHour.map((c) => (24 * c) / n), dayOfWeek: dow, monthOfYear: withMonths ? moy : null };
}

/**
 * Estimates what a border scenario's arrivals need from arrival records: trucks per day and the
 * hour-of-day, day-of-week and (when the records cover every month) month-of-year multipliers of
 * a non-homogeneous Poisson process, each with a percentile interval from a bootstrap of whole
 * days resampled within their weekday (and month), so that day-to-day variation beyond Poisson
 * widens the intervals as it should; and Pearson's dispersion test of the daily counts.
 * The records are taken to cover every hour of every day from the first record's date to the
 * last's (days without a record count as 0). `halfWidth` of each estimate is half the interval's
 * width (a percentile interval need not be symmetric about the estimate). Cost: O(B · days · 24).
 *
 * @throws {RangeError} if the arrivals span fewer than 14 days or more than MAX_ARRIVAL_DAYS, or an hour is not 0–23.
 */
export function fitArrivalProfile(arrivals: readonly LocalArrival[], options: ArrivalProfileOptions): ArrivalProfileFit {
  const replicates = options.replicates ?? 999;
  const level = options.level ?? 0.95;
  let first = Infinity;
  let last = -Infinity;
  for (const a of arrivals) {
    if (!(Number.isInteger(a.hour) && a.hour >= 0 && a.hour < 24)) throw new RangeError(`fitArrivalProfile: an hour must be a whole number 0–23, got ${a.hour}`);
    first = Math.min(first, a.day);
    last = Math.max(last, a.day);
  }
  const days = arrivals.length === 0 ? 0 : last - first + 1;
  if (days < MIN_ARRIVAL_DAYS) {
    throw new RangeError(`fitArrivalProfile: the arrivals span ${days} day${days === 1 ? "" : "s"}; at least ${MIN_ARRIVAL_DAYS} (two of each weekday) are needed`);
  }
  if (days > MAX_ARRIVAL_DAYS) {
    throw new RangeError(`fitArrivalProfile: the arrivals span ${days} days; at most ${MAX_ARRIVAL_DAYS} (100 years) are fitted`);
  }
  const dayHours = Array.from({ length: days }, () => new Float64Array(24));
  const dayCounts = new Array<number>(days).fill(0);
  for (const a of arrivals) {
    const d = a.day - first;
    const hours = dayHours[d] as Float64Array;
    hours[a.hour] = (hours[a.hour] as number) + 1;
    dayCounts[d] = (dayCounts[d] as number) + 1;
  }
  const weekdays = dayCounts.map((_, d) => weekdayOf(first + d));
  const months = dayCounts.map((_, d) => monthOf(first + d));
  const withMonths = new Set(months).size === 12;
  const point = estimate(dayCounts, dayHours, weekdays, months, withMonths);

  // Strata: days of the same weekday (and month), resampled with replacement among themselves.
  // A stratum of m >= 2 days gives m - 1 draws (McCarthy and Snowden 1985): m draws would give its mean a
  // bootstrap variance of (m - 1)/m times the unbiased s²/m, half of it for the two Mondays of a 14-day file,
  // and the 95% intervals would cover about 80% of the time. With m - 1 draws it is s²/m. A stratum of
  // one day keeps it (it shows no variation either way).
  const strata = new Map<number, number[]>();
  dayCounts.forEach((_, d) => {
    const key = (weekdays[d] as number) + 7 * (withMonths ? (months[d] as number) : 0);
    const members = strata.get(key);
    if (members === undefined) strata.set(key, [d]);
    else members.push(d);
  });
  const u = options.streams("fit/arrivals");
  const draws: Point[] = [];
  for (let b = 0; b < replicates; b++) {
    const picked: number[] = [];
    for (const members of strata.values()) {
      const size = Math.max(1, members.length - 1);
      for (let i = 0; i < size; i++) picked.push(members[Math.floor(u() * members.length)] as number);
    }
    draws.push(estimate(
      picked.map((d) => dayCounts[d] as number), picked.map((d) => dayHours[d] as Float64Array),
      picked.map((d) => weekdays[d] as number), picked.map((d) => months[d] as number), withMonths,
    ));
  }
  const alpha = 1 - level;
  const interval = (value: number, pick: (p: Point) => number): Estimate => {
    const sorted = draws.map(pick).sort((x, y) => x - y);
    const lo = quantileSorted(sorted, alpha / 2);
    const hi = quantileSorted(sorted, 1 - alpha / 2);
    return { mean: value, halfWidth: (hi - lo) / 2, lo, hi };
  };

  // A weekday (or month) without a single arrival, such as a Sunday the border is closed, has the
  // multiplier 0: its days are expected and observed to be 0, and are left out of the test together
  // with that multiplier (without them the sum would be 0/0). With every multiplier > 0 this is Pearson's test as usual.
  let x2 = 0;
  let tested = 0;
  dayCounts.forEach((c, d) => {
    const expected = point.trucksPerDay * (point.dayOfWeek[weekdays[d] as number] as number) * (point.monthOfYear === null ? 1 : (point.monthOfYear[months[d] as number] as number));
    if (expected === 0 && c === 0) return;
    x2 += (c - expected) ** 2 / expected;
    tested++;
  });
  const free = (values: readonly number[] | null): number => (values === null ? 0 : values.filter((v) => v > 0).length - 1);
  const df = tested - 1 - free(point.dayOfWeek) - free(point.monthOfYear);
  return {
    n: arrivals.length,
    days,
    firstDay: first,
    trucksPerDay: interval(point.trucksPerDay, (p) => p.trucksPerDay),
    hourOfDay: point.hourOfDay.map((v, h) => interval(v, (p) => p.hourOfDay[h] as number)),
    dayOfWeek: point.dayOfWeek.map((v, w) => interval(v, (p) => p.dayOfWeek[w] as number)),
    monthOfYear: point.monthOfYear === null ? null : point.monthOfYear.map((v, m) => interval(v, (p) => (p.monthOfYear as number[])[m] as number)),
    dispersion: { index: x2 / df, p: regularizedGammaQ(df / 2, x2 / 2) },
  };
}
