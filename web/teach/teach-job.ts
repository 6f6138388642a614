import { runNetwork } from "../../src/model/index.js";
import { networkTheory, studyHeader, summarizeStudy, type ReplicationOutput } from "../../src/scenario/index.js";
import { borderTraceBuffers } from "./border-trace-record.js";
import { traceBuffers, type NetworkTrace } from "./network-trace.js";
import { recordBorderRun } from "./record-border-trace.js";
import { recordNetworkRun } from "./record-network-trace.js";
import type { BorderJob, StudyJob, TeachJob, TeachReply } from "./teach-protocol.js";

type Post = (reply: TeachReply, transfer?: ArrayBuffer[]) => void;

/** Runs a job as the worker does; separate from the worker file so tests can run it in Node. */
export function runTeachJob(job: TeachJob, post: Post): void {
  if (job.type === "border") runBorderJob(job, post);
  else runStudyJob(job, post);
}

/** Runs replication 0 of a border scenario with its trace recorded, and posts the trace and the metrics. */
export function runBorderJob(job: BorderJob, post: Post): void {
  try {
    const { run, trace } = recordBorderRun(job.scenario, 0, job.traceLimit);
    post({ type: "border", jobId: job.jobId, run: { trace, metrics: run.metrics } }, borderTraceBuffers(trace));
  } catch (error) {
    post({ type: "failed", jobId: job.jobId, message: `${job.scenario.name}: ${error instanceof Error ? error.message : String(error)}` });
  }
}

/**
 * Runs a study job as the worker does, posting progress after each replication and then the study.
 * Replication 0 is run once, with its trace recorded as it runs; the others without a trace. Separate
 * from the worker file so tests can run it in Node.
 */
export function runStudyJob(job: StudyJob, post: Post): void {
  const { jobId, scenario, replications, traceLimit, slices } = job;
  try {
    const outputs: ReplicationOutput[] = [];
    const series: number[][] = [];
    let trace: NetworkTrace | null = null;
    for (let r = 0; r < replications; r++) {
      let run;
      if (r === 0 && traceLimit > 0) {
        const recorded = recordNetworkRun(scenario, 0, { limit: traceLimit, slices });
        run = recorded.run;
        trace = recorded.trace;
      } else {
        run = runNetwork(scenario, r, { slices });
      }
      outputs.push({ replication: r, warmup: run.warmup, metrics: run.metrics });
      series.push(run.inSystemSeries);
      post({ type: "progress", jobId, done: r + 1, total: replications });
    }
    const study = {
      result: summarizeStudy(studyHeader(scenario), outputs),
      theory: networkTheory(scenario),
      series,
      sliceLength: scenario.horizon / slices,
      warmups: outputs.map((o) => o.warmup),
      trace,
    };
    post({ type: "study", jobId, study }, trace === null ? [] : traceBuffers(trace));
  } catch (error) {
    post({ type: "failed", jobId, message: `${scenario.name}: ${error instanceof Error ? error.message : String(error)}` });
  }
}
