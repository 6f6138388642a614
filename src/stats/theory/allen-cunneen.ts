import { checkInteger, checkNonNegative, checkPositive } from "../check.js";
import { erlangC } from "./erlang-c.js";
import type { QueueResult } from "./queue-result.js";
import { unstable } from "./unstable.js";

/** G/G/c measures by the Allen–Cunneen approximation. */
export type AllenCunneenResult = QueueResult;

/**
 * The Allen–Cunneen approximation for the G/G/c queue: the M/M/c wait scaled by the variability of
 * arrivals (ca²) and service (cs²). With ρ = λ·E[S]/c < 1 and C the Erlang C probability of waiting:
 * Wq ≈ C/(c/E[S] - λ) · (ca² + cs²)/2, W = Wq + E[S], Lq = λ·Wq, L = λ·W.
 * `exact` is true where it reduces to an exact formula: ca² = cs² = 1 (M/M/c), c = 1 and ca² = 1
 * (Pollaczek–Khinchine), reading ca² = 1 as Poisson arrivals; or ca² = cs² = 0 (D/D/c never waits, and it gives 0).
 * Cost: O(c).
 *
 * @param lambda arrival rate, customers per time unit, >= 0
 * @param ca2 squared coefficient of variation of the interarrival times, >= 0 (1 for Poisson)
 * @param meanService mean service time E[S] of one server, in the time unit of lambda, > 0
 * @param cs2 squared coefficient of variation of the service time, >= 0 (1 for exponential)
 * @param c number of servers, an integer >= 1
 * @returns the approximate measures, or applies: false when ρ >= 1
 * @throws {RangeError} if lambda, ca2 or cs2 is not a finite number >= 0, meanService is not a finite number > 0,
 *   or c is not an integer >= 1.
 * @example
 * const r = allenCunneen(1, 1, 1, 1, 2);
 * r.applies && r.Wq; // => 0.33333333333333337
 */
export function allenCunneen(lambda: number, ca2: number, meanService: number, cs2: number, c: number): AllenCunneenResult {
  checkNonNegative("allenCunneen", "lambda", lambda);
  checkNonNegative("allenCunneen", "ca2", ca2);
  checkPositive("allenCunneen", "meanService", meanService);
  checkNonNegative("allenCunneen", "cs2", cs2);
  checkInteger("allenCunneen", "c", c, 1);
  const rho = (lambda * meanService) / c;
  if (rho >= 1) return unstable(`G/G/${c}`, "λ·E[S]/c", rho);
  const Wq = (erlangC(c, lambda * meanService) / (c / meanService - lambda)) * ((ca2 + cs2) / 2);
  const W = Wq + meanService;
  const exact = (ca2 === 1 && (cs2 === 1 || c === 1)) || (ca2 === 0 && cs2 === 0);
  return { applies: true, exact, utilization: rho, L: lambda * W, Lq: lambda * Wq, W, Wq };
}
