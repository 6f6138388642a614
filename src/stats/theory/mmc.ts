import { checkInteger, checkNonNegative, checkPositive } from "../check.js";
import { erlangC } from "./erlang-c.js";
import type { QueueResult } from "./queue-result.js";
import { unstable } from "./unstable.js";

/** M/M/c measures, plus the probability that an arrival has to wait (Erlang C). */
export type MMcResult = QueueResult<{ readonly probabilityWait: number }>;

/**
 * The M/M/c queue: Poisson arrivals at rate λ, c identical servers with exponential service at rate μ each,
 * one shared queue with unlimited room. With ρ = λ/(cμ) < 1 and C the Erlang C probability of waiting:
 * Wq = C/(cμ - λ), Lq = λ·Wq, W = Wq + 1/μ, L = λ·W.
 * Cost: O(c).
 *
 * @param lambda arrival rate, customers per time unit, >= 0
 * @param mu service rate of one server, customers per time unit, > 0
 * @param c number of servers, an integer >= 1
 * @returns the exact measures, or applies: false when ρ >= 1
 * @throws {RangeError} if lambda is not a finite number >= 0, mu is not a finite number > 0, or c is not an integer >= 1.
 * @example
 * const r = mmc(1, 1, 2);
 * r.applies && r.Lq; // => 0.33333333333333337
 */
export function mmc(lambda: number, mu: number, c: number): MMcResult {
  checkNonNegative("mmc", "lambda", lambda);
  checkPositive("mmc", "mu", mu);
  checkInteger("mmc", "c", c, 1);
  const rho = lambda / (c * mu);
  // With one server the formula is written as for M/M/1 (λ/μ), so the model and the formula agree.
  if (rho >= 1) return unstable(`M/M/${c}`, c === 1 ? "λ/μ" : "λ/(cμ)", rho);
  const probabilityWait = erlangC(c, lambda / mu);
  const Wq = probabilityWait / (c * mu - lambda);
  const W = Wq + 1 / mu;
  return { applies: true, exact: true, utilization: rho, L: lambda * W, Lq: lambda * Wq, W, Wq, probabilityWait };
}
