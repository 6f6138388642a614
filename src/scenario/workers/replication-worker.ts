import { parentPort } from "node:worker_threads";
import type { RunLimits } from "../../model/index.js";
import { runReplication } from "../study/run-replication.js";
import type { StudyUnit } from "../study/study-unit.js";

/** A job sent to a replication worker: one unit of a study, and the run-time caps. */
export type WorkerJob = StudyUnit & { readonly limits?: RunLimits };

// Runs one unit per message; errors go back as their name and message so the parent can raise
// the same kind of error as a run in its own thread (never silent, same exit code).
parentPort?.on("message", (job: WorkerJob) => {
  try {
    parentPort?.postMessage({ ok: true, output: runReplication(job.scenario, job.replication, job.limits) });
  } catch (error) {
    parentPort?.postMessage({
      ok: false,
      name: error instanceof Error ? error.name : "Error",
      error: error instanceof Error ? error.message : String(error),
    });
  }
});
