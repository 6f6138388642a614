import type { CheckTarget, ReplicationOutput, Scenario } from "../../src/scenario/index.js";

/**
 * Messages between the page and a simulation worker. The page sends resolved scenarios (plain JSON,
 * overrides applied, seeds aligned) and the replication indices this worker runs; the worker answers
 * with one output per replication, then "done". Replications are pure functions of (scenario, index),
 * so how the indices are shared among workers cannot change a number.
 */

/** One scenario of a job, under the key the page files its outputs by. */
export interface JobTask {
  readonly key: string;
  readonly scenario: Scenario;
  /**
   * How a failure names the task: `"seals" at seals.share=0.5`, a configuration's decisions, a design
   * point's inputs (a key such as "c3" means nothing to the reader). @default `scenario "KEY"`
   */
  readonly label?: string;
  /**
   * Added to each replication index the task runs, so a task can run replications f..f+n−1 (the
   * worlds of an uncertainty study each run their own). @default 0
   */
  readonly firstReplication?: number;
  /**
   * When set, each replication reports this direction's per-truck times, as `borderflow check`
   * collects them, instead of the study's metrics (see `runTask`). @default the study's outputs
   */
  readonly truckTimes?: CheckTarget;
}

/** Page → worker: run every task's replications `replications` (indices). */
export interface RunJob {
  readonly type: "run";
  /** Tells replies to this job from those of a job the page has since given up on. */
  readonly jobId: number;
  readonly tasks: readonly JobTask[];
  readonly replications: readonly number[];
}

/** Worker → page: one replication of one task finished. */
export interface OutputReply {
  readonly type: "output";
  readonly jobId: number;
  readonly key: string;
  readonly output: ReplicationOutput;
}

/** Worker → page: every replication of the job finished. */
export interface DoneReply {
  readonly type: "done";
  readonly jobId: number;
}

/** Worker → page: a replication threw; the job stops. */
export interface FailedReply {
  readonly type: "failed";
  readonly jobId: number;
  /** Which scenario and replication failed, and why. */
  readonly message: string;
}

export type WorkerReply = OutputReply | DoneReply | FailedReply;
