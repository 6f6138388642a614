import { describe, expect, it } from "vitest";
import type { ReplicationOutput, Scenario } from "../../../../src/scenario/index.js";
import { cachingExecutor } from "../../../../src/scenario/study/optimize/caching-executor.js";
import { configurationAt } from "../../../../src/scenario/study/optimize/configurations.js";
import { firstBatch } from "../../../../src/scenario/study/optimize/first-batch.js";
import { loadOptimizationStudy } from "../../../../src/scenario/study/optimize/load-study.js";
import { batchProblems, checkOptimizationParts, runOptimizationShard } from "../../../../src/scenario/study/optimize/optimization-part.js";
import { runOptimization, type OptimizationExecutor, type OptimizationUnit } from "../../../../src/scenario/study/optimize/run-optimization.js";
import { seededNormals } from "../../../stats/seeded-normals.js";

// The synthetic capacity problem of run-optimization.test.ts: a costs 3 and buys 1 unit, b costs 2 and
// buys 0.2; the target g = 10.5 - a - 0.2 b <= 0 (tolerance 0.25). Replication r of every configuration
// shares half its noise (common random numbers), so an output is a pure function of (configuration, replication).
function study(max: number, more: Record<string, unknown> = {}) {
  const loaded = loadOptimizationStudy(JSON.stringify({
    scenario: "synthetic.json",
    decisions: [{ path: "a", min: 0, max }, { path: "b", min: 0, max }],
    cost: { a: 3, b: 2 },
    constraints: [{ metric: "g", max: 0, tolerance: 0.25 }],
    indifference: 1,
    ...more,
  }), "synthetic.study.json");
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.study;
}
type Study = ReturnType<typeof study>;

/** A synthetic executor that records every request (one list per call). */
function executor(s: Study): OptimizationExecutor & { calls: OptimizationUnit[][] } {
  const common = seededNormals("run-common", 1000);
  const own = new Map<number, number[]>();
  const calls: OptimizationUnit[][] = [];
  const execute = async (batch: readonly OptimizationUnit[]): Promise<ReplicationOutput[]> => {
    calls.push([...batch]);
    return batch.map((u) => {
      const { a, b } = configurationAt(s, u.configuration).decisions as { a: number; b: number };
      let o = own.get(u.configuration);
      if (o === undefined) {
        o = seededNormals(`run-${u.configuration}`, 1000);
        own.set(u.configuration, o);
      }
      const noise = Math.sqrt(0.5) * ((common[u.replication] as number) + (o[u.replication] as number));
      return { replication: u.replication, warmup: 0, metrics: { g: 10.5 - a - 0.2 * b + noise } };
    });
  };
  return Object.assign(execute, { calls });
}

const scenario = { name: "synthetic", seed: 1 } as Scenario;
const specOf = (s: Study) => ({ studyFile: "synthetic.study.json", study: s, scenarioFile: "synthetic.json", scenarioText: "{}", overrides: ["horizon=100"] });
const units = (list: readonly OptimizationUnit[]): string[] => list.map((u) => `${u.configuration}#${u.replication}`);

/** The parts of every shard of `count`, as read back from their files, in reverse order. */
async function parts(s: Study, count: number): Promise<{ file: string; data: unknown }[]> {
  const out = [];
  for (let index = count; index >= 1; index--) {
    const part = await runOptimizationShard(specOf(s), scenario, { index, count }, executor(s));
    out.push({ file: `p${index}.json`, data: JSON.parse(JSON.stringify(part)) as unknown });
  }
  return out;
}

describe("firstBatch(study, scenario, execute)", () => {
  it("firstBatch of a space run whole is the pilot, then every configuration's first stage, the pilot's replication left out", async () => {
    const s = study(2, { firstStageReplications: 3 }); // 9 configurations, run whole
    const execute = executor(s);
    const batch = await firstBatch(s, scenario, execute);
    const expected = ["0#0", "0#1", "0#2"];
    for (let c = 1; c < 9; c++) expected.push(`${c}#0`, `${c}#1`, `${c}#2`);
    expect(units(batch.units)).toEqual(expected);
    // only the pilot ran; its output is the executor's
    expect(execute.calls.map(units)).toEqual([["0#0"]]);
    expect(batch.outputs).toEqual(await executor(s)([{ configuration: 0, replication: 0 }]));
  });

  it("firstBatch of a searched space is the first start's (the centre's) first stage", async () => {
    const s = study(29, { firstStageReplications: 4 }); // 900 configurations > maxConfigurations 500
    const batch = await firstBatch(s, scenario, executor(s));
    const centre = 14 * 30 + 14; // a = 14, b = 14: the centre of 0..29 x 0..29, the first decision slowest
    expect(units(batch.units)).toEqual([0, 1, 2, 3].map((r) => `${centre}#${r}`));
    expect(batch.outputs).toHaveLength(1);
  });
});

