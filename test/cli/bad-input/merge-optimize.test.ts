import { beforeAll, describe, expect, it } from "vitest";
import { SHORT, cli, edited, expectRefused } from "./harness.js";

type Part = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

// Parts of a quick optimisation (6 configurations run whole, 10 first-stage replications each).
const STUDY = ["optimize", "scenarios/mmc-staffing.study.json", "--horizon", "2000", "--warmup", "100", "--workers", "1", "--quiet"];
let p1 = "";
let p2 = "";
let runPart = "";

beforeAll(async () => {
  const one = await cli([...STUDY, "--shard", "1/2"]);
  const two = await cli([...STUDY, "--shard", "2/2"]);
  const run = await cli(["run", "scenarios/mm1.json", ...SHORT, "--replications", "2", "--shard", "2/2"]);
  expect([one.code, two.code, run.code], one.err + two.err + run.err).toEqual([0, 0, 0]);
  p1 = one.out;
  p2 = two.out;
  runPart = run.out;
});

describe("bad input: merge checks optimize parts like any part, and that they hold the batch the procedure asks for", () => {
  it("main(['merge', P1, P2]) of good optimize parts exits 0 (the parts below differ from these in one thing each)", async () => {
    const r = await cli(["merge", "p1.json", "p2.json", "--format", "json", "--workers", "1", "--quiet"], { "p1.json": p1, "p2.json": p2 });
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out).evaluated).toHaveLength(6);
  });

  // The files are made when each test runs, after beforeAll has written the parts.
  const both = (edit: (p: Part) => void) => () => ({ "p1.json": edited(p1, edit), "p2.json": edited(p2, edit) });
  const cases: [string, () => Record<string, string>, string[], string, RegExp][] = [
    ["a missing shard", () => ({ "p1.json": p1 }), ["p1.json"], "shard 2/2 is missing", /missing/],
    ["a shard given twice", () => ({ "a.json": p1, "b.json": p1 }), ["a.json", "b.json"], "b.json: shard 1/2 was already given by a.json", /shard 2\/2 is missing/],
    ["parts of different studies (another seed)", () => ({ "p1.json": p1, "p2.json": edited(p2, (p) => void p.study.overrides.push("seed=7")) }), ["p1.json", "p2.json"],
      "p2.json: its study (scenarios, replications, parameters) differs from that of p1.json", /same files and options/],
    ["a tampered output (a metric that is not a number)", () => ({ "p1.json": p1, "p2.json": edited(p2, (p) => void (p.outputs[0].metrics["stations.desks.waitInQueue"] = "0.1")) }), ["p1.json", "p2.json"],
      'p2.json: outputs[0].metrics["stations.desks.waitInQueue"]:', /must be a finite number, got "0\.1"/],
    ["an output of another replication than its run says", () => ({ "p1.json": p1, "p2.json": edited(p2, (p) => void (p.outputs[1].replication = 0)) }), ["p1.json", "p2.json"],
      "p2.json: outputs[1] is of replication 0, but runs[1] says replication", /runs\[1\] says replication \d+/],
    ["a run naming a configuration the study does not have", () => ({ "p1.json": p1, "p2.json": edited(p2, (p) => void (p.runs[0].configuration = 6)) }), ["p1.json", "p2.json"],
      "p2.json: runs[0]:", /must be \{ "configuration": C, "replication": R \} with 0 <= C < 6/],
    ["a run moved to another configuration of the study", () => ({ "p1.json": p1, "p2.json": edited(p2, (p) => void (p.runs[0].configuration = 3)) }), ["p1.json", "p2.json"],
      "p2.json: unit 1 of the first batch is configuration 3 replication 1, but this study's procedure asks for configuration 0 replication 1 there", /another version of borderflow, or edited/],
    ["units that are not the shard's", () => ({ "p1.json": p1, "p2.json": edited(p2, (p) => void (p.units[0] = 0)) }), ["p1.json", "p2.json"],
      "p2.json: holds units [0,3,", /shard 2\/2 of this 60-unit study should hold units \[1,3,/],
    ["optimize and run parts mixed", () => ({ "p1.json": p1, "run.json": runPart }), ["p1.json", "run.json"],
      'run.json: is a part of "run", but p1.json is a part of "optimize"', /merge the parts of one study at a time/],
    ["a study whose indifference is not > 0 (both parts)", both((p) => void (p.study.study.indifference = 0)), ["p1.json", "p2.json"],
      "p1.json: study.study.indifference:", /must be a number > 0/],
    ["a first batch of 10^9 replications claimed (both parts; Node died of it)", both((p) => void (p.study.batch = 1e9)), ["p1.json", "p2.json"],
      "p1.json: holds units [0,2,", /shard 1\/2 of this 1000000000-unit study should hold units \[0,2,4,.*,1998,\.\.\.\]$/m],
    ["an output edited but well formed (the pilot's mean wait, still a number)", () => ({ "p1.json": edited(p1, (p) => void (p.outputs[0].metrics["stations.desks.waitInQueue"] += 1)), "p2.json": p2 }), ["p1.json", "p2.json"],
      "p1.json: outputs[0] (configuration 0, replication 0) is not what this borderflow computes for it, run again here:", /metric "stations.desks.waitInQueue" is [\d.]+ in the part and [\d.]+ here; were the parts written by another version of borderflow, or edited\?/],
    ["outputs of another horizon than the overrides say (both parts edited alike, as another version's model would give)", both((p) => void (p.study.overrides = ["horizon=3000", "warmup=100"])), ["p1.json", "p2.json"],
      "p1.json: outputs[0] (configuration 0, replication 0) is not what this borderflow computes for it", /is [\d.]+ in the part and [\d.]+ here/],
    ["a scenario text that is not JSON (both parts)", both((p) => void (p.study.scenarioText = "{ nope")), ["p1.json", "p2.json"],
      "p1.json: the optimisation study it carries is not valid:", /scenarios\/mmc\.json: \$: invalid JSON/],
  ];
  for (const [what, files, names, where, allowed] of cases) {
    it(`main(['merge', optimize parts with ${what}]) exits 2 naming the file and what is wrong, and writes nothing`, async () => {
      const r = await cli(["merge", ...names, "--workers", "1", "--quiet", "--out", "m.json"], files());
      expectRefused(r, where, allowed);
    });
  }

  it("main(['merge', optimize parts, '--metric', P]) exits 2: the study file names its metrics", async () => {
    const r = await cli(["merge", "p1.json", "p2.json", "--metric", "stations.*"], { "p1.json": p1, "p2.json": p2 });
    expectRefused(r, "merge of optimize parts does not take --metric", /study file names its metrics/);
  });

  it("main(['merge', optimize parts, '--seed', 3]) exits 2: the parts fix the study", async () => {
    const r = await cli(["merge", "p1.json", "p2.json", "--seed", "3"], { "p1.json": p1, "p2.json": p2 });
    expectRefused(r, "merge combines finished parts and takes no --seed", /give study options to the sharded command/);
  });
});
