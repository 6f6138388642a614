import { describe, expect, it } from "vitest";
import type { ReplicationOutput, Scenario } from "../../../src/scenario/index.js";
import { optimizationExecutor, type RangeRunner } from "../../../web/app/optimization-executor.js";
import type { JobTask } from "../../../web/app/worker-protocol.js";

const tasks: JobTask[] = [0, 1, 2].map((i) => ({ key: `c${i}`, scenario: { seed: i } as Scenario }));

/** A runner that records each job and answers seed * 100 + replication, like a replication that depends on nothing else. */
function recordingRunner(): RangeRunner & { jobs: string[] } {
  const jobs: string[] = [];
  return {
    jobs,
    run: async (list, n, onProgress, first) => {
      jobs.push(`${list.map((t) => t.key).join("+")}@${first}x${n}`);
      const out = new Map<string, ReplicationOutput[]>();
      let done = 0;
      for (const t of list) {
        out.set(t.key, Array.from({ length: n }, (_, r) => ({ replication: first + r, warmup: 0, metrics: { v: t.scenario.seed * 100 + first + r } })));
        done += n;
        onProgress(done, list.length * n);
      }
      return out;
    },
  };
}

describe("optimizationExecutor(runner, taskOf, onProgress)", () => {
  it("optimizationExecutor(runner, taskOf, onProgress) sends configurations needing the same replications as one job and answers in unit order", async () => {
    const runner = recordingRunner();
    const progress: string[] = [];
    const execute = optimizationExecutor(runner, (i) => tasks[i], (done, total) => progress.push(`${done}/${total}`));
    const units = [
      { configuration: 0, replication: 1 }, { configuration: 0, replication: 2 },
      { configuration: 2, replication: 1 }, { configuration: 2, replication: 2 },
      { configuration: 1, replication: 0 },
    ];
    const outputs = await execute(units);
    expect(runner.jobs).toEqual(["c0+c2@1x2", "c1@0x1"]);
    expect(outputs.map((o) => o.metrics["v"])).toEqual([1, 2, 201, 202, 100]);
    expect(progress.at(-1)).toBe("5/5");
    await execute([{ configuration: 1, replication: 1 }]);
    expect(progress.at(-1)).toBe("6/6");
  });

  it("optimizationExecutor(runner, taskOf, onProgress) refuses replications that are not consecutive, and unknown configurations", async () => {
    const execute = optimizationExecutor(recordingRunner(), (i) => tasks[i], () => {});
    await expect(execute([{ configuration: 0, replication: 0 }, { configuration: 0, replication: 2 }])).rejects.toThrow(/not consecutive/);
    await expect(execute([{ configuration: 5, replication: 0 }])).rejects.toThrow(/no task for configuration 5/);
  });
});
