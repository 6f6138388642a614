import { Worker } from "node:worker_threads";
import type { Scenario } from "../format/scenario-types.js";
import type { ReplicationOutput } from "../study/replication-output.js";
import type { ReplicationExecutor } from "../study/run-study.js";
import { runReplication } from "../study/run-replication.js";
import type { StudyUnit, UnitExecutor } from "../study/study-unit.js";
import type { WorkerJob } from "./replication-worker.js";
import { RunLimitError, type RunLimits } from "../../model/index.js";

/** An executor of study units and the means to stop its threads. */
export interface UnitPool {
  readonly execute: UnitExecutor;
  close(): Promise<void>;
}

/** An executor of one scenario's replications and the means to stop its threads. */
export interface Pool {
  readonly execute: ReplicationExecutor;
  close(): Promise<void>;
}

type Reply = { ok: true; output: ReplicationOutput } | { ok: false; name: string; error: string };

/**
 * Names the scenario a failing unit ran, for its error: `"M/M/1"` by default; a study of many variants of
 * one scenario (a sweep's values, an optimisation's configurations, a design's points) says which variant.
 */
export type ScenarioNamer = (scenario: Scenario) => string;

const byName: ScenarioNamer = (scenario) => `"${scenario.name}"`;

/** The error a worker reported, as the same kind of error a run in this thread would throw. */
function rebuilt(unit: StudyUnit, name: string, message: string, nameOf: ScenarioNamer): Error {
  const text = `replication ${unit.replication} of ${nameOf(unit.scenario)}: ${message}`;
  if (name === "RunLimitError") return new RunLimitError(text);
  if (name === "RangeError") return new RangeError(text);
  if (name === "TypeError") return new TypeError(text);
  return new Error(text);
}

/**
 * Runs study units (any scenarios, any replications) on `workers` threads (Node only). Each unit's
 * output is a pure function of its scenario and replication, and outputs are returned in the
 * order of the units given, so the result equals a run on one thread. With one worker it runs in
 * this thread and starts no thread at all, going back to the event loop between units (so a signal is
 * handled after the unit that is running). Threads start on the first call and are reused by later
 * calls until `close`; calls must not overlap (await one before the next). `onDone` is called
 * after each unit (for a progress bar). `nameOf` names a failing unit's scenario in its error.
 */
export function unitPool(workers: number, onDone?: () => void, limits?: RunLimits, nameOf: ScenarioNamer = byName): UnitPool {
  if (workers <= 1) {
    return {
      execute: async (units) => {
        const outputs: ReplicationOutput[] = [];
        for (const u of units) {
          // Back to the event loop between units, so that a signal (Ctrl-C removing an unfinished --out
          // file) or a progress line is handled after the unit that is running, not after the whole study.
          await new Promise<void>((resolve) => setImmediate(resolve));
          try {
            outputs.push(runReplication(u.scenario, u.replication, limits));
          } catch (error) {
            // Name the unit, as a worker thread's error does (other errors keep their stack).
            if (error instanceof RunLimitError || error instanceof RangeError) throw rebuilt(u, error.name, error.message, nameOf);
            throw error;
          }
          onDone?.();
        }
        return outputs;
      },
      close: async () => {},
    };
  }
  const threads: Worker[] = [];
  const workerUrl = new URL("./replication-worker.js", import.meta.url);
  // A thread outlives the call that started it, so its error handler rejects whichever call is running.
  let failCurrent: ((error: Error) => void) | undefined;
  const execute: UnitExecutor = (units) =>
    new Promise((resolve, reject) => {
      const outputs: ReplicationOutput[] = new Array(units.length);
      let next = 0;
      let finished = 0;
      let inFlight = 0;
      let failed = false;
      // The failing unit reported is the lowest-numbered one, whichever thread finishes first: units
      // below it still run to the end, units above it are not started, so the message (and exit code)
      // is the same on any number of threads.
      let firstFailure: { slot: number; error: Error } | undefined;
      const settleFailure = (): void => {
        if (firstFailure !== undefined && inFlight === 0 && !failed) {
          failed = true;
          reject(firstFailure.error);
        }
      };
      failCurrent = (error) => {
        if (!failed) {
          failed = true;
          reject(error);
        }
      };
      const feed = (worker: Worker, slot: number): void => {
        const unit = units[slot] as StudyUnit;
        inFlight++;
        worker.once("message", (reply: Reply) => {
          inFlight--;
          if (failed) return;
          if (!reply.ok) {
            if (firstFailure === undefined || slot < firstFailure.slot) firstFailure = { slot, error: rebuilt(unit, reply.name, reply.error, nameOf) };
          } else {
            outputs[slot] = reply.output;
            finished++;
            onDone?.();
            if (finished === units.length) {
              resolve(outputs);
              return;
            }
          }
          const limit = firstFailure === undefined ? units.length : firstFailure.slot;
          if (next < limit) feed(worker, next++);
          else settleFailure();
        });
        const job: WorkerJob = limits === undefined ? { scenario: unit.scenario, replication: unit.replication } : { scenario: unit.scenario, replication: unit.replication, limits };
        worker.postMessage(job);
      };
      if (units.length === 0) resolve([]);
      while (threads.length < Math.min(workers, units.length)) {
        const worker = new Worker(workerUrl);
        worker.on("error", (e) => failCurrent?.(e));
        threads.push(worker);
      }
      for (const worker of threads) if (next < units.length) feed(worker, next++);
    });
  return { execute, close: async () => void (await Promise.all(threads.map((t) => t.terminate()))) };
}

/** Runs replications of one scenario on `workers` threads: `unitPool` for a single scenario. */
export function replicationPool(scenario: Scenario, workers: number, onDone?: () => void, limits?: RunLimits): Pool {
  const pool = unitPool(workers, onDone, limits);
  return { execute: (indices) => pool.execute(indices.map((replication) => ({ scenario, replication }))), close: () => pool.close() };
}
