import type { Simulation } from "./simulation.js";

/**
 * What a capacity schedule and breakdowns need of a group of servers: a `Resource`, or a model's own
 * station that keeps its servers itself. Capacity in force is the scheduled servers minus the broken
 * ones, never below 0.
 */
export interface ServerGroup {
  /** The simulation the servers belong to. */
  readonly sim: Simulation;
  /** Servers the schedule asks for now, broken ones included. */
  readonly scheduledCapacity: number;
  /** Sets the scheduled servers (a shift change): an integer >= 0 or Infinity. */
  setCapacity(n: number): void;
  /** @internal Server number `server` (0-based) breaks down now. */
  _breakDown(server: number): void;
  /** @internal A broken server is repaired now. */
  _repair(): void;
}
