import { checkInterval, checkTime, type RateProfile } from "./rate-profile.js";

/**
 * A rate that never changes (events per time unit), e.g. a base of 30 trucks per hour
 * that other profiles multiply.
 *
 * @throws {RangeError} if rate is not a finite number >= 0.
 * @example
 * constantProfile(30).integral(0, 2); // => 60
 */
export function constantProfile(rate: number): RateProfile {
  if (typeof rate !== "number" || !(rate >= 0 && rate < Infinity)) {
    throw new RangeError(`constantProfile: rate must be a finite number >= 0, got ${String(rate)}`);
  }
  return {
    rateAt: (t) => {
      checkTime("constantProfile.rateAt", "t", t);
      return rate;
    },
    nextChange: (t) => {
      checkTime("constantProfile.nextChange", "t", t);
      return Infinity;
    },
    integral: (a, b) => {
      checkInterval("constantProfile.integral", a, b);
      return rate * (b - a);
    },
  };
}
