import { runNetwork } from "../../src/model/index.js";
import { networkTheory, studyHeader, summarizeStudy, type ReplicationOutput } from "../../src/scenario/index.js";
import { traceBuffers, type NetworkTrace } from "./network-trace.js";
import { recordNetworkRun } from "./record-network-trace.js";
import type { StudyJob, TeachReply } from "./teach-protocol.js";

/**
 * Runs a study job as the worker does, posting progress after each replication and then the study.
 * Replication 0 is run once, with its trace recorded as it runs; the others without a trace. Separate
 * from the worker file so tests can run it in Node.
 */
export function runStudyJob(job: StudyJob, post: (reply: TeachReply, transfer?: ArrayBuffer[]) => void): void {
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
