import { checkInterval, checkTime, type RateProfile } from "./rate-profile.js";

/**
 * The product of several profiles' rates, e.g. a base rate (trucks per hour) × hour-of-day
 * × day-of-week × month multipliers. It changes wherever any factor changes. Cost: O(factors)
 * per `rateAt` and `nextChange`; `integral` walks every piece of (a, b], O(pieces × factors).
 *
 * @throws {RangeError} if no profile is given.
 * @throws {TypeError} if an argument is not a RateProfile.
 * @example
 * const rush = periodicProfile({ period: 24, breakpoints: [0, 12], levels: [0.5, 1.5] });
 * productProfile(constantProfile(10), rush).rateAt(13); // => 15
 */
export function productProfile(...profiles: RateProfile[]): RateProfile {
  if (profiles.length === 0) throw new RangeError("productProfile: profiles must hold at least one profile, got none");
  profiles.forEach((p, i) => {
    const ok =
      typeof p === "object" &&
      p !== null &&
      typeof p.rateAt === "function" &&
      typeof p.nextChange === "function" &&
      typeof p.integral === "function";
    if (!ok) throw new TypeError(`productProfile: profiles must be RateProfiles, got ${String(p)} at index ${i}`);
  });
  const rateAt = (t: number): number => {
    let rate = 1;
    for (const p of profiles) rate *= p.rateAt(t);
    return rate;
  };
  const nextChange = (t: number): number => {
    let next = Infinity;
    for (const p of profiles) {
      const n = p.nextChange(t);
      // A factor at 0 that never changes holds the product at 0 for good.
      if (n === Infinity && p.rateAt(t) === 0) return Infinity;
      if (n < next) next = n;
    }
    return next;
  };
  return {
    rateAt: (t) => {
      checkTime("productProfile.rateAt", "t", t);
      return rateAt(t);
    },
    nextChange: (t) => {
      checkTime("productProfile.nextChange", "t", t);
      return nextChange(t);
    },
    integral: (a, b) => {
      checkInterval("productProfile.integral", a, b);
      let sum = 0;
      for (let s = a; s < b; ) {
        const end = Math.min(nextChange(s), b);
        sum += rateAt(s) * (end - s);
        s = end;
      }
      return sum;
    },
  };
}
