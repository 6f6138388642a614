import type { ReplicationOutput } from "../../src/scenario/index.js";
import type { JobTask, RunJob, WorkerReply } from "./worker-protocol.js";

/** The part of a Web Worker the client uses, so tests can pass a stand-in. */
export interface WorkerLike {
  postMessage(message: RunJob): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** The rejection of a job that was cancelled or replaced by a newer one. */
export class CancelledError extends Error {
  override readonly name = "CancelledError";
}

export interface SimulationClientOptions {
  /** Makes a new worker (the page passes `new Worker(new URL("./simulation.worker.ts", ...))`). */
  readonly createWorker: () => WorkerLike;
  /** Workers that run at once, each taking every n-th replication. @default 2 */
  readonly workers?: number;
}

/** Called after each replication: replications finished and in all, over every task. */
export type ProgressListener = (done: number, total: number) => void;

interface Running {
  readonly jobId: number;
  readonly reject: (error: Error) => void;
}

/**
 * Runs simulation jobs on a small pool of workers, one job at a time. Replication r goes to worker
 * r mod n; outputs come back in replication order whatever order the workers finish in. Cancelling
 * terminates the workers (a replication cannot be interrupted otherwise) and the next job starts new ones.
 */
export class SimulationClient {
  readonly #createWorker: () => WorkerLike;
  readonly #workers: number;
  #pool: WorkerLike[] = [];
  #running: Running | null = null;
  #nextJobId = 1;

  constructor(options: SimulationClientOptions) {
    this.#createWorker = options.createWorker;
    this.#workers = Math.max(1, Math.floor(options.workers ?? 2));
  }

  /** True while a job runs. */
  get busy(): boolean {
    return this.#running !== null;
  }

  /**
   * Runs replications first..first+replications-1 of every task (`first` is 0 but for a study that adds
   * replications to those it has, as optimisation does); resolves to each task's outputs in replication
   * order. A job still running is cancelled first. Rejects with CancelledError when cancelled, or with an
   * Error naming the scenario and replication when the simulation fails.
   */
  run(tasks: readonly JobTask[], replications: number, onProgress: ProgressListener = () => {}, first = 0): Promise<Map<string, ReplicationOutput[]>> {
    this.cancel();
    const jobId = this.#nextJobId++;
    const total = tasks.length * replications;
    const outputs = new Map<string, ReplicationOutput[]>(tasks.map((t) => [t.key, []]));
    const count = Math.min(this.#workers, replications);
    while (this.#pool.length < count) this.#pool.push(this.#createWorker());
    return new Promise((resolve, reject) => {
      let done = 0;
      let finishedWorkers = 0;
      const fail = (error: Error): void => {
        if (this.#running?.jobId !== jobId) return;
        this.#running = null;
        this.#discardPool();
        reject(error);
      };
      this.#running = { jobId, reject: fail };
      if (total === 0) {
        this.#running = null;
        resolve(outputs);
        return;
      }
      this.#pool.slice(0, count).forEach((worker, w) => {
        worker.onmessage = ({ data }) => {
          if (data.jobId !== jobId || this.#running?.jobId !== jobId) return;
          if (data.type === "failed") fail(new Error(data.message));
          else if (data.type === "output") {
            outputs.get(data.key)?.push(data.output);
            onProgress(++done, total);
          } else if (++finishedWorkers === count) {
            this.#running = null;
            for (const list of outputs.values()) list.sort((a, b) => a.replication - b.replication);
            resolve(outputs);
          }
        };
        worker.onerror = (event) => {
          event.preventDefault?.();
          fail(new Error(`the simulation worker stopped: ${event.message || "it could not be loaded"}`));
        };
        const indices = Array.from({ length: replications }, (_, r) => first + r).filter((r) => (r - first) % count === w);
        worker.postMessage({ type: "run", jobId, tasks, replications: indices });
      });
    });
  }

  /** Stops the running job, if any, and rejects it with CancelledError; returns whether one was running. */
  cancel(): boolean {
    const running = this.#running;
    if (running === null) return false;
    running.reject(new CancelledError("cancelled"));
    return true;
  }

  /** Terminates every worker; the next job starts fresh ones. */
  close(): void {
    this.cancel();
    this.#discardPool();
  }

  #discardPool(): void {
    for (const worker of this.#pool) worker.terminate();
    this.#pool = [];
  }
}
