import type { ServerGroup } from "./server-group.js";
import type { Simulation } from "./simulation.js";

/** Options of `breakdowns`. */
export interface BreakdownOptions {
  /** Draws how long a server works before it fails, in model time units (e.g. exponential with mean MTTF). */
  readonly timeToFailure: () => number;
  /** Draws how long a failed server takes to repair, in model time units. */
  readonly timeToRepair: () => number;
  /** Servers that fail independently of each other. @default the resource's scheduled capacity */
  readonly servers?: number;
}

/**
 * Makes the servers of `resource` (a `Resource` or any other `ServerGroup`) fail and be repaired: each of `servers` alternates a working
 * time drawn by `timeToFailure()` and a repair time drawn by `timeToRepair()`. The samplers are
 * plain functions, so the kernel does not depend on the distributions module.
 *
 * A failure takes a server out of service at once: `capacity` drops by one (it is the scheduled
 * capacity minus the broken servers, never below 0) until the repair. Servers are numbered
 * 0 .. servers-1 and, as the resource does not tell its servers apart, the busy ones are taken
 * to be the lowest-numbered: server k's failure interrupts a service when more than k servers are
 * busy. So failures strike busy servers in proportion to the mean number busy, as they would if
 * customers were spread over the servers at random (taking an idle server first would undercount
 * interruptions). The user interrupted is the worst (priority, then latest to arrive); its process
 * receives an `Interrupt` whose cause is a `Preemption` with reason "breakdown", so it can resume
 * the rest of its service later, on this or another server. Time down counts as unavailable, not
 * busy. Failure clocks run on calendar time, including off shift;
 * with a capacity schedule, a server that broke while the resource was closed is still broken
 * when it opens, and counts against the servers of the new shift until repaired.
 * Failures never run out, so run the simulation with an end time (`run(until)`).
 *
 * @throws {RangeError} if servers is not an integer >= 1 (or is omitted while the scheduled
 *   capacity is 0 or Infinity); {TypeError} if a sampler is not a function or resource belongs to
 *   another simulation. While running, `run` throws a RangeError if a sampler returns anything
 *   but a finite number >= 0.
 * @example
 * const sim = new Simulation();
 * const scanner = new Resource(sim, { capacity: 1 });
 * breakdowns(sim, scanner, { timeToFailure: () => 10, timeToRepair: () => 2 });
 * sim.run(11);
 * scanner.capacity; // => 0
 */
export function breakdowns(sim: Simulation, resource: ServerGroup, options: BreakdownOptions): void {
  if (resource?.sim !== sim) throw new TypeError("breakdowns: resource must belong to sim");
  const { timeToFailure, timeToRepair, servers = resource.scheduledCapacity } = options;
  if (typeof timeToFailure !== "function") {
    throw new TypeError(`breakdowns: timeToFailure must be a function returning a duration, got ${String(timeToFailure)}`);
  }
  if (typeof timeToRepair !== "function") {
    throw new TypeError(`breakdowns: timeToRepair must be a function returning a duration, got ${String(timeToRepair)}`);
  }
  if (!Number.isInteger(servers) || servers < 1) {
    throw new RangeError(`breakdowns: servers must be an integer >= 1 (give it when the scheduled capacity is 0 or Infinity), got ${String(servers)}`);
  }
  const draw = (sampler: () => number, name: string): number => {
    const d = sampler();
    if (typeof d !== "number" || !(d >= 0 && d < Infinity)) {
      throw new RangeError(`breakdowns: ${name}() must return a finite number >= 0, got ${String(d)}`);
    }
    return d;
  };
  const cycle = (server: number): void => {
    const repair = (): void => {
      resource._repair();
      sim.schedule(draw(timeToFailure, "timeToFailure"), fail);
    };
    const fail = (): void => {
      resource._breakDown(server);
      sim.schedule(draw(timeToRepair, "timeToRepair"), repair);
    };
    sim.schedule(draw(timeToFailure, "timeToFailure"), fail);
  };
  for (let server = 0; server < servers; server++) cycle(server);
}
