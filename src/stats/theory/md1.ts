import { checkNonNegative, checkPositive } from "../check.js";
import { type MG1Result, pollaczekKhinchine } from "./pollaczek-khinchine.js";

/**
 * The M/D/1 queue: Poisson arrivals at rate λ, one server taking exactly `serviceTime` for everyone
 * (a fixed-length inspection). The Pollaczek–Khinchine formula with scv = 0:
 * with ρ = λ·D < 1, Wq = ρ·D / (2(1 - ρ)), half the M/M/1 wait at the same load.
 * Cost: O(1).
 *
 * @param lambda arrival rate, customers per time unit, >= 0
 * @param serviceTime the fixed service time D, in the time unit of lambda, > 0
 * @returns the exact measures, or applies: false when ρ >= 1
 * @throws {RangeError} if lambda is not a finite number >= 0 or serviceTime is not a finite number > 0.
 * @example
 * const r = md1(0.5, 1);
 * r.applies && r.Wq; // => 0.5
 */
export function md1(lambda: number, serviceTime: number): MG1Result {
  checkNonNegative("md1", "lambda", lambda);
  checkPositive("md1", "serviceTime", serviceTime);
  return pollaczekKhinchine("M/D/1", lambda, serviceTime, 0);
}
