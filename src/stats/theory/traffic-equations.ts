import { showValue } from "../../math/index.js";
import { checkNonNegative } from "../check.js";
import { solveLinearSystem } from "./solve-linear-system.js";

// Row sums within this of 1 count as 1: 0.7 + 0.2 + 0.1 is 0.9999999999999999 in floating point.
const ROUNDING = 1e-9;

/**
 * Solves the traffic equations of an open network, λ = γ + λ·P: the total arrival rate λ_i at each station,
 * counting returns, from the external arrival rates γ_i and the routing matrix P (P[i][j] = probability that
 * a customer leaving station i goes next to station j; 1 - Σ_j P[i][j] is the probability it leaves the network).
 * Rejects rows summing above 1 and networks in which customers from some station can never leave,
 * where no steady state exists and the equations have no solution.
 * Cost: O(n³) for n stations (Gaussian elimination with partial pivoting).
 *
 * @param external γ, external arrivals per time unit at each station, each >= 0
 * @param routing P, an n × n matrix of probabilities in [0, 1], each row summing to at most 1
 * @returns λ, the total arrival rate at each station, per time unit
 * @throws {TypeError} if external or routing is not an array (of arrays).
 * @throws {RangeError} if the sizes disagree, a rate or probability is out of range, a row sums above 1,
 *   or customers from some station never leave.
 * @example
 * solveTrafficEquations([1, 0], [[0, 1], [0.5, 0]]); // => [2, 2]
 */
export function solveTrafficEquations(external: readonly number[], routing: readonly (readonly number[])[]): number[] {
  const fn = "solveTrafficEquations";
  if (!Array.isArray(external)) throw new TypeError(`${fn}: external must be an array of rates, got ${showValue(external)}`);
  if (!Array.isArray(routing)) throw new TypeError(`${fn}: routing must be an array of rows, got ${showValue(routing)}`);
  const n = external.length;
  external.forEach((g, i) => checkNonNegative(fn, `external[${i}]`, g));
  if (routing.length !== n) {
    throw new RangeError(`${fn}: routing must have one row per station (${n}), got ${routing.length} rows`);
  }
  routing.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== n) {
      throw new RangeError(`${fn}: routing[${i}] must be an array of ${n} probabilities, got ${showValue(row)}`);
    }
    let sum = 0;
    row.forEach((p, j) => {
      const v = checkNonNegative(fn, `routing[${i}][${j}]`, p);
      if (v > 1) throw new RangeError(`${fn}: routing[${i}][${j}] must be a probability in [0, 1], got ${showValue(p)}`);
      sum += v;
    });
    if (sum > 1 + ROUNDING) throw new RangeError(`${fn}: routing[${i}] must sum to at most 1, got ${sum}`);
  });
  const trapped = neverLeaving(routing);
  if (trapped.length > 0) {
    throw new RangeError(
      `${fn}: customers at station index(es) ${trapped.join(", ")} can never leave the network (every route from there returns to it), so no steady state exists`,
    );
  }
  // λ(I - P) = γ, transposed to (I - P)ᵀ λᵀ = γᵀ.
  const A = routing.map((_, i) => routing.map((row, j) => (i === j ? 1 : 0) - row[i]!));
  const lambda = solveLinearSystem(A, external);
  if (lambda === null) throw new RangeError(`${fn}: the traffic equations are singular to working precision`);
  // Elimination can leave -1e-17 where the true rate is 0.
  return lambda.map((x) => Math.max(0, x));
}

/**
 * Indices of stations from which no chain of positive-probability routes reaches a station that lets
 * customers out (a row summing below 1): customers reaching them circulate for ever. The one rule for
 * "nobody can leave", used by the traffic equations, Jackson's theorem and the scenario loader.
 * Cost: O(n³) at worst for n stations.
 * @example
 * neverLeaving([[0, 1], [1, 0]]); // => [0, 1]
 * neverLeaving([[0, 1], [0.5, 0]]); // => []
 */
export function neverLeaving(routing: readonly (readonly number[])[]): number[] {
  const n = routing.length;
  const canLeave = routing.map((row) => row.reduce((s, p) => s + p, 0) < 1 - ROUNDING);
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < n; i++) {
      if (canLeave[i]) continue;
      if (routing[i]!.some((p, j) => p > 0 && canLeave[j])) {
        canLeave[i] = true;
        changed = true;
      }
    }
  }
  return canLeave.flatMap((ok, i) => (ok ? [] : [i]));
}
