import { beforeAll, describe, expect, it } from "vitest";
import { SHORT, cli, edited, expectRefused } from "./harness.js";

type Part = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let p1 = "";
let p2 = "";

beforeAll(async () => {
  const args = ["run", "scenarios/mm1.json", ...SHORT, "--replications", "4"];
  const one = await cli([...args, "--shard", "1/2"]);
  const two = await cli([...args, "--shard", "2/2"]);
  expect([one.code, two.code]).toEqual([0, 0]);
  p1 = one.out;
  p2 = two.out;
});

describe("bad input: merge checks every part like a scenario file", () => {
  it("main(['merge', P1, P2]) of good parts exits 0 (the parts below differ from these in one thing each)", async () => {
    const r = await cli(["merge", "p1.json", "p2.json", "--format", "json"], { "p1.json": p1, "p2.json": p2 });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).replications).toBe(4);
  });

  const cases: [string, (p: Part) => void, string, RegExp][] = [
    ['"scenario": null', (p) => void (p.study.scenario = null), "p2.json: study.scenario:", /must be a model \(an object whose "model" is one of network, border\), got null/],
    ["an output without metrics", (p) => void delete p.outputs[0].metrics, "p2.json: outputs[0].metrics:", /must be an object of numbers/],
    ["a metric that is null (NaN written by JSON.stringify)", (p) => void (p.outputs[0].metrics["system.throughput"] = null), 'p2.json: outputs[0].metrics["system.throughput"]:', /must be a finite number, got null/],
    ["an invalid embedded scenario", (p) => void (p.study.scenario.stations[0].servers = 0), "p2.json: study.scenario.stations[0].servers:", /must be an integer >= 1, got 0/],
    ["a metric path through __proto__", (p) => void (p.outputs[0].metrics["stations.__proto__.utilization"] = 0.5), "p2.json: outputs[0].metrics", /is not a metric path borderflow writes \(segment "__proto__"\)/],
  ];
  for (const [what, edit, where, allowed] of cases) {
    it(`main(['merge', P1, part with ${what}]) exits 2 naming the part and the JSON path`, async () => {
      const r = await cli(["merge", "p1.json", "p2.json", "--out", "m.json"], { "p1.json": p1, "p2.json": edited(p2, edit) });
      expectRefused(r, where, allowed);
    });
  }

  it("main(['merge', a part claiming 10^8 shards]) exits 2 at once instead of listing 10^8 missing shards", async () => {
    const r = await cli(["merge", "p2.json"], { "p2.json": edited(p2, (p) => void (p.shard = { index: 2, count: 100_000_000 })) });
    expectRefused(r, "p2.json: shard.count:", /must be at most 100000 \(this study has 4 units\), got 100000000/);
  });

  it("main(['merge', part with NaN written in it]) exits 2 with the line and column", async () => {
    const text = p2.replace(/"system\.throughput":[^,]+/, '"system.throughput":NaN');
    expectRefused(await cli(["merge", "p1.json", "p2.json"], { "p1.json": p1, "p2.json": text }), "p2.json: $:", /invalid JSON at line 1, column \d+/);
  });

  it("main(['merge', parts of different seeds]) exits 2 naming both", async () => {
    const other = await cli(["run", "scenarios/mm1.json", ...SHORT, "--replications", "4", "--seed", "7", "--shard", "2/2"]);
    const r = await cli(["merge", "p1.json", "p2.json"], { "p1.json": p1, "p2.json": other.out });
    expectRefused(r, "p2.json: its study (scenarios, replications, parameters) differs from that of p1.json", /same files and options/);
  });

  it("main(['merge', parts of different scenarios]) exits 2", async () => {
    const r = await cli(["merge", "p1.json", "p2.json"], { "p1.json": p1, "p2.json": edited(p2, (p) => void (p.study.scenario.stations[0].servers = 2)) });
    expectRefused(r, "p2.json: its study (scenarios, replications, parameters) differs from that of p1.json", /same files and options/);
  });

  it("main(['merge', P1, P1]) exits 2: a shard given twice, and one missing", async () => {
    const r = await cli(["merge", "a.json", "b.json"], { "a.json": p1, "b.json": p1 });
    expectRefused(r, "b.json: shard 1/2 was already given by a.json", /shard 2\/2 is missing/);
  });

  it("main(['merge', a file that is not a part]) exits 2 saying what a part file is", async () => {
    const r = await cli(["merge", "p1.json", "scenarios/mm1.json"], { "p1.json": p1 });
    expectRefused(r, "scenarios/mm1.json: not a part file", /"format": "borderflow-part\/2"/);
  });

  for (const option of [["--set", "stations.0.servers=2"], ["--seed", "3"], ["--replications", "5"], ["--workers", "2"], ["--horizon", "10"]]) {
    it(`main(['merge', P1, P2, '${option[0]}', ...]) exits 2: merge takes no ${option[0]}`, async () => {
      const r = await cli(["merge", "p1.json", "p2.json", ...option], { "p1.json": p1, "p2.json": p2 });
      expectRefused(r, `merge combines finished parts and takes no ${option[0]}`, /allows only --format \(with --decimal-comma\), --out, --force, --quiet, --progress, --metric, --all and the run caps --max-in-system, --max-arrivals, --max-events/);
    });
  }

  it("main(['merge', part whose first replication was edited]) exits 2: the merge runs that replication again and names the metric that differs", async () => {
    const held = (JSON.parse(p1) as Part).outputs[0].metrics["system.throughput"] as number;
    const r = await cli(["merge", "p1.json", "p2.json", "--out", "m.json"], { "p1.json": edited(p1, (p) => void (p.outputs[0].metrics["system.throughput"] = held * 1.001)), "p2.json": p2 });
    expectRefused(r, `p1.json: outputs[0] (scenario "M/M/1 at utilisation 0.9", replication 0) is not what this borderflow computes for it, run again here: its metric "system.throughput" is ${held * 1.001} in the part and ${held} here`,
      /were the parts written by another version of borderflow, or edited\?/);
  });

  it("main(['merge', P1, P2, '--max-events', N]) runs that check under the cap given: exit 2 below what the replication needs, exit 0 with the result above", async () => {
    const low = await cli(["merge", "p1.json", "p2.json", "--max-events", "10"], { "p1.json": p1, "p2.json": p2 });
    expectRefused(low, 'p1.json: outputs[0] (scenario "M/M/1 at utilisation 0.9", replication 0), run again here to check the parts\' numbers, stopped:', /give merge the same --max-in-system, --max-arrivals, --max-events/);
    const high = await cli(["merge", "p1.json", "p2.json", "--max-events", "100000000", "--format", "json"], { "p1.json": p1, "p2.json": p2 });
    expect(high.code).toBe(0);
    expect(high.out).toBe((await cli(["merge", "p1.json", "p2.json", "--format", "json"], { "p1.json": p1, "p2.json": p2 })).out);
  });
});
