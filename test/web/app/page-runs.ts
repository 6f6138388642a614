import { runReplication, type ReplicationOutput } from "../../../src/scenario/index.js";
import { runReplicationJob } from "../../../web/app/replication-job.js";
import type { WorkerLike } from "../../../web/app/simulation-client.js";
import { truckTimesOutput } from "../../../web/app/truck-times-output.js";
import type { JobTask, RunJob, WorkerReply } from "../../../web/app/worker-protocol.js";

/** Each task's replications 0..n−1 run straight, in this thread: the outputs the page's plan expects. */
export function outputsOf(tasks: readonly JobTask[], replications: number): Map<string, ReplicationOutput[]> {
  return new Map(tasks.map((t) => [t.key, Array.from({ length: replications }, (_, r) => runReplication(t.scenario, r))]));
}

/** The page's path: the job shared between two "workers", each taking every other replication, outputs in replication order. */
export function runInShards(tasks: readonly JobTask[], replications: number): Map<string, ReplicationOutput[]> {
  const outputs = new Map<string, ReplicationOutput[]>(tasks.map((t) => [t.key, []]));
  for (const shard of [0, 1]) {
    const indices = Array.from({ length: replications }, (_, r) => r).filter((r) => r % 2 === shard);
    runReplicationJob({ type: "run", jobId: 1, tasks, replications: indices }, runReplication, (m) => {
      if (m.type === "failed") throw new Error(m.message);
      if (m.type === "output") outputs.get(m.key)?.push(m.output);
    });
  }
  for (const list of outputs.values()) list.sort((a, b) => a.replication - b.replication);
  return outputs;
}

/** A worker that runs its share of the job in this thread, as the page's worker does (the same job function and runners). */
export class InlineWorker implements WorkerLike {
  onmessage: WorkerLike["onmessage"] = null;
  onerror: WorkerLike["onerror"] = null;
  postMessage(job: RunJob): void {
    setTimeout(() => runReplicationJob(job, runReplication, (data) => this.onmessage?.({ data } as MessageEvent<WorkerReply>), truckTimesOutput), 0);
  }
  terminate(): void {}
}
