import type { CheckTarget, ReplicationOutput, Scenario } from "../../src/scenario/index.js";
import type { RunJob, WorkerReply } from "./worker-protocol.js";

/** Runs one replication of a scenario: the scenario layer's `runReplication`, injected so the job stays testable. */
export type ReplicationRunner = (scenario: Scenario, replication: number) => ReplicationOutput;

/** Runs one replication of a check task: the per-truck times of one direction (the worker passes `truckTimesOutput`). */
export type TruckTimesRunner = (scenario: Scenario, replication: number, target: CheckTarget) => ReplicationOutput;

/**
 * A worker's whole job, outside any worker: runs each replication index for every task (index by
 * index, so all scenarios advance together and partial progress is even), and reports each output,
 * then "done". A throw stops the job with a "failed" reply naming the scenario and replication:
 * errors are never silent. A task with `truckTimes` runs `runTruckTimes` instead of `run` (without
 * it, the task fails).
 */
export function runReplicationJob(job: RunJob, run: ReplicationRunner, reply: (message: WorkerReply) => void, runTruckTimes?: TruckTimesRunner): void {
  for (const replication of job.replications) {
    for (const task of job.tasks) {
      let output: ReplicationOutput;
      try {
        const index = replication + (task.firstReplication ?? 0);
        if (task.truckTimes === undefined) output = run(task.scenario, index);
        else if (runTruckTimes === undefined) throw new Error("this worker cannot collect per-truck times");
        else output = runTruckTimes(task.scenario, index, task.truckTimes);
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        reply({ type: "failed", jobId: job.jobId, message: `${task.label ?? `scenario "${task.key}"`}, replication ${replication + (task.firstReplication ?? 0)}: ${why}` });
        return;
      }
      reply({ type: "output", jobId: job.jobId, key: task.key, output });
    }
  }
  reply({ type: "done", jobId: job.jobId });
}
