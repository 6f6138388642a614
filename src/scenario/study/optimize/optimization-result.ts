import type { Estimate } from "../../../stats/index.js";

/**
 * Why a configuration was not chosen, or that it was; `not-finalist`: a neighbourhood search ran it but
 * did not hand it to the final selection.
 */
export type ConfigurationStatus = "chosen" | "infeasible" | "dearer" | "over-budget" | "eliminated" | "not-separated" | "not-finalist";

/** One configuration as evaluated. */
export interface EvaluatedConfiguration {
  /** The value of each decision, by its path. */
  readonly decisions: Readonly<Record<string, number>>;
  /** Its cost: value x unit cost summed, or the mean of the cost metric. */
  readonly cost: number;
  /** True when every constraint was judged met (for a `not-finalist`: when its means meet every limit, a reading with no guarantee). */
  readonly feasible: boolean;
  /** The replication count at which the final selection eliminated it (only for those it eliminated). */
  readonly eliminatedAt?: number;
  /** Chosen, or why not, in one word. */
  readonly status: ConfigurationStatus;
  /** The constraints it failed, as `metric <= limit` texts (empty when feasible). */
  readonly failed: readonly string[];
  /** Replications behind its metrics (for a finalist of a search, the fresh ones of the final selection). */
  readonly replications: number;
  /** The constraint, objective and cost metrics over its replications. */
  readonly metrics: Readonly<Record<string, Estimate>>;
}

/** How the decision space was searched. */
export interface SearchSummary {
  /** `whole`: every configuration was run (a space of at most maxConfigurations); `neighbourhood`: the heuristic search. */
  readonly method: "whole" | "neighbourhood";
  /** Configurations in the decision space. */
  readonly space: number;
  /** Configurations run. */
  readonly visited: number;
  /** Configurations judged by the final feasibility check and selection. */
  readonly finalists: number;
  /** Starting points the search used (0 for a whole space). */
  readonly starts: number;
  /** True when the search stopped because it would have run more than maxConfigurations configurations. */
  readonly capped: boolean;
  /** Replications run in all, search and selection. */
  readonly replications: number;
  /** The above in plain words. */
  readonly statement: string;
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
  /** How the space was searched, and how much of it was run. */
  readonly search: SearchSummary;
  /** Every configuration evaluated, in enumeration order. */
  readonly evaluated: readonly EvaluatedConfiguration[];
}
