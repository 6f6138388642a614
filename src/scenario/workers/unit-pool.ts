import { Worker } from "node:worker_threads";
import type { Scenario } from "../format/scenario-types.js";
import type { ReplicationOutput } from "../study/replication-output.js";
import { runReplication } from "../study/run-replication.js";

/** One independent run: replication `replication` of a resolved scenario. */
export interface PoolUnit {
  readonly scenario: Scenario;
  readonly replication: number;
}

type Reply = { ok: true; output: ReplicationOutput } | { ok: false; error: string };

/**
 * Runs units (any scenarios, any replications) on `workers` threads (Node only) and returns their
 * outputs in the order given, so the result equals a run on one thread. With one worker it runs in
 * this thread. Threads start once and serve every unit; they end when the call returns.
 * `onDone` is called after each unit (for a progress bar).
 */
export async function runUnitsOnThreads(units: readonly PoolUnit[], workers: number, onDone?: () => void): Promise<ReplicationOutput[]> {
  if (workers <= 1 || units.length <= 1) {
    return units.map((u) => {
      const output = runReplication(u.scenario, u.replication);
      onDone?.();
      return output;
    });
  }
  const workerUrl = new URL("./replication-worker.js", import.meta.url);
  const threads = Array.from({ length: Math.min(workers, units.length) }, () => new Worker(workerUrl));
  try {
    return await new Promise<ReplicationOutput[]>((resolve, reject) => {
      const outputs: ReplicationOutput[] = new Array(units.length);
      let next = 0;
      let finished = 0;
      let failed = false;
      const fail = (error: Error): void => {
        if (!failed) {
          failed = true;
          reject(error);
        }
      };
      const feed = (worker: Worker, slot: number): void => {
        const unit = units[slot] as PoolUnit;
        worker.once("message", (reply: Reply) => {
          if (failed) return;
          if (!reply.ok) return fail(new Error(`replication ${unit.replication} of "${unit.scenario.name}": ${reply.error}`));
          outputs[slot] = reply.output;
          finished++;
          onDone?.();
          if (finished === units.length) resolve(outputs);
          else if (next < units.length) feed(worker, next++);
        });
        worker.postMessage({ scenario: unit.scenario, replication: unit.replication });
      };
      for (const worker of threads) {
        worker.on("error", fail);
        if (next < units.length) feed(worker, next++);
      }
    });
  } finally {
    await Promise.all(threads.map((t) => t.terminate()));
  }
}
