import { showValue } from "../../math/index.js";
import { checkNonNegative, checkPositive } from "../check.js";
import type { QueueMeasures, QueueResult } from "./queue-result.js";
import { readable } from "./unstable.js";

/** One priority class of an M/G/1 queue. */
export interface PriorityClass {
  /** Arrival rate of this class, customers per time unit, >= 0. */
  readonly lambda: number;
  /** Mean service time of this class, in the time unit of lambda, > 0. */
  readonly meanService: number;
  /** Squared coefficient of variation of this class's service time, >= 0 (0 deterministic, 1 exponential). */
  readonly scv: number;
}

/** Measures of one class; `utilization` is this class's share λ_k·E[S_k] of the server. */
export interface PriorityClassMeasures extends QueueMeasures {
  /** The class's arrival rate, customers per time unit. */
  readonly lambda: number;
}

/** Aggregate measures over all classes (W and Wq are averages over all customers), plus each class's. */
export type MG1PriorityResult = QueueResult<{ readonly classes: readonly PriorityClassMeasures[] }>;

/**
 * The M/G/1 queue with non-preemptive priority classes (Cobham 1954): class 0 is served first, a service
 * once started is never interrupted. With W0 = Σ λ_i·E[S_i²]/2 the mean residual work found in service
 * and σ_k = ρ_0 + ... + ρ_k, class k waits Wq_k = W0 / ((1 - σ_{k-1})(1 - σ_k)).
 * Applies while the total utilization σ is below 1 (then every class is stable, the lowest last).
 * Aggregate L, Lq are sums over classes; W = L/Σλ and Wq = Lq/Σλ by Little's law.
 * Cost: O(number of classes).
 *
 * @param classes the classes, highest priority first; at least one, with total λ > 0
 * @returns per-class and aggregate exact measures, or applies: false when σ >= 1
 * @throws {TypeError} if classes is not an array.
 * @throws {RangeError} if classes is empty, a class has a bad lambda, meanService or scv, or every lambda is 0.
 * @example
 * const r = mg1Priority([{ lambda: 0.25, meanService: 1, scv: 1 }, { lambda: 0.25, meanService: 1, scv: 1 }]);
 * r.applies && r.classes.map((k) => k.Wq); // => [0.6666666666666666, 1.3333333333333333]
 */
export function mg1Priority(classes: readonly PriorityClass[]): MG1PriorityResult {
  if (!Array.isArray(classes)) throw new TypeError(`mg1Priority: classes must be an array of classes, got ${showValue(classes)}`);
  if (classes.length === 0) throw new RangeError("mg1Priority: classes must hold at least one class, got an array of length 0");
  classes.forEach((k, i) => {
    if (typeof k !== "object" || k === null) throw new TypeError(`mg1Priority: classes[${i}] must be an object, got ${showValue(k)}`);
    checkNonNegative("mg1Priority", `classes[${i}].lambda`, k.lambda);
    checkPositive("mg1Priority", `classes[${i}].meanService`, k.meanService);
    checkNonNegative("mg1Priority", `classes[${i}].scv`, k.scv);
  });
  let totalLambda = 0;
  let sigma = 0;
  let w0 = 0;
  for (const k of classes) {
    totalLambda += k.lambda;
    sigma += k.lambda * k.meanService;
    w0 += (k.lambda * k.meanService * k.meanService * (1 + k.scv)) / 2;
  }
  if (totalLambda === 0) throw new RangeError("mg1Priority: at least one class must have lambda > 0, got all 0");
  if (sigma >= 1) {
    return {
      applies: false,
      reason: `M/G/1 with priorities is unstable: total utilization Σλ·E[S] = ${readable(sigma)} is not below 1, so the lowest-priority queue grows without bound`,
    };
  }
  const measures: PriorityClassMeasures[] = [];
  let above = 0;
  for (const k of classes) {
    const rho = k.lambda * k.meanService;
    const Wq = w0 / ((1 - above) * (1 - above - rho));
    above += rho;
    const W = Wq + k.meanService;
    measures.push({ lambda: k.lambda, utilization: rho, L: k.lambda * W, Lq: k.lambda * Wq, W, Wq });
  }
  const L = measures.reduce((s, k) => s + k.L, 0);
  const Lq = measures.reduce((s, k) => s + k.Lq, 0);
  return {
    applies: true,
    exact: true,
    utilization: sigma,
    L,
    Lq,
    W: L / totalLambda,
    Wq: Lq / totalLambda,
    classes: measures,
  };
}
