import { checkNonNegative, checkPositive } from "../check.js";
import { type MG1Result, pollaczekKhinchine } from "./pollaczek-khinchine.js";

export type { MG1Result } from "./pollaczek-khinchine.js";

/**
 * The M/G/1 queue by the Pollaczek–Khinchine formula: Poisson arrivals at rate λ, one server whose service
 * times have mean E[S] and squared coefficient of variation scv = Var[S]/E[S]² (0 deterministic, 1 exponential).
 * With ρ = λ·E[S] < 1: Wq = ρ·E[S]·(1 + scv) / (2(1 - ρ)), W = Wq + E[S], Lq = λ·Wq, L = λ·W.
 * Cost: O(1).
 *
 * @param lambda arrival rate, customers per time unit, >= 0
 * @param meanService mean service time E[S], in the time unit of lambda, > 0
 * @param scv squared coefficient of variation of the service time, >= 0
 * @returns the exact measures, or applies: false when ρ >= 1
 * @throws {RangeError} if lambda or scv is not a finite number >= 0, or meanService is not a finite number > 0.
 * @example
 * const r = mg1(0.5, 1, 1);
 * r.applies && r.Wq; // => 1
 */
export function mg1(lambda: number, meanService: number, scv: number): MG1Result {
  checkNonNegative("mg1", "lambda", lambda);
  checkPositive("mg1", "meanService", meanService);
  checkNonNegative("mg1", "scv", scv);
  return pollaczekKhinchine("M/G/1", lambda, meanService, scv);
}
