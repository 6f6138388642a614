import { describe, expect, it } from "vitest";
import { CancelledError, TeachClient, type TeachWorker } from "../../../web/teach/teach-client.js";
import { runTeachJob } from "../../../web/teach/teach-job.js";
import type { TeachJob, TeachReply } from "../../../web/teach/teach-protocol.js";
import { network } from "./network-fixtures.js";

/** A worker that runs jobs in this thread, a turn of the event loop after being asked, as the real one does. */
class InlineWorker implements TeachWorker {
  onmessage: TeachWorker["onmessage"] = null;
  onerror: TeachWorker["onerror"] = null;
  terminated = false;
  readonly jobs: TeachJob[] = [];
  postMessage(job: TeachJob): void {
    this.jobs.push(job);
    setTimeout(() => runTeachJob(job, (data) => {
      if (!this.terminated) this.onmessage?.({ data } as MessageEvent<TeachReply>);
    }), 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

const mm1 = network({
  name: "M/M/1 at 0.8", horizon: 4000, warmup: 400,
  arrivals: [{ to: "desk", interarrival: { dist: "exponential", mean: 1.25 } }],
  stations: [{ id: "desk", service: { dist: "exponential", mean: 1 } }],
});

describe("TeachClient(createWorker)", () => {
  it("TeachClient.run(request) resolves to the study with theory, series and replication 1's trace, telling progress", async () => {
    const workers: InlineWorker[] = [];
    const client = new TeachClient(() => { const w = new InlineWorker(); workers.push(w); return w; });
    const progress: string[] = [];
    const study = await client.run({ scenario: mm1, replications: 3, traceLimit: 1000, slices: 40 }, (done, total) => progress.push(`${done}/${total}`));
    expect(progress).toEqual(["1/3", "2/3", "3/3"]);
    expect(study.result.replications).toBe(3);
    expect(study.theory.model).toBe("M/M/1");
    expect(study.series.map((s) => s.length)).toEqual([40, 40, 40]);
    expect(study.sliceLength).toBe(100);
    expect(study.trace?.length).toBeLessThanOrEqual(1000);
    expect(study.trace?.complete).toBe(false);
    expect(workers).toHaveLength(1);
  });

  it("TeachClient.run(request) runs studies one at a time in order on one worker", async () => {
    const workers: InlineWorker[] = [];
    const client = new TeachClient(() => { const w = new InlineWorker(); workers.push(w); return w; });
    const [a, b] = await Promise.all([
      client.run({ scenario: mm1, replications: 1 }),
      client.run({ scenario: { ...mm1, seed: 2 }, replications: 1 }),
    ]);
    expect(a.trace).toBeNull();
    expect(a.result.seed).toBe(1);
    expect(b.result.seed).toBe(2);
    expect(workers[0]?.jobs.map((j) => j.jobId)).toEqual([1, 2]);
  });

  it("TeachClient.cancel() rejects what runs and waits with CancelledError, and the next study starts a new worker", async () => {
    const workers: InlineWorker[] = [];
    const client = new TeachClient(() => { const w = new InlineWorker(); workers.push(w); return w; });
    const first = client.run({ scenario: mm1, replications: 2 });
    const second = client.run({ scenario: mm1, replications: 2 });
    client.cancel();
    await expect(first).rejects.toBeInstanceOf(CancelledError);
    await expect(second).rejects.toBeInstanceOf(CancelledError);
    expect(workers[0]?.terminated).toBe(true);
    await client.run({ scenario: mm1, replications: 1 });
    expect(workers).toHaveLength(2);
  });

  it("TeachClient.run(request) rejects with the scenario's name when the simulation throws", async () => {
    const client = new TeachClient(() => new InlineWorker());
    const broken = { ...mm1, stations: [{ ...mm1.stations[0]!, service: { dist: "exponential", mean: -1 } }] } as typeof mm1;
    await expect(client.run({ scenario: broken, replications: 1 })).rejects.toThrow(/^M\/M\/1 at 0.8: /);
  });
});
