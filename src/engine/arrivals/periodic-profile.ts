import { checkInterval, checkTime, type RateProfile } from "./rate-profile.js";

/** Options of {@link periodicProfile}. */
export interface PeriodicProfileOptions {
  /** Length of one cycle, in time units: 24 for hour-of-day, 168 for day-of-week, 8760 for a year in hours. */
  period: number;
  /** Start of each piece within the cycle, in time units: from 0, strictly increasing, below `period`. */
  breakpoints: readonly number[];
  /** Rate on each piece (events per time unit), or a multiplier in a product; finite, >= 0. */
  levels: readonly number[];
}

/**
 * A rate that repeats every `period`: `levels[i]` on [breakpoints[i], breakpoints[i+1])
 * of each cycle, the last level up to the end of the cycle. Adjacent equal levels are
 * merged, so `nextChange` skips times where nothing changes, and a profile with one level
 * throughout never changes. Cost: O(log pieces) per call; `integral` is O(log pieces)
 * whatever the length of the interval, from the per-cycle total.
 *
 * @throws {RangeError} if period is not a finite number > 0, breakpoints do not start at 0,
 *   strictly increase and stay below period, or levels differ in length or hold a negative
 *   or non-finite number.
 * @example
 * const shifts = periodicProfile({ period: 24, breakpoints: [0, 8, 20], levels: [1, 5, 2] });
 * shifts.integral(0, 48); // => 152 (two days of 8 + 60 + 8)
 */
export function periodicProfile(options: PeriodicProfileOptions): RateProfile {
  const { period, breakpoints, levels } = options;
  validate(period, breakpoints, levels);
  // Merge runs of equal levels: starts[j] and rates[j] describe the distinct pieces.
  const starts: number[] = [];
  const rates: number[] = [];
  breakpoints.forEach((b, i) => {
    const level = levels[i] as number;
    if (rates.length === 0 || rates[rates.length - 1] !== level) {
      starts.push(b);
      rates.push(level);
    }
  });
  const pieces = starts.length;
  const constant = pieces === 1;
  // within[j] = integral over [0, starts[j]) of one cycle; within[pieces] = the cycle's total.
  const within = [0];
  for (let j = 0; j < pieces; j++) {
    const end = j + 1 < pieces ? (starts[j + 1] as number) : period;
    within.push((within[j] as number) + (rates[j] as number) * (end - (starts[j] as number)));
  }
  const perCycle = within[pieces] as number;

  // Where the last time looked up lies: its cycle, its piece and its phase within the cycle. Kept in an
  // object rather than in variables the closures share, which would box every double written to them.
  const at = { cycle: 0, piece: 0, phase: 0 };
  const locate = (t: number): void => {
    let cycle = Math.floor(t / period);
    let phase = t - cycle * period;
    // t / period may round across a cycle boundary; put the phase back in [0, period).
    if (phase < 0) {
      cycle--;
      phase += period;
    } else if (phase >= period) {
      cycle++;
      phase -= period;
    }
    let lo = 0;
    let hi = pieces - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((starts[mid] as number) <= phase) lo = mid;
      else hi = mid - 1;
    }
    at.cycle = cycle;
    at.phase = phase;
    at.piece = lo;
  };
  // Expected events in [0, t) counted from the start of cycle 0, as (whole cycles, remainder)
  // so that long horizons do not lose the remainder's digits.
  const cumulative = (t: number): [number, number] => {
    locate(t);
    const piece = at.piece;
    return [at.cycle, (within[piece] as number) + (rates[piece] as number) * (at.phase - (starts[piece] as number))];
  };

  return {
    rateAt: (t) => {
      checkTime("periodicProfile.rateAt", "t", t);
      locate(t);
      return rates[at.piece] as number;
    },
    nextChange: (t) => {
      checkTime("periodicProfile.nextChange", "t", t);
      if (constant) return Infinity;
      locate(t);
      let j = at.piece + 1;
      let base = at.cycle * period;
      for (;;) {
        if (j === pieces) {
          j = 0;
          base += period;
        }
        const next = base + (starts[j] as number);
        // Rounding can land base + start on or before t when t is just below a change.
        if (next > t) return next;
        j++;
      }
    },
    integral: (a, b) => {
      checkInterval("periodicProfile.integral", a, b);
      const [ca, ra] = cumulative(a);
      const [cb, rb] = cumulative(b);
      return (cb - ca) * perCycle + (rb - ra);
    },
  };
}

function validate(period: number, breakpoints: readonly number[], levels: readonly number[]): void {
  if (typeof period !== "number" || !(period > 0 && period < Infinity)) {
    throw new RangeError(`periodicProfile: period must be a finite number > 0, got ${String(period)}`);
  }
  if (!Array.isArray(breakpoints) || breakpoints.length === 0) {
    throw new RangeError(`periodicProfile: breakpoints must be a non-empty array starting at 0, got ${String(breakpoints)}`);
  }
  if (breakpoints[0] !== 0) {
    throw new RangeError(`periodicProfile: breakpoints must start at 0, got ${String(breakpoints[0])}`);
  }
  breakpoints.forEach((b, i) => {
    if (typeof b !== "number" || !Number.isFinite(b) || b >= period) {
      throw new RangeError(
        `periodicProfile: breakpoints must be finite numbers below period (${period}), got ${String(b)} at index ${i}`,
      );
    }
    if (i > 0 && !(b > (breakpoints[i - 1] as number))) {
      throw new RangeError(
        `periodicProfile: breakpoints must strictly increase, got ${String(breakpoints[i - 1])} then ${b} at index ${i}`,
      );
    }
  });
  if (!Array.isArray(levels) || levels.length !== breakpoints.length) {
    const got = Array.isArray(levels) ? `length ${levels.length}` : String(levels);
    throw new RangeError(
      `periodicProfile: levels must be an array of the length of breakpoints (${breakpoints.length}), got ${got}`,
    );
  }
  levels.forEach((level, i) => {
    if (typeof level !== "number" || !(level >= 0 && level < Infinity)) {
      throw new RangeError(`periodicProfile: levels must be finite numbers >= 0, got ${String(level)} at index ${i}`);
    }
  });
}
