import { parentPort } from "node:worker_threads";
import { runReplication } from "../study/run-replication.js";
import type { StudyUnit } from "../study/study-unit.js";

/** A job sent to a replication worker: one unit of a study. */
export type WorkerJob = StudyUnit;

// Runs one unit per message; errors go back as text so the parent can report them (never silent).
parentPort?.on("message", (job: WorkerJob) => {
  try {
    parentPort?.postMessage({ ok: true, output: runReplication(job.scenario, job.replication) });
  } catch (error) {
    parentPort?.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) });
  }
});
