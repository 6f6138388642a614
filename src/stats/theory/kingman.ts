import { checkNonNegative, checkPositive } from "../check.js";
import type { QueueResult } from "./queue-result.js";
import { unstable } from "./unstable.js";

/** G/G/1 measures by Kingman's approximation. */
export type KingmanResult = QueueResult;

/**
 * Kingman's heavy-traffic approximation for the G/G/1 queue: arrivals with rate λ and squared coefficient of
 * variation ca², service with mean E[S] and squared coefficient of variation cs².
 * With ρ = λ·E[S] < 1: Wq ≈ (ρ/(1 - ρ)) · ((ca² + cs²)/2) · E[S], W = Wq + E[S], Lq = λ·Wq, L = λ·W.
 * Good when ρ is near 1, rough at light load. `exact` is true when ca² = 1, where the formula is the
 * Pollaczek–Khinchine M/G/1 result (reading ca² = 1 as Poisson arrivals, which ca² alone cannot prove),
 * and when ca² = cs² = 0, where D/D/1 never waits and the formula gives 0.
 * Cost: O(1).
 *
 * @param lambda arrival rate, customers per time unit, >= 0
 * @param ca2 squared coefficient of variation of the interarrival times, >= 0 (1 for Poisson)
 * @param meanService mean service time E[S], in the time unit of lambda, > 0
 * @param cs2 squared coefficient of variation of the service time, >= 0 (1 for exponential)
 * @returns the approximate measures, or applies: false when ρ >= 1
 * @throws {RangeError} if lambda, ca2 or cs2 is not a finite number >= 0, or meanService is not a finite number > 0.
 * @example
 * const r = kingman(0.5, 0.5, 1, 0.5);
 * r.applies && r.Wq; // => 0.5
 */
export function kingman(lambda: number, ca2: number, meanService: number, cs2: number): KingmanResult {
  checkNonNegative("kingman", "lambda", lambda);
  checkNonNegative("kingman", "ca2", ca2);
  checkPositive("kingman", "meanService", meanService);
  checkNonNegative("kingman", "cs2", cs2);
  const rho = lambda * meanService;
  if (rho >= 1) return unstable("G/G/1", "λ·E[S]", rho);
  const Wq = (rho / (1 - rho)) * ((ca2 + cs2) / 2) * meanService;
  const W = Wq + meanService;
  return { applies: true, exact: ca2 === 1 || (ca2 === 0 && cs2 === 0), utilization: rho, L: lambda * W, Lq: lambda * Wq, W, Wq };
}