describe("cachingExecutor(given, execute)", () => {
  it("cachingExecutor answers given units from them, runs the others once, and counts both", async () => {
    const s = study(2);
    const run = executor(s);
    const given = { unit: { configuration: 4, replication: 1 }, output: { replication: 1, warmup: 0, metrics: { g: 123 } } };
    const cached = cachingExecutor([given], run);
    const asked = [{ configuration: 4, replication: 1 }, { configuration: 2, replication: 0 }, { configuration: 2, replication: 0 }];
    const got = await cached.execute(asked);
    expect(got[0]).toBe(given.output);
    expect(got[1]).toBe(got[2]);
    expect(run.calls.map(units)).toEqual([["2#0"]]);
    await cached.execute([{ configuration: 2, replication: 0 }, { configuration: 4, replication: 1 }]);
    expect(run.calls).toHaveLength(1);
    expect([cached.fromGiven(), cached.ran()]).toEqual([1, 1]);
  });
});

describe("runOptimizationShard(spec, scenario, shard, execute) and checkOptimizationParts(parts)", () => {
  for (const [what, s] of [["a space run whole (36 configurations)", study(5)], ["a searched space (900 configurations)", study(29)]] as const) {
    it(`the procedure run with the outputs of 1, 2, 3 or 4 shards' parts gives runOptimization's result: ${what}`, async () => {
      const whole = JSON.stringify(await runOptimization(s, scenario, executor(s)));
      const asked = (await firstBatch(s, scenario, executor(s))).units;
      for (const count of [1, 2, 3, 4]) {
        const checked = checkOptimizationParts(await parts(s, count));
        if (!checked.ok) throw new Error(checked.problems.join("\n"));
        expect(units(checked.units)).toEqual(units(asked));
        expect(batchProblems(checked, asked)).toEqual([]);
        const run = executor(s);
        const cached = cachingExecutor(checked.units.map((unit, i) => ({ unit, output: checked.outputs[i] as ReplicationOutput })), run);
        const result = await runOptimization(s, scenario, cached.execute);
        expect(JSON.stringify(result)).toBe(whole);
        // every unit of the parts was used, and none of them ran again
        expect(cached.fromGiven()).toBe(asked.length);
        const ranAgain = run.calls.flat().filter((u) => asked.some((a) => a.configuration === u.configuration && a.replication === u.replication));
        expect(ranAgain).toEqual([]);
        expect(cached.fromGiven() + cached.ran()).toBe(result.search.replications);
      }
    });
  }

  it("runOptimizationShard(shard 2 of 3) holds the batch's units 1, 4, 7 ... with their configuration and replication", async () => {
    const s = study(2, { firstStageReplications: 3 });
    const part = await runOptimizationShard(specOf(s), scenario, { index: 2, count: 3 }, executor(s));
    expect(part.command).toBe("optimize");
    expect(part.units).toEqual([1, 4, 7, 10, 13, 16, 19, 22, 25]);
    expect(units(part.runs)).toEqual(["0#1", "1#1", "2#1", "3#1", "4#1", "5#1", "6#1", "7#1", "8#1"]);
    expect(part.outputs.map((o) => o.replication)).toEqual(part.runs.map((r) => r.replication));
    expect(part.study).toMatchObject({ batch: 27, overrides: ["horizon=100"], scenarioText: "{}" });
  });

  it("batchProblems(parts, asked) names the file holding a unit the procedure does not ask for there", async () => {
    const s = study(2, { firstStageReplications: 3 });
    const read = await parts(s, 2);
    const p1 = read.find((p) => p.file === "p1.json")?.data as { runs: OptimizationUnit[] };
    p1.runs[1] = { configuration: 7, replication: 2 };
    const checked = checkOptimizationParts(read);
    if (!checked.ok) throw new Error(checked.problems.join("\n"));
    const asked = (await firstBatch(s, scenario, executor(s))).units;
    expect(batchProblems(checked, asked)).toEqual(["p1.json: unit 2 of the first batch is configuration 7 replication 2, but this study's procedure asks for configuration 0 replication 2 there; were the parts written by another version of borderflow, or edited?"]);
    expect(batchProblems(checked, asked.slice(1))[0]).toMatch(/^p2\.json: the parts hold a first batch of 27 replications, but this study's procedure asks for 26 first/);
  });
});
