import type { RandomSource } from "../random-stream.js";

/**
 * A probability distribution of a quantity such as a service time (hours) that a model
 * draws from. Contract only; the factories in this folder implement it.
 */
export interface Distribution {
  /** Readable name with parameters, e.g. `exponential(mean=0.5)`, for logs and charts. */
  readonly name: string;
  /** Theoretical mean, in the unit of the draws. */
  readonly mean: number;
  /** Theoretical variance, in the unit of the draws squared. */
  readonly variance: number;
  /**
   * One draw, using only uniforms taken from `u`, so that two scenarios sharing a stream
   * share their draws (common random numbers).
   */
  sample(u: RandomSource): number;
}
