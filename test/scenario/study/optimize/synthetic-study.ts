// Test helpers for sharded optimisations: a synthetic study whose outputs are a pure function of
// (configuration, replication), its executor, and the parts of every shard.
import type { ReplicationOutput, Scenario } from "../../../../src/scenario/index.js";
import { configurationAt } from "../../../../src/scenario/study/optimize/configurations.js";
import { loadOptimizationStudy } from "../../../../src/scenario/study/optimize/load-study.js";
import type { OptimizationExecutor, OptimizationUnit } from "../../../../src/scenario/study/optimize/run-optimization.js";
import { runOptimizationShard } from "../../../../src/scenario/study/optimize/optimization-part.js";
import { seededNormals } from "../../../stats/seeded-normals.js";

// The synthetic capacity problem of run-optimization.test.ts: a costs 3 and buys 1 unit, b costs 2 and
// buys 0.2; the target g = 10.5 - a - 0.2 b <= 0 (tolerance 0.25). Replication r of every configuration
// shares half its noise (common random numbers), so an output is a pure function of (configuration, replication).
export function study(max: number, more: Record<string, unknown> = {}) {
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
export type Study = ReturnType<typeof study>;

/** A synthetic executor that records every request (one list per call). */
export function executor(s: Study): OptimizationExecutor & { calls: OptimizationUnit[][] } {
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

/** The base scenario: only its name and seed are read. */
export const scenario = { name: "synthetic", seed: 1 } as Scenario;
/** The study as an optimisation part carries it. */
export const specOf = (s: Study) => ({ studyFile: "synthetic.study.json", study: s, scenarioFile: "synthetic.json", scenarioText: "{}", overrides: ["horizon=100"] });
/** Units as "configuration#replication". */
export const units = (list: readonly OptimizationUnit[]): string[] => list.map((u) => `${u.configuration}#${u.replication}`);

/** The parts of every shard of `count`, as read back from their files, in reverse order. */
export async function parts(s: Study, count: number): Promise<{ file: string; data: unknown }[]> {
  const out = [];
  for (let index = count; index >= 1; index--) {
    const part = await runOptimizationShard(specOf(s), scenario, { index, count }, executor(s));
    out.push({ file: `p${index}.json`, data: JSON.parse(JSON.stringify(part)) as unknown });
  }
  return out;
}

