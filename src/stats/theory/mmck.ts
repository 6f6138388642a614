import { showValue } from "../../math/index.js";
import { checkInteger, checkNonNegative, checkPositive } from "../check.js";
import type { QueueResult } from "./queue-result.js";
import { exp, log } from "../../math/index.js";

/** M/M/c/K measures, with the blocking probability and the rate of arrivals actually admitted. */
export type MMcKResult = QueueResult<{
  /** Probability that an arrival finds all K places taken and is turned away (π_K, by PASTA). */
  readonly blockingProbability: number;
  /** λ(1 - π_K): arrivals admitted per time unit. L = λ_eff·W and Lq = λ_eff·Wq use this rate. */
  readonly effectiveArrivalRate: number;
}>;

/**
 * The M/M/c/K queue: Poisson arrivals at rate λ, c exponential servers at rate μ each, and room for
 * K customers in all (K - c waiting places); arrivals that find it full are lost. Always stable.
 * Birth–death probabilities π_n ∝ a^n/n! for n <= c and a^c/c!·ρ^(n-c) above, with a = λ/μ, ρ = a/c,
 * built in logarithms so that large a or K does not overflow; W and Wq follow by Little's law with λ_eff.
 * `utilization` is the carried load per server, λ_eff/(cμ).
 * Cost: O(K).
 *
 * @param lambda arrival rate, customers per time unit, >= 0
 * @param mu service rate of one server, customers per time unit, > 0
 * @param c number of servers, an integer >= 1
 * @param K capacity of the whole system (in service plus waiting), an integer >= c
 * @returns the exact measures (always applies)
 * @throws {RangeError} if lambda is not a finite number >= 0, mu is not a finite number > 0,
 *   c is not an integer >= 1, or K is not an integer >= c.
 * @example
 * const r = mmck(1, 1, 1, 1);
 * r.applies && r.blockingProbability; // => 0.5
 */
export function mmck(lambda: number, mu: number, c: number, K: number): MMcKResult {
  checkNonNegative("mmck", "lambda", lambda);
  checkPositive("mmck", "mu", mu);
  checkInteger("mmck", "c", c, 1);
  checkInteger("mmck", "K", K, 1);
  if (K < c) throw new RangeError(`mmck: K must be an integer >= c = ${c} (room for at least every server), got ${showValue(K)}`);
  const a = lambda / mu;
  const logWeights = new Array<number>(K + 1);
  logWeights[0] = 0;
  let maxLog = 0;
  for (let n = 1; n <= K; n++) {
    logWeights[n] = logWeights[n - 1]! + log(a / Math.min(n, c));
    maxLog = Math.max(maxLog, logWeights[n]!);
  }
  let total = 0;
  let sumN = 0;
  let sumQueued = 0;
  for (let n = 0; n <= K; n++) {
    const w = exp(logWeights[n]! - maxLog);
    total += w;
    sumN += n * w;
    sumQueued += Math.max(0, n - c) * w;
  }
  const blockingProbability = exp(logWeights[K]! - maxLog) / total;
  const effectiveArrivalRate = lambda * (1 - blockingProbability);
  const L = sumN / total;
  const Lq = sumQueued / total;
  // With no arrivals nobody waits, and a lone customer would spend one service time: the λ → 0 limits.
  const W = effectiveArrivalRate > 0 ? L / effectiveArrivalRate : 1 / mu;
  const Wq = effectiveArrivalRate > 0 ? Lq / effectiveArrivalRate : 0;
  return {
    applies: true,
    exact: true,
    utilization: effectiveArrivalRate / (c * mu),
    L,
    Lq,
    W,
    Wq,
    blockingProbability,
    effectiveArrivalRate,
  };
}
