// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import type { ReplicationOutput } from "../../../src/scenario/index.js";
import { RunBar } from "../../../web/app/run-bar.js";
import { CancelledError, type ProgressListener } from "../../../web/app/simulation-client.js";
import { workerRun, type JobRunner } from "../../../web/app/worker-run.js";
import type { JobTask } from "../../../web/app/worker-protocol.js";

const task = { key: "baseline" } as unknown as JobTask;

/** A runner that reports one progress step and then answers with `outcome`. */
function runner(outcome: Error | Map<string, ReplicationOutput[]>): JobRunner {
  return {
    run: async (_tasks: readonly JobTask[], replications: number, onProgress: ProgressListener = () => {}) => {
      onProgress(1, replications);
      if (outcome instanceof Error) throw outcome;
      return outcome;
    },
  };
}

function setup(outcome: Error | Map<string, ReplicationOutput[]>): { run: ReturnType<typeof workerRun>; text: HTMLElement; section: HTMLElement; errors: unknown[] } {
  const text = document.createElement("span");
  const bar = new RunBar({ cancel: document.createElement("button"), progress: document.createElement("progress"), text });
  let clock = 1000;
  const errors: unknown[] = [];
  return { run: workerRun(runner(outcome), bar, () => (clock += 1500), (e) => errors.push(e)), text, section: document.createElement("section"), errors };
}

describe("worker run", () => {
  it("workerRun(client, runBar, now, logError) resolves to the outputs and the seconds taken, and says so on the bar", async () => {
    const outputs = new Map([["baseline", []]]);
    const { run, text, section } = setup(outputs);
    expect(await run("Comparison", section, [task], 4)).toEqual({ outputs, seconds: 1.5 });
    expect(text.textContent).toBe("Comparison done in 1.5 s.");
    expect(section.dataset["status"]).toBe("running");
  });

  it("workerRun(...)(what, section, tasks, replications) resolves to null on a cancel, without logging an error", async () => {
    const { run, text, section, errors } = setup(new CancelledError("cancelled"));
    expect(await run("Sweep", section, [task], 4)).toBeNull();
    expect([section.dataset["status"], text.textContent, errors]).toEqual(["cancelled", "Sweep cancelled; the results shown (if any) are from the previous run.", []]);
  });

  it("workerRun(...)(what, section, tasks, replications) resolves to null on a failure, says why and logs it", async () => {
    const failure = new Error("baseline, replication 3: queue overflow");
    const { run, text, section, errors } = setup(failure);
    expect(await run("Comparison", section, [task], 4)).toBeNull();
    expect([section.dataset["status"], text.textContent, errors]).toEqual(["failed", "The comparison failed: baseline, replication 3: queue overflow", [failure]]);
  });
});
