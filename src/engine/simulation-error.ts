/**
 * What `Simulation.run` throws when a process fails and nothing waits for it, or an event fails
 * and nothing waits for it: the simulation never drops an error. The original error is `cause`.
 *
 * @example
 * const e = new SimulationError('process "truck 1" failed at time 2', new Error("no seal"), 2, "truck 1");
 * e.message; // => 'run: process "truck 1" failed at time 2: no seal'
 */
export class SimulationError extends Error {
  /**
   * @param what - what failed and when, e.g. `process "truck 1" failed at time 2`.
   * @param cause - the original error.
   * @param time - simulation time of the failure (model time units).
   * @param processName - name of the failed process; null for a plain event.
   */
  constructor(
    what: string,
    cause: unknown,
    readonly time: number,
    readonly processName: string | null = null,
  ) {
    super(`run: ${what}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = "SimulationError";
  }
}
