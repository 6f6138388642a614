import type { ReplicationOutput } from "../../src/scenario/index.js";
import type { RunBar } from "./run-bar.js";
import { CancelledError, type ProgressListener } from "./simulation-client.js";
import type { JobTask } from "./worker-protocol.js";

/** The part of the simulation client a run needs (the page passes its SimulationClient). */
export interface JobRunner {
  run(tasks: readonly JobTask[], replications: number, onProgress?: ProgressListener): Promise<Map<string, ReplicationOutput[]>>;
}

/** A finished job: each task's outputs in replication order, and the wall-clock seconds it took. */
export interface WorkerRunResult {
  readonly outputs: Map<string, ReplicationOutput[]>;
  readonly seconds: number;
}

/** Runs a job behind the run bar; see `workerRun`. */
export type RunOnWorkers = (what: string, section: HTMLElement, tasks: readonly JobTask[], replications: number) => Promise<WorkerRunResult | null>;

/**
 * Runs jobs on the workers behind the run bar. Each run resolves to the outputs and the seconds taken,
 * or to null when the job was cancelled, replaced by a newer one, or failed; `section`'s data-status
 * says which (tests wait on it), the bar says why, and a failure also goes to `logError`.
 * `now` gives milliseconds (`performance.now`).
 */
export function workerRun(client: JobRunner, runBar: RunBar, now: () => number, logError: (error: unknown) => void): RunOnWorkers {
  return async (what, section, tasks, replications) => {
    const token = runBar.start(what, tasks.length * replications);
    section.dataset["status"] = "running";
    const started = now();
    try {
      const outputs = await client.run(tasks, replications, (done, total) => runBar.progress(token, what, done, total));
      const seconds = (now() - started) / 1000;
      runBar.end(token, `${what} done in ${seconds.toFixed(1)} s.`);
      return { outputs, seconds };
    } catch (error) {
      const cancelled = error instanceof CancelledError;
      section.dataset["status"] = cancelled ? "cancelled" : "failed";
      if (!cancelled) logError(error);
      runBar.end(token, cancelled ? `${what} cancelled; the results shown (if any) are from the previous run.` :
        `The ${what.toLowerCase()} failed: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
  };
}
