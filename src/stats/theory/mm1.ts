import { checkNonNegative, checkPositive } from "../check.js";
import type { QueueResult } from "./queue-result.js";
import { unstable } from "./unstable.js";

/** M/M/1 measures, plus the probability that an arrival has to wait (ρ, by PASTA). */
export type MM1Result = QueueResult<{ readonly probabilityWait: number }>;

/**
 * The M/M/1 queue: Poisson arrivals at rate λ, one server with exponential service at rate μ, unlimited room.
 * With ρ = λ/μ < 1: L = ρ/(1 - ρ), Lq = ρ²/(1 - ρ), W = 1/(μ - λ), Wq = ρ/(μ - λ).
 * Cost: O(1).
 *
 * @param lambda arrival rate, customers per time unit, >= 0
 * @param mu service rate of the server, customers per time unit, > 0
 * @returns the exact measures, or applies: false when ρ >= 1
 * @throws {RangeError} if lambda is not a finite number >= 0 or mu is not a finite number > 0.
 * @example
 * mm1(0.5, 1); // => { applies: true, exact: true, utilization: 0.5, L: 1, Lq: 0.5, W: 2, Wq: 1, probabilityWait: 0.5 }
 */
export function mm1(lambda: number, mu: number): MM1Result {
  checkNonNegative("mm1", "lambda", lambda);
  checkPositive("mm1", "mu", mu);
  const rho = lambda / mu;
  if (rho >= 1) return unstable("M/M/1", "λ/μ", rho);
  return {
    applies: true,
    exact: true,
    utilization: rho,
    L: rho / (1 - rho),
    Lq: (rho * rho) / (1 - rho),
    W: 1 / (mu - lambda),
    Wq: rho / (mu - lambda),
    probabilityWait: rho,
  };
}
