import type { RandomSource } from "../random-stream.js";
import { checkTime, type RateProfile } from "./rate-profile.js";
import { log1p } from "../../math/index.js";

/** A stream of arrival times. */
export interface ArrivalProcess {
  /** The first arrival time after t (same time unit as the profile), or Infinity if none ever comes. */
  next(t: number): number;
}

/**
 * Consecutive zero-rate pieces crossed before `next` concludes that the rate is zero for good
 * although the profile never says so (a product whose factors take turns at zero).
 */
const MAX_ZERO_PIECES = 1_000_000;

/**
 * Non-homogeneous Poisson arrivals with the rate given by `profile` (events per time unit),
 * by exact inversion of the cumulative rate: each arrival draws one E ~ Exp(1) from `u` and
 * walks the profile's pieces from t until their expected count adds up to E. One uniform
 * per arrival, so common random numbers stay in step; no thinning, so no rejected draws.
 * Pieces of rate 0 are skipped; if the rate is 0 for good, `next` returns Infinity.
 * Cost: O(pieces crossed) per arrival.
 *
 * @throws {TypeError} if profile is not a RateProfile or u is not a function.
 * @example
 * const arrivals = nonHomogeneousPoisson(constantProfile(2), () => 1 - Math.exp(-1));
 * arrivals.next(10); // => 10.5
 */
export function nonHomogeneousPoisson(profile: RateProfile, u: RandomSource): ArrivalProcess {
  if (typeof profile !== "object" || profile === null || typeof profile.rateAt !== "function" || typeof profile.nextChange !== "function") {
    throw new TypeError(`nonHomogeneousPoisson: profile must be a RateProfile, got ${String(profile)}`);
  }
  if (typeof u !== "function") throw new TypeError(`nonHomogeneousPoisson: u must be a RandomSource, got ${String(u)}`);
  return {
    /**
     * @throws {RangeError} if t is NaN or −Infinity.
     * @throws {Error} if the rate stays 0 over a million consecutive pieces.
     */
    next(t: number): number {
      if (t === Infinity) return Infinity;
      checkTime("nonHomogeneousPoisson.next", "t", t);
      // −ln(1 − u) with 1 − u in (0, 1]: finite, and log1p keeps small u's digits.
      let e = -log1p(-u());
      let s = t;
      let zeroPieces = 0;
      for (;;) {
        const rate = profile.rateAt(s);
        const end = profile.nextChange(s);
        if (rate > 0) {
          const arrival = s + e / rate;
          if (arrival <= end) return arrival;
          e = Math.max(0, e - rate * (end - s));
          zeroPieces = 0;
        } else {
          if (end === Infinity) return Infinity;
          if (++zeroPieces > MAX_ZERO_PIECES) {
            throw new Error(
              `nonHomogeneousPoisson.next: the rate was 0 on ${MAX_ZERO_PIECES} consecutive pieces after t = ${t}; ` +
                "it looks 0 for good, but the profile's nextChange never returns Infinity",
            );
          }
        }
        s = end;
      }
    },
  };
}
