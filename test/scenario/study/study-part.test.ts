import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  compareKind, loadScenario, mergeParts, pairedDifferences, runKind, runReplication, runShardOfStudy, runWholeStudy,
  studyHeader, summarizeStudy, sweepKind, type ReplicationOutput, type Scenario, type StudyKind, type StudyUnit,
} from "../../../src/scenario/index.js";

function scenario(file: string, overrides: string[] = []): Scenario {
  const loaded = loadScenario(readFileSync(file, "utf8"), file, overrides);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.scenario;
}

const sequential = async (units: readonly StudyUnit[]): Promise<ReplicationOutput[]> => units.map((u) => runReplication(u.scenario, u.replication));
const short = ["horizon=1500", "warmup=100"];
const mm1 = scenario("scenarios/mm1.json", short);
const mmc = scenario("scenarios/mmc.json", [...short, "seed=" + String(scenario("scenarios/mm1.json").seed)]);
const tandemAt = (servers: number): Scenario => scenario("scenarios/tandem.json", [...short, `stations.0.servers=${servers}`]);

/** Parts of every shard of `count`, as they would be read back from their files. */
async function parts<S, R>(kind: StudyKind<S, R>, spec: S, count: number): Promise<{ file: string; data: unknown }[]> {
  const out = [];
  for (let index = count; index >= 1; index--) {
    const part = await runShardOfStudy(kind, spec, { index, count }, sequential);
    out.push({ file: `p${index}.json`, data: JSON.parse(JSON.stringify(part)) as unknown });
  }
  return out;
}

