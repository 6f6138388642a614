import type { Estimate } from "../../../stats/index.js";

/** Why a configuration was not chosen, or that it was. */
export type ConfigurationStatus = "chosen" | "infeasible" | "dearer" | "over-budget" | "eliminated" | "not-separated";

/** One configuration as evaluated. */
export interface EvaluatedConfiguration {
  /** The value of each decision, by its path. */
  readonly decisions: Readonly<Record<string, number>>;
  /** Its cost: value x unit cost summed, or the mean of the cost metric. */
  readonly cost: number;
  /** True when every constraint was judged met. */
  readonly feasible: boolean;
  /** The replication count at which the final selection eliminated it (only for those it eliminated). */
  readonly eliminatedAt?: number;
  /** Chosen, or why not, in one word. */
  readonly status: ConfigurationStatus;
  /** The constraints it failed, as `metric <= limit` texts (empty when feasible). */
  readonly failed: readonly string[];
  /** Replications run of it. */
  readonly replications: number;
  /** The constraint, objective and cost metrics over its replications. */
  readonly metrics: Readonly<Record<string, Estimate>>;
}

/** The answer of `borderflow optimize`. */
export interface OptimizationResult {
  /** The scenario the study starts from (its name). */
  readonly scenario: string;
  /** The chosen configuration, or null when none meets the constraints (within the budget). */
  readonly best: { readonly decisions: Readonly<Record<string, number>>; readonly cost: number; readonly metrics: Readonly<Record<string, Estimate>> } | null;
  /** What the choice promises, and the procedures behind it. */
  readonly guarantee: {
    readonly alpha: number;
    readonly indifference: number;
    readonly procedure: string;
    /** The promise in plain words, with its conditions. */
    readonly statement: string;
    /** True when a replication cap stopped a procedure early: the promise is then weaker than stated. */
    readonly weakened: boolean;
  };
  /** Every configuration evaluated, in enumeration order. */
  readonly evaluated: readonly EvaluatedConfiguration[];
}
