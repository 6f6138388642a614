import { constantProfile, periodicProfile, productProfile, type RateProfile } from "../../engine/index.js";

/** Days in each calendar month of a common year, January first. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** What the arrival rate of one direction is made of. */
export interface ArrivalProfileOptions {
  /** Mean arrivals per day in a month whose multiplier is 1, in trucks per day. */
  readonly trucksPerDay: number;
  /** 24 relative weights, hour 0 first; rescaled here to average 1. */
  readonly hourOfDay: readonly number[];
  /** 7 relative weights, day 0 (a Monday) first; rescaled here to average 1. */
  readonly dayOfWeek: readonly number[];
  /** 12 multipliers by calendar month, January first; not rescaled (a peak month adds trucks). */
  readonly monthOfYear: readonly number[];
  /** Month of day 0, 1 to 12; day 0 is the first of that month. */
  readonly startMonth: number;
}

function rescaled(weights: readonly number[], what: string): number[] {
  const mean = weights.reduce((sum, w) => sum + w, 0) / weights.length;
  if (!(mean > 0)) throw new RangeError(`arrivalProfile: ${what} must hold at least one weight > 0`);
  return weights.map((w) => w / mean);
}

/**
 * The arrival rate of one direction in trucks per hour, time in hours from day 0:
 * trucksPerDay / 24 × hour-of-day × day-of-week × month-of-year, for the engine's
 * non-homogeneous Poisson process. The year has 365 days and repeats.
 *
 * @throws {RangeError} if hourOfDay or dayOfWeek has the wrong length or only zeros, monthOfYear
 *   is not 12 numbers, or startMonth is not 1..12.
 * @example
 * arrivalProfile({ trucksPerDay: 240, hourOfDay: Array(24).fill(2), dayOfWeek: Array(7).fill(1), monthOfYear: Array(12).fill(1), startMonth: 1 }).rateAt(5);
 * // => 10
 */
export function arrivalProfile(options: ArrivalProfileOptions): RateProfile {
  const { trucksPerDay, hourOfDay, dayOfWeek, monthOfYear, startMonth } = options;
  if (hourOfDay.length !== 24) throw new RangeError(`arrivalProfile: hourOfDay must hold 24 weights, got ${hourOfDay.length}`);
  if (dayOfWeek.length !== 7) throw new RangeError(`arrivalProfile: dayOfWeek must hold 7 weights, got ${dayOfWeek.length}`);
  if (monthOfYear.length !== 12) throw new RangeError(`arrivalProfile: monthOfYear must hold 12 multipliers, got ${monthOfYear.length}`);
  if (!(Number.isInteger(startMonth) && startMonth >= 1 && startMonth <= 12)) {
    throw new RangeError(`arrivalProfile: startMonth must be an integer from 1 to 12, got ${startMonth}`);
  }
  const hours = periodicProfile({ period: 24, breakpoints: hourOfDay.map((_, h) => h), levels: rescaled(hourOfDay, "hourOfDay") });
  const week = periodicProfile({ period: 168, breakpoints: dayOfWeek.map((_, d) => 24 * d), levels: rescaled(dayOfWeek, "dayOfWeek") });
  const breakpoints: number[] = [];
  const levels: number[] = [];
  let day = 0;
  for (let k = 0; k < 12; k++) {
    const month = (startMonth - 1 + k) % 12;
    breakpoints.push(24 * day);
    levels.push(monthOfYear[month] as number);
    day += MONTH_DAYS[month] as number;
  }
  const season = periodicProfile({ period: 24 * day, breakpoints, levels });
  return productProfile(constantProfile(trucksPerDay / 24), hours, week, season);
}

