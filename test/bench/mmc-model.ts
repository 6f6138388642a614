import type { RandomSource } from "../../src/engine/random-stream.js";

/** An M/M/c queue: Poisson arrivals, exponential services, c servers, first come first served. */
export interface MmcParams {
  /** Number of servers c. */
  readonly servers: number;
  /** Arrivals per time unit (λ). */
  readonly arrivalRate: number;
  /** Services per time unit per server (μ). */
  readonly serviceRate: number;
  /** Seed of the random streams "arrivals" and "service" (replication 0). */
  readonly seed: number;
}

/** A model that can be run in segments, so memory can be measured between them. */
export interface MmcRun {
  /** Advances the model to time `until` (model time units). */
  runUntil(until: number): void;
  /** Customers who have started service (the waits observed). */
  readonly customers: number;
  /** Mean wait in queue so far (time units). */
  readonly meanWait: number;
  /** Time-average queue length (customers waiting) up to `now`. */
  meanQueue(now: number): number;
}

/** Makes a sampler of one distribution with the given mean from a uniform stream. */
export type Sampler = (u: RandomSource, mean: number) => () => number;

/**
 * An exponential sampler by inversion, written out here so that both implementations pay the
 * same cost for their random numbers and draw the same numbers from the same streams.
 */
export function exponential(u: RandomSource, mean: number): () => number {
  return () => -mean * Math.log(1 - u());
}
