import { relativePrecisionMet } from "../../stats/index.js";
import type { ReplicationOutput } from "./replication-output.js";
import { metricEstimate, metricValues } from "./summarize-study.js";
import { shardUnits } from "./shard.js";

/** Runs the given replication indices and returns their outputs in the same order. */
export type ReplicationExecutor = (replications: readonly number[]) => Promise<ReplicationOutput[]>;

/** How many replications a study runs and when it stops. */
export interface StudyPlan {
  /** Replications to run first (all of them without `precision`). */
  readonly replications: number;
  /** Stop when every headline half-width is below `precision` times its mean; @default undefined (no sequential rule). */
  readonly precision?: number;
  /** The most replications the precision rule may reach. @default 200 */
  readonly maxReplications?: number;
  /** Run only this share of the replications (index is 1-based): r with r mod count = index - 1. */
  readonly shard?: { readonly index: number; readonly count: number };
  /** Dotted metric paths the precision rule watches. */
  readonly headlineMetrics: readonly string[];
}

/** The outputs of a study and how its precision rule ended. */
export interface StudyRun {
  readonly outputs: ReplicationOutput[];
  /** Headline metrics whose relative half-width is still above the target (empty when met or not asked). */
  readonly precisionNotMet: readonly string[];
}

/** The replication indices a shard runs, in order. */
export function shardReplications(replications: number, shard?: { index: number; count: number }): number[] {
  return shard === undefined ? Array.from({ length: replications }, (_, r) => r) : shardUnits(replications, shard);
}

/** Headline metrics (among those watched) whose relative half-width is above r. */
export function unmetPrecision(outputs: readonly ReplicationOutput[], metrics: readonly string[], r: number): string[] {
  return metrics.filter((m) => {
    const values = metricValues(outputs, m);
    return values.length < 2 || !relativePrecisionMet(metricEstimate(undefined, m, values), r);
  });
}

/**
 * Runs a study: the planned replications, then, with `precision`, more until every headline metric's
 * half-width is below precision × |mean| or `maxReplications` is reached (then it says which are not met).
 * Added replications are always the next indices, so the outputs equal those of a fixed run of the
 * final count.
 * @throws {RangeError} if precision is combined with a shard (a shard cannot see the others' outputs).
 */
export async function runStudy(plan: StudyPlan, execute: ReplicationExecutor): Promise<StudyRun> {
  if (plan.precision !== undefined && plan.shard !== undefined) {
    throw new RangeError("runStudy: --precision cannot be combined with --shard; give a fixed --replications to shard a study");
  }
  const outputs = await execute(shardReplications(plan.replications, plan.shard));
  if (plan.precision === undefined) return { outputs, precisionNotMet: [] };
  const max = Math.max(plan.maxReplications ?? 200, plan.replications);
  let unmet = unmetPrecision(outputs, plan.headlineMetrics, plan.precision);
  while (unmet.length > 0 && outputs.length < max) {
    // Grow by half again each round: cheap to over-shoot a little, costly to run one at a time on many workers.
    const next = Math.min(max, Math.max(outputs.length + 2, Math.ceil(outputs.length * 1.5)));
    const more = await execute(Array.from({ length: next - outputs.length }, (_, i) => outputs.length + i));
    outputs.push(...more);
    unmet = unmetPrecision(outputs, plan.headlineMetrics, plan.precision);
  }
  return { outputs, precisionNotMet: unmet };
}
