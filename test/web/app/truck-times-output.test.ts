import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadScenario, runReplication, truckTimes, type Scenario } from "../../../src/scenario/index.js";
import { runReplicationJob } from "../../../web/app/replication-job.js";
import { truckTimesOutput, truckTimesSeries } from "../../../web/app/truck-times-output.js";
import type { WorkerReply } from "../../../web/app/worker-protocol.js";

function load(file: string, overrides: string[] = []): Scenario {
  const loaded = loadScenario(readFileSync(file, "utf8"), file, overrides);
  if (!loaded.ok) throw new Error(file);
  return loaded.scenario;
}

describe("truckTimesOutput(scenario, replication, target)", () => {
  it("truckTimesOutput(border, r, target) returns truckTimes(border, direction, metric, r) as its one series", () => {
    const scenario = load("scenarios/baseline.json", ["days=3", "warmupDays=1"]);
    const target = { direction: "kz-to-kg", metric: "waitHours" } as const;
    const output = truckTimesOutput(scenario, 2, target);
    expect(truckTimesSeries(target)).toBe("kz-to-kg.waitHours.byTruck");
    expect(output.replication).toBe(2);
    expect(output.metrics).toEqual({});
    expect(output.series?.["kz-to-kg.waitHours.byTruck"]).toEqual(truckTimes(scenario as Scenario & { model: "border" }, "kz-to-kg", "waitHours", 2));
    expect(output.series?.["kz-to-kg.waitHours.byTruck"]?.length).toBeGreaterThan(100);
  });

  it("truckTimesOutput(network scenario, ...) throws a TypeError naming the scenario", () => {
    expect(() => truckTimesOutput(load("scenarios/mm1.json"), 0, { direction: "kg-to-kz", metric: "crossingHours" })).toThrow(/a check needs a border scenario; ".*" is a network scenario/);
  });

  it("runReplicationJob(job with a check task, run, reply) without a truck-times runner replies failed, naming the task", () => {
    const replies: WorkerReply[] = [];
    const scenario = load("scenarios/baseline.json", ["days=2", "warmupDays=1"]);
    runReplicationJob({ type: "run", jobId: 3, tasks: [{ key: "check", scenario, truckTimes: { direction: "kg-to-kz", metric: "crossingHours" } }], replications: [0] }, runReplication, (m) => replies.push(m));
    expect(replies).toEqual([{ type: "failed", jobId: 3, message: 'scenario "check", replication 0: this worker cannot collect per-truck times' }]);
  });
});
