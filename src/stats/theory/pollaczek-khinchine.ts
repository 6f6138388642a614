import type { QueueResult } from "./queue-result.js";
import { unstable } from "./unstable.js";

/** M/G/1 measures, plus the probability that an arrival has to wait (ρ, by PASTA). */
export type MG1Result = QueueResult<{ readonly probabilityWait: number }>;

/**
 * The Pollaczek–Khinchine mean-value formula for already-checked arguments; `model` names the queue
 * in the reason ("M/D/1", "M/G/1"). Wq = ρ·E[S]·(1 + scv) / (2(1 - ρ)). Internal, shared by md1 and mg1.
 */
export function pollaczekKhinchine(model: string, lambda: number, meanService: number, scv: number): MG1Result {
  const rho = lambda * meanService;
  if (rho >= 1) return unstable(model, "λ·E[S]", rho);
  const Wq = (rho * meanService * (1 + scv)) / (2 * (1 - rho));
  const W = Wq + meanService;
  return { applies: true, exact: true, utilization: rho, L: lambda * W, Lq: lambda * Wq, W, Wq, probabilityWait: rho };
}
