import type { DistributionSpec } from "../../engine/index.js";

/** An open queueing network as the model runs it (the scenario layer validates it and fills defaults). */
export interface NetworkSpec {
  /** Base seed of the random streams. */
  readonly seed: number;
  /** Whole run length, warm-up included, in the model's time unit. */
  readonly horizon: number;
  /** Time to discard before statistics start, or "auto" for MSER-5 on this replication's output. */
  readonly warmup: number | "auto";
  readonly arrivals: readonly NetworkArrival[];
  readonly stations: readonly NetworkStation[];
}

/** A stream of external arrivals to one station. */
export interface NetworkArrival {
  /** Station the customers enter at. */
  readonly to: string;
  /** Customer class, for per-class service and results. */
  readonly class: string;
  /** Rank in every line (lower is served first under "priority" and "preemptive"). */
  readonly priority: number;
  /** Time between arrivals, in the model's time unit. */
  readonly interarrival: DistributionSpec;
}

/** One station of the network. */
export interface NetworkStation {
  readonly id: string;
  readonly servers: number;
  readonly service: DistributionSpec;
  readonly serviceByClass?: Readonly<Record<string, DistributionSpec>>;
  readonly discipline: "fifo" | "priority" | "preemptive";
  readonly queueLimit?: number;
  readonly schedule?: { readonly periodLength: number; readonly changes: readonly { readonly at: number; readonly servers: number }[] };
  readonly breakdowns?: { readonly timeToFailure: DistributionSpec; readonly timeToRepair: DistributionSpec };
  /** Where customers go after service, with probabilities; the rest leave. */
  readonly routes: readonly { readonly to: string; readonly p: number }[];
}
