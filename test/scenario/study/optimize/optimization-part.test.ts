import { describe, expect, it } from "vitest";
import type { ReplicationOutput } from "../../../../src/scenario/index.js";
import { cachingExecutor } from "../../../../src/scenario/study/optimize/caching-executor.js";
import { firstBatch } from "../../../../src/scenario/study/optimize/first-batch.js";
import { batchProblems, checkOptimizationParts, runOptimizationShard } from "../../../../src/scenario/study/optimize/optimization-part.js";
import { outputDifference } from "../../../../src/scenario/study/replication-output.js";
import { runOptimization, type OptimizationUnit } from "../../../../src/scenario/study/optimize/run-optimization.js";
import { executor, parts, scenario, specOf, study, units } from "./synthetic-study.js";

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

  it("checkOptimizationParts(parts claiming a first batch of 2,000,000 or 10^15 replications) refuses them at once, in a message of reasonable length", async () => {
    // The batch size is a number in the file: a damaged or hostile one made merge list every unit it
    // claims (10^9 crashed Node with a fatal "invalid size error" instead of exiting 2).
    for (const batch of [2_000_000, 1e15]) {
      const read = await parts(study(2, { firstStageReplications: 3 }), 1);
      (read[0]?.data as { study: { batch: number } }).study.batch = batch;
      const checked = checkOptimizationParts(read);
      expect(checked.ok).toBe(false);
      if (checked.ok) return;
      expect(checked.problems[0]).toMatch(new RegExp(`^p1\\.json: holds units \\[0,1,2,.*,26\\] with 27 outputs, but shard 1/1 of this ${batch}-unit study should hold units \\[0,1,2,`));
      expect(checked.problems.join("\n").length).toBeLessThan(20_000);
    }
  });

  it("outputDifference(held, again) is null for an output read back through JSON (-0 and NaN included) and names the first field that differs", () => {
    const output: ReplicationOutput = { replication: 0, warmup: 5, metrics: { a: -0, b: 1.5 }, series: { s: [1, Number.NaN] } };
    const held = JSON.parse(JSON.stringify(output)) as ReplicationOutput;
    expect(outputDifference(held, output)).toBeNull();
    expect(outputDifference(held, { ...output, warmup: 6 })).toBe("its warmup is 5 in the part and 6 here");
    expect(outputDifference(held, { ...output, metrics: { a: 0, b: 1.25 } })).toBe('its metric "b" is 1.5 in the part and 1.25 here');
    expect(outputDifference(held, { ...output, metrics: { a: 0, b: 1.5, c: 2 } })).toBe('its metric "c" is absent in the part and 2 here');
    expect(outputDifference(held, { ...output, series: { s: [1, 2] } })).toBe("its series differ from those run here");
  });
});
