import type { NetworkScenario } from "../../src/scenario/index.js";
import type { BorderScenario } from "./border-plan-data.js";
import type { BorderReply, BorderRunResult, StudyReply, TeachJob, TeachReply, TeachStudy } from "./teach-protocol.js";

/** The part of a Web Worker the client uses, so tests can pass a stand-in. */
export interface TeachWorker {
  postMessage(message: TeachJob): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<TeachReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** The rejection of a study that was cancelled. */
export class CancelledError extends Error {
  override readonly name = "CancelledError";
}

/** What to run: a network, how many replications, and how much of replication 0 to record. */
export interface StudyRequest {
  readonly scenario: NetworkScenario;
  readonly replications: number;
  /** Events of replication 0 to record for the animation; 0 for none. @default 0 */
  readonly traceLimit?: number;
  /** Time slices of the number-in-system series. @default 200 */
  readonly slices?: number;
}

interface Queued {
  readonly job: TeachJob;
  readonly resolve: (reply: StudyReply | BorderReply) => void;
  readonly reject: (error: Error) => void;
  readonly onProgress: (done: number, total: number) => void;
}

/**
 * Runs teaching studies and border runs on one worker, one at a time, in the order asked. `cancel()` terminates the
 * worker (a replication cannot be interrupted otherwise), rejects every study asked so far with a
 * CancelledError, and the next study starts a new worker.
 */
export class TeachClient {
  readonly #createWorker: () => TeachWorker;
  #worker: TeachWorker | null = null;
  #queue: Queued[] = [];
  #running: Queued | null = null;
  #nextJobId = 1;

  constructor(createWorker: () => TeachWorker) {
    this.#createWorker = createWorker;
  }

  /** Asks for a study; resolves when it is done, or rejects with CancelledError or the simulation's error. */
  run(request: StudyRequest, onProgress: (done: number, total: number) => void = () => {}): Promise<TeachStudy> {
    return this.#ask({
      type: "study", jobId: this.#nextJobId++, scenario: request.scenario, replications: request.replications,
      traceLimit: request.traceLimit ?? 0, slices: request.slices ?? 200,
    }, onProgress).then((reply) => (reply as StudyReply).study);
  }

  /** Asks for replication 1 of a border scenario with its trace of at most `traceLimit` events. */
  runBorder(scenario: BorderScenario, traceLimit: number): Promise<BorderRunResult> {
    return this.#ask({ type: "border", jobId: this.#nextJobId++, scenario, traceLimit }, () => {}).then((reply) => (reply as BorderReply).run);
  }

  #ask(job: TeachJob, onProgress: (done: number, total: number) => void): Promise<StudyReply | BorderReply> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ job, resolve, reject, onProgress });
      this.#next();
    });
  }

  /** Stops the study running and forgets those waiting; each rejects with CancelledError. */
  cancel(): void {
    const dropped = [...(this.#running === null ? [] : [this.#running]), ...this.#queue];
    this.#queue = [];
    this.#running = null;
    this.#worker?.terminate();
    this.#worker = null;
    for (const q of dropped) q.reject(new CancelledError("the study was cancelled"));
  }

  #next(): void {
    if (this.#running !== null) return;
    const queued = this.#queue.shift();
    if (queued === undefined) return;
    this.#running = queued;
    const worker = (this.#worker ??= this.#createWorker());
    worker.onmessage = (event) => this.#reply(event.data);
    worker.onerror = (event) => this.#fail(new Error(`the simulation worker failed: ${event.message}`));
    worker.postMessage(queued.job);
  }

  #reply(reply: TeachReply): void {
    const running = this.#running;
    if (running === null || reply.jobId !== running.job.jobId) return;
    if (reply.type === "progress") {
      running.onProgress(reply.done, reply.total);
      return;
    }
    this.#running = null;
    if (reply.type === "failed") running.reject(new Error(reply.message));
    else running.resolve(reply);
    this.#next();
  }

  #fail(error: Error): void {
    const running = this.#running;
    this.#running = null;
    this.#worker?.terminate();
    this.#worker = null;
    running?.reject(error);
    this.#next();
  }
}
