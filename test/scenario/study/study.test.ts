import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  loadScenario, pairedDifferences, runReplication, runStudy, studyHeader, studyPlan, summarizeStudy,
  type ReplicationOutput, type Scenario,
} from "../../../src/scenario/index.js";
import { estimate } from "../../../src/stats/index.js";

function scenario(file: string, overrides: string[] = []): Scenario {
  const loaded = loadScenario(readFileSync(file, "utf8"), file, overrides);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.scenario;
}

const sequential = (s: Scenario) => async (indices: readonly number[]): Promise<ReplicationOutput[]> => indices.map((r) => runReplication(s, r));

describe("paired comparison under common random numbers", () => {
  it("pairedDifferences(base, alternative) is much narrower than the two intervals combined", () => {
    // A modest change, as planners compare: CRN pays most when the two systems are close.
    const short = ["horizon=20000", "warmup=2000", "stations.0.service.mean=0.8"];
    const base = scenario("scenarios/mm1.json", short);
    const faster = scenario("scenarios/mm1.json", [...short, "stations.0.service.mean=0.78"]);
    const n = 10;
    const a = Array.from({ length: n }, (_, r) => runReplication(base, r));
    const b = Array.from({ length: n }, (_, r) => runReplication(faster, r));
    const metric = "system.timeInSystem";
    const ea = estimate(a.map((o) => o.metrics[metric] as number));
    const eb = estimate(b.map((o) => o.metrics[metric] as number));
    const d = pairedDifferences({ scenario: "base", outputs: a }, { scenario: "faster", outputs: b }).find((x) => x.metric === metric);
    expect(d).toBeDefined();
    // Independent runs would give a difference half-width of about sqrt(hwA² + hwB²).
    const independent = Math.hypot(ea.halfWidth as number, eb.halfWidth as number);
    expect(d?.halfWidth as number).toBeLessThan(independent / 3);
    // And the faster desk is faster, with an interval that says so.
    expect(d?.hi as number).toBeLessThan(0);
  });

  it("pairedDifferences(a, b) refuses outputs of different replications", () => {
    const s = scenario("scenarios/mm1.json", ["horizon=500", "warmup=50"]);
    const a = [runReplication(s, 0), runReplication(s, 1)];
    const b = [runReplication(s, 0), runReplication(s, 2)];
    expect(() => pairedDifferences({ scenario: "a", outputs: a }, { scenario: "b", outputs: b })).toThrow(/same replications/);
  });
});

describe("runStudy(plan, execute)", () => {
  it("runStudy with precision R adds replications until the headline half-widths are below R × mean", async () => {
    const s = scenario("scenarios/mm1.json", ["horizon=4000", "warmup=400", "replications=3"]);
    const r = 0.05;
    const run = await runStudy(studyPlan(s, { precision: r, maxReplications: 400 }), sequential(s));
    expect(run.precisionNotMet).toEqual([]);
    expect(run.outputs.length).toBeGreaterThan(3);
    const e = estimate(run.outputs.map((o) => o.metrics["system.timeInSystem"] as number));
    expect(e.halfWidth as number).toBeLessThanOrEqual(r * e.mean);
    expect(run.outputs.map((o) => o.replication)).toEqual(run.outputs.map((_, i) => i));
  });

  it("runStudy with an unreachable precision stops at the maximum and says which metrics fall short", async () => {
    const s = scenario("scenarios/mm1.json", ["horizon=1000", "warmup=100", "replications=2"]);
    const run = await runStudy(studyPlan(s, { precision: 0.001, maxReplications: 6 }), sequential(s));
    expect(run.outputs).toHaveLength(6);
    expect(run.precisionNotMet).toContain("system.timeInSystem");
  });

  it("runStudy refuses precision with a shard", async () => {
    const s = scenario("scenarios/mm1.json", ["horizon=1000", "warmup=100"]);
    await expect(runStudy(studyPlan(s, { precision: 0.1, shard: { index: 1, count: 2 } }), sequential(s))).rejects.toThrow(/--shard/);
  });
});

describe("summarizeStudy(header, outputs)", () => {
  it("summarizeStudy nests dotted metrics and puts quantiles under their metric", () => {
    const s = scenario("scenarios/mm1.json", ["horizon=3000", "warmup=300"]);
    const outputs = [0, 1, 2].map((r) => runReplication(s, r));
    const result = summarizeStudy(studyHeader(s), outputs);
    const tis = result.system["timeInSystem"] as unknown as Record<string, { mean: number }> & { mean: number };
    expect(tis.mean).toBeCloseTo(outputs.reduce((sum, o) => sum + (o.metrics["system.timeInSystem"] as number), 0) / 3, 12);
    expect(tis["p95"]?.mean).toBeGreaterThan(tis.mean);
    expect(result.replications).toBe(3);
  });

  it("summarizeStudy gives null intervals for one replication, never NaN", () => {
    const s = scenario("scenarios/mm1.json", ["horizon=1000", "warmup=100"]);
    const result = summarizeStudy(studyHeader(s), [runReplication(s, 0)]);
    expect(result.system["throughput"]?.halfWidth).toBeNull();
    expect(JSON.stringify(result)).not.toMatch(/NaN|Infinity/);
  });
});