describe("mergeParts(parts)", () => {
  it("mergeParts(run parts) gives the summary of all replications in order, whatever the shard count", async () => {
    const spec = { scenario: mm1, replications: 5 };
    const outputs = await sequential([0, 1, 2, 3, 4].map((replication) => ({ scenario: mm1, replication })));
    const expected = JSON.stringify(summarizeStudy(studyHeader(mm1), outputs));
    for (const count of [1, 2, 3, 7]) {
      const merged = mergeParts(await parts(runKind, spec, count));
      if (!merged.ok) throw new Error(merged.problems.join("\n"));
      expect(merged.command).toBe("run");
      expect(JSON.stringify(merged.result)).toBe(expected);
    }
  });

  it("mergeParts(compare parts) gives each scenario's study and the paired differences against the base", async () => {
    const spec = { scenarios: [mm1, mmc], replications: 4 };
    const reps = [0, 1, 2, 3];
    const a = await sequential(reps.map((replication) => ({ scenario: mm1, replication })));
    const b = await sequential(reps.map((replication) => ({ scenario: mmc, replication })));
    const expected = {
      results: [summarizeStudy(studyHeader(mm1), a), summarizeStudy(studyHeader(mmc), b)],
      differences: pairedDifferences({ scenario: mm1.name, outputs: a }, { scenario: mmc.name, outputs: b }),
    };
    const merged = mergeParts(await parts(compareKind, spec, 3));
    if (!merged.ok) throw new Error(merged.problems.join("\n"));
    expect(JSON.stringify(merged.result)).toBe(JSON.stringify(expected));
    expect(merged.rows.filter((r) => r.kind === "difference").length).toBe(expected.differences.length);
  });

  it("mergeParts(sweep parts) equals runWholeStudy of the same sweep", async () => {
    const spec = { parameter: "stations.0.servers", values: [1, 2], scenarios: [tandemAt(1), tandemAt(2)], replications: 3 };
    const whole = await runWholeStudy(sweepKind, spec, sequential);
    const merged = mergeParts(await parts(sweepKind, spec, 4));
    if (!merged.ok) throw new Error(merged.problems.join("\n"));
    expect(JSON.stringify(merged.result)).toBe(JSON.stringify(whole));
  });

  it("mergeParts reads a part of the first format (run --shard before compare and sweep could shard) as a run part", async () => {
    const outputs = await sequential([0, 1, 2].map((replication) => ({ scenario: mm1, replication })));
    const mm1Three = { ...mm1, replications: 3 } as Scenario;
    const old = (index: number) => ({
      file: `old${index}.json`,
      data: JSON.parse(JSON.stringify({ format: "borderflow-part/1", scenario: mm1Three, shard: { index, count: 2 }, outputs: outputs.filter((o) => o.replication % 2 === index - 1) })) as unknown,
    });
    const merged = mergeParts([old(1), old(2)]);
    if (!merged.ok) throw new Error(merged.problems.join("\n"));
    expect(JSON.stringify(merged.result)).toBe(JSON.stringify(summarizeStudy(studyHeader(mm1Three), outputs)));
  });

  it("mergeParts lists a missing shard, a shard given twice and parts of another study", async () => {
    const [p2, p1] = await parts(runKind, { scenario: mm1, replications: 4 }, 2);
    const [other] = await parts(runKind, { scenario: mm1, replications: 5 }, 1);
    const merged = mergeParts([p1!, { ...p1!, file: "copy.json" }, { ...other!, file: "other.json" }]);
    expect(merged.ok).toBe(false);
    if (merged.ok) return;
    expect(merged.problems).toContain("copy.json: shard 1/2 was already given by p1.json");
    expect(merged.problems.join("\n")).toMatch(/other.json: its study .* differs from that of p1.json/);
    expect(merged.problems).toContain("shard 2/2 is missing");
    expect(p2).toBeDefined();
  });

  it("mergeParts refuses parts of different commands, unknown commands and unknown formats, naming each file", async () => {
    const [run] = await parts(runKind, { scenario: mm1, replications: 2 }, 1);
    const [compare] = await parts(compareKind, { scenarios: [mm1, mmc], replications: 2 }, 1);
    const mixed = mergeParts([run!, { ...compare!, file: "c.json" }]);
    expect(mixed.ok ? [] : mixed.problems).toContain('c.json: is a part of "compare", but p1.json is a part of "run"; merge the parts of one study at a time');
    const unknown = mergeParts([{ file: "u.json", data: { ...(run!.data as object), command: "dance" } }]);
    expect(unknown.ok ? [] : unknown.problems).toEqual(['u.json: command: a part of "dance", which this borderflow cannot merge; allowed: run, compare, sweep, sensitivity, uncertainty']);
    const newer = mergeParts([{ file: "n.json", data: { format: "borderflow-part/9" } }]);
    expect(newer.ok ? "" : newer.problems.join()).toMatch(/n.json: "format": "borderflow-part\/9" is not a part format this borderflow reads/);
    const junk = mergeParts([{ file: "j.json", data: [1, 2] }]);
    expect(junk.ok ? "" : junk.problems.join()).toMatch(/j.json: not a part file/);
  });

  it("mergeParts names the JSON path of a damaged study or output, and a part whose units are not its shard's", async () => {
    const [p] = await parts(compareKind, { scenarios: [mm1, mmc], replications: 2 }, 1);
    const data = JSON.parse(JSON.stringify(p!.data)) as {
      study: { scenarios: { stations: { servers: number }[]; seed: number }[] };
      outputs: { metrics: Record<string, unknown> }[];
      units: number[];
    };
    data.study.scenarios[1]!.stations[0]!.servers = 0;
    data.outputs[2]!.metrics["system.throughput"] = null;
    const merged = mergeParts([{ file: "p.json", data }]);
    const text = merged.ok ? "" : merged.problems.join("\n");
    expect(text).toMatch(/p.json: study.scenarios\[1\].stations\[0\].servers: must be an integer >= 1, got 0/);
    expect(text).toMatch(/p.json: outputs\[2\].metrics\["system.throughput"\]: must be a finite number, got null/);

    const shifted = JSON.parse(JSON.stringify(p!.data)) as { units: number[]; study: { scenarios: { seed: number }[] } };
    shifted.units = [0, 1, 2, 4];
    const wrongUnits = mergeParts([{ file: "p.json", data: shifted }]);
    expect(wrongUnits.ok ? "" : wrongUnits.problems.join()).toMatch(/p.json: holds units \[0,1,2,4\] with 4 outputs, but shard 1\/1 of this 4-unit study should hold units \[0,1,2,3\]/);

    shifted.units = [0, 1, 2, 3];
    shifted.study.scenarios[1]!.seed += 1;
    const unpaired = mergeParts([{ file: "p.json", data: shifted }]);
    expect(unpaired.ok ? "" : unpaired.problems.join()).toMatch(/p.json: study.scenarios\[1\].seed: must equal the base's seed/);
  });
});

describe("runWholeStudy(kind, spec, execute, done)", () => {
  it("runWholeStudy with the first units done runs only the rest and gives the same result", async () => {
    const spec = { scenarios: [mm1, mmc], replications: 3 };
    const ran: StudyUnit[] = [];
    const counting = async (units: readonly StudyUnit[]) => {
      ran.push(...units);
      return sequential(units);
    };
    const done = await sequential([0, 1, 2].map((replication) => ({ scenario: mm1, replication })));
    const result = await runWholeStudy(compareKind, spec, counting, done);
    expect(ran.map((u) => [u.scenario.name, u.replication])).toEqual([[mmc.name, 0], [mmc.name, 1], [mmc.name, 2]]);
    expect(JSON.stringify(result)).toBe(JSON.stringify(await runWholeStudy(compareKind, spec, sequential)));
  });

  it("runWholeStudy refuses done outputs that are not the first units'", async () => {
    const done = await sequential([{ scenario: mm1, replication: 1 }]);
    await expect(runWholeStudy(runKind, { scenario: mm1, replications: 2 }, sequential, done)).rejects.toThrow(/output 0 is of replication 1/);
  });
});
