import { describe, expect, it } from "vitest";
import type { ReplicationOutput, Scenario } from "../../../src/scenario/index.js";
import { runReplicationJob, type ReplicationRunner } from "../../../web/app/replication-job.js";
import { CancelledError, SimulationClient, type WorkerLike } from "../../../web/app/simulation-client.js";
import type { JobTask, RunJob, WorkerReply } from "../../../web/app/worker-protocol.js";

/** A stand-in replication: a number that depends only on the scenario's seed and the index, like the real one. */
const fakeRun: ReplicationRunner = (scenario, replication) => ({
  replication,
  warmup: 0,
  metrics: { "system.value": scenario.seed * 100 + replication },
});

const tasks = (...seeds: number[]): JobTask[] => seeds.map((seed, i) => ({ key: `s${i}`, scenario: { seed } as Scenario }));

/** A worker that runs the job in the same thread, a turn of the event loop after being asked, and remembers what it was sent. */
class InlineWorker implements WorkerLike {
  onmessage: WorkerLike["onmessage"] = null;
  onerror: WorkerLike["onerror"] = null;
  terminated = false;
  readonly jobs: RunJob[] = [];
  constructor(private readonly run: ReplicationRunner = fakeRun) {}
  postMessage(job: RunJob): void {
    this.jobs.push(job);
    setTimeout(() => runReplicationJob(job, this.run, (data) => {
      if (!this.terminated) this.onmessage?.({ data } as MessageEvent<WorkerReply>);
    }), 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe("replication job and simulation client", () => {
  it("runReplicationJob(job, run, reply) reports one output per scenario and index, index by index, then done", () => {
    const replies: WorkerReply[] = [];
    runReplicationJob({ type: "run", jobId: 7, tasks: tasks(1, 2), replications: [0, 2] }, fakeRun, (m) => replies.push(m));
    expect(replies.map((r) => (r.type === "output" ? `${r.key}:${r.output.replication}` : r.type))).toEqual([
      "s0:0", "s1:0", "s0:2", "s1:2", "done",
    ]);
    expect(replies.every((r) => r.jobId === 7)).toBe(true);
  });

  it("runReplicationJob(job, run, reply) stops at the first throw and names the scenario and replication", () => {
    const replies: WorkerReply[] = [];
    const failing: ReplicationRunner = (s, r) => {
      if (r === 1) throw new Error("no lanes open");
      return fakeRun(s, r);
    };
    runReplicationJob({ type: "run", jobId: 1, tasks: tasks(1), replications: [0, 1, 2] }, failing, (m) => replies.push(m));
    expect(replies.map((r) => r.type)).toEqual(["output", "failed"]);
    expect(replies[1]).toEqual({ type: "failed", jobId: 1, message: 'scenario "s0", replication 1: no lanes open' });
  });

  it("runReplicationJob(job, run, reply) names a failing task by its label when it has one (a sweep value, a configuration, a design point)", () => {
    const replies: WorkerReply[] = [];
    const failing: ReplicationRunner = () => {
      throw new Error("no lanes open");
    };
    const [task] = tasks(1);
    runReplicationJob({ type: "run", jobId: 2, tasks: [{ ...task!, label: '"seals" at seals.share=0.5' }], replications: [0] }, failing, (m) => replies.push(m));
    expect(replies).toEqual([{ type: "failed", jobId: 2, message: '"seals" at seals.share=0.5, replication 0: no lanes open' }]);
  });

  it("SimulationClient.run(tasks, n) shares replications among workers and returns them in order, as one worker would", async () => {
    const workers: InlineWorker[] = [];
    const client = new SimulationClient({ workers: 3, createWorker: () => workers[workers.push(new InlineWorker()) - 1] as InlineWorker });
    const progress: string[] = [];
    const outputs = await client.run(tasks(1, 2), 7, (done, total) => progress.push(`${done}/${total}`));
    expect(workers.map((w) => w.jobs[0]?.replications)).toEqual([[0, 3, 6], [1, 4], [2, 5]]);
    const single = new Map<string, ReplicationOutput[]>();
    runReplicationJob({ type: "run", jobId: 0, tasks: tasks(1, 2), replications: [0, 1, 2, 3, 4, 5, 6] }, fakeRun, (m) => {
      if (m.type === "output") single.set(m.key, [...(single.get(m.key) ?? []), m.output]);
    });
    expect(outputs).toEqual(single);
    expect(progress).toHaveLength(14);
    expect(progress.at(-1)).toBe("14/14");
    expect(client.busy).toBe(false);
  });

  it("SimulationClient.run(tasks, n, onProgress, first) runs replications first..first+n-1, shared among workers", async () => {
    const workers: InlineWorker[] = [];
    const client = new SimulationClient({ workers: 2, createWorker: () => workers[workers.push(new InlineWorker()) - 1] as InlineWorker });
    const progress: string[] = [];
    const outputs = await client.run(tasks(1), 3, (done, total) => progress.push(`${done}/${total}`), 4);
    expect(workers.map((w) => w.jobs[0]?.replications)).toEqual([[4, 6], [5]]);
    expect(outputs.get("s0")?.map((o) => o.metrics["system.value"])).toEqual([104, 105, 106]);
    expect(progress.at(-1)).toBe("3/3");
  });

  it("SimulationClient.run(tasks, n) reuses its workers for the next job", async () => {
    let made = 0;
    const client = new SimulationClient({ workers: 2, createWorker: () => (made++, new InlineWorker()) });
    await client.run(tasks(1), 4);
    await client.run(tasks(2), 4);
    expect(made).toBe(2);
  });

  it("SimulationClient.cancel() rejects the job, terminates its workers, and the next job gets new ones", async () => {
    const workers: InlineWorker[] = [];
    const client = new SimulationClient({ workers: 2, createWorker: () => workers[workers.push(new InlineWorker()) - 1] as InlineWorker });
    const job = client.run(tasks(1), 10);
    expect(client.busy).toBe(true);
    expect(client.cancel()).toBe(true);
    await expect(job).rejects.toBeInstanceOf(CancelledError);
    expect(workers.map((w) => w.terminated)).toEqual([true, true]);
    expect(client.cancel()).toBe(false);
    const outputs = await client.run(tasks(1), 2);
    expect(outputs.get("s0")?.map((o) => o.replication)).toEqual([0, 1]);
    expect(workers).toHaveLength(4);
  });

  it("SimulationClient.run(tasks, n) cancels the job still running before it starts", async () => {
    const client = new SimulationClient({ workers: 1, createWorker: () => new InlineWorker() });
    const first = client.run(tasks(1), 3);
    const second = client.run(tasks(2), 3);
    await expect(first).rejects.toBeInstanceOf(CancelledError);
    expect((await second).get("s0")?.map((o) => o.metrics["system.value"])).toEqual([200, 201, 202]);
  });

  it("SimulationClient.run(tasks, n) rejects with the worker's message when a replication fails", async () => {
    const client = new SimulationClient({ workers: 2, createWorker: () => new InlineWorker(() => { throw new Error("boom"); }) });
    await expect(client.run(tasks(1), 2)).rejects.toThrow(/scenario "s0", replication [01]: boom/);
    expect(client.busy).toBe(false);
  });

  it("SimulationClient.run(tasks, n) rejects when a worker cannot start", async () => {
    class BrokenWorker extends InlineWorker {
      override postMessage(): void {
        setTimeout(() => this.onerror?.({ message: "SyntaxError in worker", preventDefault: () => {} } as ErrorEvent), 0);
      }
    }
    const client = new SimulationClient({ workers: 1, createWorker: () => new BrokenWorker() });
    await expect(client.run(tasks(1), 1)).rejects.toThrow("the simulation worker stopped: SyntaxError in worker");
  });
});
