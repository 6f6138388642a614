import { Worker } from "node:worker_threads";
import type { ReplicationOutput } from "../study/replication-output.js";
import type { ReplicationExecutor } from "../study/run-study.js";
import { runReplication } from "../study/run-replication.js";
import type { Scenario } from "../format/scenario-types.js";

/** An executor and the means to stop its threads. */
export interface Pool {
  readonly execute: ReplicationExecutor;
  close(): Promise<void>;
}

type Reply = { ok: true; output: ReplicationOutput } | { ok: false; error: string };

/**
 * Runs replications of one scenario on `workers` threads (Node only). Each replication is a pure
 * function of (scenario, index), and outputs are returned in index order, so the result equals a
 * run on one thread. With one worker it runs in this thread and starts no thread at all.
 * `onDone` is called after each replication (for a progress bar).
 */
export function replicationPool(scenario: Scenario, workers: number, onDone?: () => void): Pool {
  if (workers <= 1) {
    return {
      execute: async (indices) =>
        indices.map((r) => {
          const output = runReplication(scenario, r);
          onDone?.();
          return output;
        }),
      close: async () => {},
    };
  }
  const threads: Worker[] = [];
  const workerUrl = new URL("./replication-worker.js", import.meta.url);
  const execute: ReplicationExecutor = (indices) =>
    new Promise((resolve, reject) => {
      const outputs: ReplicationOutput[] = new Array(indices.length);
      let next = 0;
      let finished = 0;
      let failed = false;
      const feed = (worker: Worker, slot: number): void => {
        const r = indices[slot] as number;
        worker.once("message", (reply: Reply) => {
          if (failed) return;
          if (!reply.ok) {
            failed = true;
            reject(new Error(`replication ${r}: ${reply.error}`));
            return;
          }
          outputs[slot] = reply.output;
          finished++;
          onDone?.();
          if (finished === indices.length) resolve(outputs);
          else if (next < indices.length) feed(worker, next++);
        });
        worker.postMessage({ scenario, replication: r });
      };
      if (indices.length === 0) resolve([]);
      while (threads.length < Math.min(workers, indices.length)) {
        const worker = new Worker(workerUrl);
        worker.on("error", (e) => {
          if (!failed) {
            failed = true;
            reject(e);
          }
        });
        threads.push(worker);
      }
      for (const worker of threads) if (next < indices.length) feed(worker, next++);
    });
  return { execute, close: async () => void (await Promise.all(threads.map((t) => t.terminate()))) };
}
