import type { OptimizationStudy } from "../../format/optimization-study-schema.js";
import type { Scenario } from "../../format/scenario-types.js";
import type { ReplicationOutput } from "../replication-output.js";
import type { OptimizationExecutor, OptimizationUnit } from "./replication-store.js";
import { runOptimization } from "./run-optimization.js";

/** The units an optimisation asks for up to its first batch, and the outputs of those it ran to get there. */
export interface FirstBatch {
  /** Every unit asked, in the order asked: the pilot replications first, then the first batch. */
  readonly units: readonly OptimizationUnit[];
  /**
   * The outputs of the first units (the pilots, run through the executor because the procedure reads
   * them before it asks for more); the batch's own units are not run. All of them when the procedure
   * ended before asking for a batch of more than one unit.
   */
  readonly outputs: readonly ReplicationOutput[];
}

/** Thrown by the recording executor to stop the procedure once its first batch is known. */
class BatchRecorded extends Error {
  override readonly name = "BatchRecorded";
}

/**
 * The first batch of an optimisation study: the units `runOptimization` asks for up to and including
 * its first request of more than one unit (for a space run whole, the first stage of every
 * configuration; for a searched space, the first start's first stage), found by running the
 * procedure itself with an executor that runs the single-unit requests before it (the pilot
 * replication, whose outputs the procedure reads) through `execute` and stops at that request. Its
 * units are ones the procedure certainly runs, whatever their outputs, so shards can run them apart
 * and `borderflow merge` reuse them; since it is the procedure that asks, the batch cannot drift from it.
 * @throws what `execute` or the procedure throws (a missing metric, a run cap).
 */
export async function firstBatch(study: OptimizationStudy, scenario: Scenario, execute: OptimizationExecutor): Promise<FirstBatch> {
  const units: OptimizationUnit[] = [];
  const outputs: ReplicationOutput[] = [];
  const stop = new BatchRecorded("the first batch is recorded");
  let stopped = false;
  let caught = false;
  try {
    await runOptimization(study, scenario, async (asked) => {
      units.push(...asked);
      if (asked.length > 1) {
        stopped = true;
        throw stop;
      }
      const got = await execute(asked);
      outputs.push(...got);
      return got;
    });
  } catch (error) {
    if (error !== stop) throw error;
    caught = true;
  }
  if (stopped && !caught) throw new Error("firstBatch: the procedure went on after its first batch was refused");
  return { units, outputs };
}
