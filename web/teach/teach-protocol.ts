import type { NetworkScenario, StudyResult, TheoryReport } from "../../src/scenario/index.js";
import type { BorderScenario } from "./border-plan-data.js";
import type { BorderTraceRecord } from "./border-trace-record.js";
import type { NetworkTrace } from "./network-trace.js";

/**
 * Messages between the teaching page and its simulation worker. The page sends a validated network
 * scenario; the worker runs its replications, records the first one's own event trace for the
 * animation, and answers with the study, what theory says, the number-in-system series for the Welch
 * plot, and the trace (its buffers transferred, not copied).
 */

/** Page → worker: run `replications` replications of `scenario`. */
export interface StudyJob {
  readonly type: "study";
  readonly jobId: number;
  readonly scenario: NetworkScenario;
  readonly replications: number;
  /** Most events of replication 0 to record for the animation; 0 records none. */
  readonly traceLimit: number;
  /** Time slices of each replication's number-in-system series. */
  readonly slices: number;
}

/** Page → worker: run replication 0 of a border scenario, recording its trace for the plan's animation. */
export interface BorderJob {
  readonly type: "border";
  readonly jobId: number;
  readonly scenario: BorderScenario;
  /** Most events to record. */
  readonly traceLimit: number;
}

/** What a border run gives the plan: the trace, and the replication's metrics for the words beside it. */
export interface BorderRunResult {
  readonly trace: BorderTraceRecord;
  readonly metrics: Readonly<Record<string, number>>;
}

/** What a network study gives the teaching view. */
export interface TeachStudy {
  readonly result: StudyResult;
  readonly theory: TheoryReport;
  /** Number in system in equal time slices of the whole run, one series per replication. */
  readonly series: readonly (readonly number[])[];
  /** Length of one slice, in model time units. */
  readonly sliceLength: number;
  /** Warm-up each replication discarded, in model time units. */
  readonly warmups: readonly number[];
  /** Replication 0's own trace, or null when none was asked for. */
  readonly trace: NetworkTrace | null;
}

/** Worker → page: replications finished so far. */
export interface ProgressReply {
  readonly type: "progress";
  readonly jobId: number;
  readonly done: number;
  readonly total: number;
}

/** Worker → page: the study is done. */
export interface StudyReply {
  readonly type: "study";
  readonly jobId: number;
  readonly study: TeachStudy;
}

/** Worker → page: the border run is done. */
export interface BorderReply {
  readonly type: "border";
  readonly jobId: number;
  readonly run: BorderRunResult;
}

/** Worker → page: the simulation threw. */
export interface FailedReply {
  readonly type: "failed";
  readonly jobId: number;
  readonly message: string;
}

export type TeachJob = StudyJob | BorderJob;
export type TeachReply = ProgressReply | StudyReply | BorderReply | FailedReply;
