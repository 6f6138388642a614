import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { QUICK, cli, expectRefused, filesIn, run, tempFolder } from "./harness.js";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** scenarios/mmc-staffing.study.json after `edit`, as file text; its scenario is scenarios/mmc.json. */
function study(edit: (s: Json) => void): string {
  const s = JSON.parse(readFileSync("scenarios/mmc-staffing.study.json", "utf8")) as Json;
  edit(s);
  return JSON.stringify(s, null, 2);
}

/** A study file in scenarios/ (so its "scenario" finds mmc.json), read from memory. */
const FILE = "scenarios/hostile.study.json";
const OPTIMIZE = ["optimize", FILE, "--horizon", "2000", "--warmup", "100", "--workers", "1", "--quiet"];

describe("bad input: hostile optimisation study files", () => {
  it("a decision range of more values than an array can hold is refused (was: internal error RangeError: Invalid array length)", async () => {
    const files = { [FILE]: study((s) => void (s.decisions = [{ path: "stations.0.servers", min: 0, max: 1e12, step: 1e-9 }])) };
    expectRefused(await cli(OPTIMIZE, files), `${FILE}: decisions[0]`, /at most 1000 are allowed/);
    expectRefused(await cli(["validate", FILE], files), `${FILE}: decisions[0]`, /at most 1000 are allowed/);
  });

  it("a decision range of 10^9 values is refused at once (was: every value listed, heap out of memory)", async () => {
    const files = { [FILE]: study((s) => void (s.decisions = [{ path: "stations.0.servers", min: 1, max: 1e9 }])) };
    const started = Date.now();
    expectRefused(await cli(OPTIMIZE, files), `${FILE}: decisions[0]`, /takes 1000000000 values; at most 1000 are allowed/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("a decision range whose width overflows (min -1e308, max 1e308) is refused", async () => {
    const files = { [FILE]: study((s) => void (s.decisions = [{ path: "stations.0.servers", min: -1e308, max: 1e308 }])) };
    expectRefused(await cli(OPTIMIZE, files), `${FILE}: decisions[0]`, /at most 1000 are allowed/);
  });
});

describe("bad input: a hostile optimize part", () => {
  it("a part whose study decides a range of 10^9 values is refused at once (was: every value listed to count the configurations, heap out of memory)", async () => {
    const made = await cli([...OPTIMIZE.slice(0, 1), "scenarios/mmc-staffing.study.json", ...OPTIMIZE.slice(2), "--shard", "1/1"]);
    expect(made.code, made.err).toBe(0);
    const part = JSON.parse(made.out) as Json;
    part.study.study.decisions = [{ path: "stations.0.servers", min: 1, max: 1e9 }];
    const started = Date.now();
    const r = await cli(["merge", "p.json", "--workers", "1", "--quiet"], { "p.json": JSON.stringify(part) });
    expect(Date.now() - started).toBeLessThan(5000);
    expectRefused(r, "p.json", /decisions\[0\]: takes 1000000000 values; at most 1000 are allowed/);
  });
});

describe("bad input: costs that overflow", () => {
  it("a unit cost that makes a configuration cost Infinity is refused (was: exit 0, 'cost Infinity', every configuration equally dear)", async () => {
    const files = { [FILE]: study((s) => void (s.cost = { "stations.0.servers": 1e308 })) };
    expectRefused(await cli(OPTIMIZE, files), `${FILE}: cost["stations.0.servers"]`, /more than the largest number/);
    expectRefused(await cli(["validate", FILE], files), `${FILE}: cost["stations.0.servers"]`, /more than the largest number/);
  });

  it("costs that overflow only in their sum are refused too", async () => {
    const files = {
      [FILE]: study((s) => {
        s.decisions = [{ path: "stations.0.servers", values: [3, 4] }, { path: "arrivals.0.interarrival.mean", values: [1, 2] }];
        s.cost = { "stations.0.servers": 4e307, "arrivals.0.interarrival.mean": 1e308 };
      }),
    };
    expectRefused(await cli(OPTIMIZE, files), `${FILE}: cost["arrivals.0.interarrival.mean"]`, /more than the largest number/);
  });
});

describe("bad input: sensitivity and uncertainty with --metric on a runaway scenario", () => {
  for (const command of [["sensitivity"], ["uncertainty", "--samples", "3"]]) {
    it(`${command[0]} --metric of a queue with rho >= 1 stops at the cap with exit 2, under --max-in-system (was: internal error RunLimitError, and the cap ignored)`, async () => {
      const r = await cli([...command, "scenarios/mmc.json", "--set", "stations.0.servers=1", "--metric", "system.*", "--max-in-system", "100", "--workers", "1", "--quiet"]);
      expectRefused(r, "stopped: 100 customers in the system at once", /--max-in-system/);
    });
  }
});

describe("bad input: designs too large to hold", () => {
  it("uncertainty --samples 1000000000 is refused at once (was: the worlds built until the heap ran out, 2 GB in 15 s)", async () => {
    const started = Date.now();
    expectRefused(await cli(["uncertainty", "scenarios/mmc.json", ...QUICK, "--samples", "1000000000"]), "--samples", /at most 10000/);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("sensitivity --method morris --trajectories 1000000000 is refused at once (was: the trajectories built until the heap ran out)", async () => {
    const started = Date.now();
    expectRefused(await cli(["sensitivity", "scenarios/mmc.json", ...QUICK, "--method", "morris", "--trajectories", "1000000000"]), "--trajectories", /at most 10000 are allowed/);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe("bad input: replication counts an optimisation cannot hold", () => {
  it("firstStageReplications and maxReplications of 10^9 are refused like --replications (was: accepted, the study never ended)", async () => {
    const files = { [FILE]: study((s) => Object.assign(s, { firstStageReplications: 1e9, maxReplications: 1e9 })) };
    const r = await cli(OPTIMIZE, files);
    expectRefused(r, `${FILE}: firstStageReplications`, /must be an integer >= 2 and <= 100000, got 1000000000/);
    expect(r.err).toContain(`${FILE}: maxReplications: must be an integer >= 2 and <= 100000, got 1000000000`);
    expectRefused(await cli(["validate", FILE], files), `${FILE}: firstStageReplications`, /<= 100000/);
  });

  it("10,000 configurations run whole × 100,000 first-stage replications is refused (10^9 outputs to keep)", async () => {
    const files = {
      [FILE]: study((s) => Object.assign(s, {
        decisions: [{ path: "stations.0.servers", min: 3, max: 102 }, { path: "arrivals.0.interarrival.mean", min: 1, max: 100 }],
        cost: { "stations.0.servers": 1 }, maxConfigurations: 10_000, firstStageReplications: 100_000, maxReplications: 100_000,
      })),
    };
    expectRefused(await cli(OPTIMIZE, files), `${FILE}: firstStageReplications`, /10000 configurations \(the space, run whole\) × firstStageReplications 100000 = 1000000000 replications; at most 1000000/);
  });
});

describe("bad input: a study naming a metric the scenario does not report", () => {
  const cases: [string, (s: Json) => void, string][] = [
    ["a constraint", (s) => void (s.constraints = [{ metric: "stations.nope.waitInQueue", max: 1 }]), "constraints[0].metric"],
    ["the minimised metric", (s) => Object.assign(s, { objective: { minimize: "stations.desks.waitInQeue" }, budget: 10 }), "objective.minimize"],
    ["the cost metric", (s) => { delete s.cost; s.costMetric = "system.cost"; }, "costMetric"],
  ];
  for (const [what, edit, field] of cases) {
    it(`${what}: optimize names the study's field; validate refuses it too (was: validate ok, optimize exit 2 without the JSON path)`, async () => {
      const files = { [FILE]: study(edit) };
      expectRefused(await cli(OPTIMIZE, files), `${FILE}: ${field}: metric "`, /has no value in replication 0 of configuration \{"stations\.0\.servers":3\}/);
      expectRefused(await cli(["validate", FILE, "--horizon", "2000", "--warmup", "100"], files), `${FILE}: ${field}: metric "`, /has no value/);
    });
  }

  it("validate still says ok of a good study", async () => {
    const r = await cli(["validate", "scenarios/mmc-staffing.study.json"]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain("ok (optimisation study, all 6 configurations checked)");
  });
});

/** scenarios/mmc.json with `uncertain` replaced, as file text. */
function declaring(uncertain: Json[]): string {
  const s = JSON.parse(readFileSync("scenarios/mmc.json", "utf8")) as Json;
  s.uncertain = uncertain;
  return JSON.stringify(s, null, 2);
}

describe("bad input: an uncertain input whose range leaves the scenario invalid at one end", () => {
  const cases: [string, Json, string, RegExp][] = [
    ["a horizon whose low end is below the warm-up", { path: "horizon", low: 100, high: 200000, why: "x" }, "uncertain[0].low", /with horizon at 100 .*warmup: must be < horizon \(100\), got 5000/],
    ["a service mean whose high end has an infinite variance", { path: "stations.0.service.mean", low: 2.5, high: 1e300, why: "x" }, "uncertain[0].high", /variance \(Infinity\) must be finite/],
  ];
  for (const [what, declaration, where, allowed] of cases) {
    it(`${what}: validate refuses it, as sensitivity does (was: validate ok, sensitivity exit 2)`, async () => {
      const files = { "u.json": declaring([declaration]) };
      expectRefused(await cli(["validate", "u.json"], files), `u.json: ${where}`, allowed);
      const r = await cli(["sensitivity", "u.json", "--replications", "2", "--workers", "1", "--quiet"], files);
      expect(r.code, r.err).toBe(2);
    });
  }

  it("a range the scenario accepts at both ends still validates", async () => {
    const r = await cli(["validate", "u.json"], { "u.json": declaring([{ path: "horizon", low: 10000, high: 200000, why: "x" }]) });
    expect(r.code, r.err).toBe(0);
  });
});

describe("bad input: a file that never ends (built CLI)", () => {
  it("borderflow validate /dev/zero and optimize of a study whose scenario is /dev/zero stop within seconds with exit 2 (was: read until the memory ran out)", () => {
    const folder = tempFolder();
    const v = run(["validate", "/dev/zero"], folder, 20_000);
    expect(v.signal).toBeNull();
    expectRefused(v, "/dev/zero: cannot read", /larger than 512 MiB, the most borderflow reads/);
    writeFileSync(join(folder, "zero.study.json"), study((s) => void (s.scenario = "../../../../../../../../../../dev/zero")));
    const o = run(["optimize", "zero.study.json", "--quiet"], folder, 20_000);
    expect(o.signal).toBeNull();
    expectRefused(o, "cannot read the study's scenario", /larger than 512 MiB/);
    expect(filesIn(folder)).toEqual(["zero.study.json"]);
  });
});

describe("bad input: one field decided twice under two spellings", () => {
  it("stations.0.servers and stations[0].servers are one field: refused as decided twice (was: exit 0, the first decision's values silently overridden and both costs counted)", async () => {
    const files = {
      [FILE]: study((s) => {
        s.decisions = [{ path: "stations.0.servers", values: [3, 4] }, { path: "stations[0].servers", values: [5, 6] }];
        s.cost = { "stations.0.servers": 1, "stations[0].servers": 1 };
      }),
    };
    expectRefused(await cli(OPTIMIZE, files), `${FILE}: decisions[1].path`, /"stations\[0\]\.servers" is decided twice \(also decisions\[0\], "stations\.0\.servers"\)/);
    expectRefused(await cli(["validate", FILE], files), `${FILE}: decisions[1].path`, /decided twice/);
  });
});

describe("bad input: metric names an object already has", () => {
  it("a study constraint on the metric __proto__ is refused at constraints[0].metric (was: internal error TypeError: estimate: values[0] ... got an object)", async () => {
    const files = { [FILE]: study((s) => void (s.constraints = [{ metric: "__proto__", max: 1 }])) };
    expectRefused(await cli(OPTIMIZE, files), `${FILE}: constraints[0].metric: metric "__proto__" has no value`, /metrics reported: system\.throughput/);
  });

  for (const [command, extra] of [["sensitivity", ["--method", "morris", "--trajectories", "2"]], ["uncertainty", ["--samples", "3"]]] as const) {
    for (const metric of ["constructor", "__proto__", "system.nope"]) {
      it(`merge of ${command} parts whose study.metrics holds ${metric} exits 2 naming the part (was: internal error)`, async () => {
        const args = [command, "scenarios/mmc.json", ...QUICK, ...extra];
        const parts = await Promise.all(["1/2", "2/2"].map((s) => cli([...args, "--shard", s])));
        expect(parts.map((p) => p.code)).toEqual([0, 0]);
        const files = Object.fromEntries(parts.map((p, i) => {
          const part = JSON.parse(p.out) as Json;
          part.study.metrics = [metric];
          return [`p${i + 1}.json`, JSON.stringify(part)];
        }));
        expectRefused(await cli(["merge", "p1.json", "p2.json", "--quiet"], files), "p1.json: study.metrics: the metric", /has no value/);
      });
    }
  }
});

describe("bad input: varying a field that says how the study runs, not what it simulates", () => {
  for (const [path, low, high] of [["seed", 1, 5], ["replications", 2, 10], ["uncertain.0.low", 2.4, 2.6]] as const) {
    it(`an uncertain input on ${path} is refused (was: accepted; sensitivity printed a 'swing' of pure noise or of nothing)`, async () => {
      const files = { "u.json": declaring([{ path: "stations.0.service.mean", low: 2.5, high: 2.8, why: "x" }, { path, low, high, why: "x" }]) };
      expectRefused(await cli(["validate", "u.json"], files), "u.json: uncertain[1].path", /says how the study runs, not what it simulates/);
      expectRefused(await cli(["sensitivity", "u.json", ...QUICK], files), "u.json: uncertain[1].path", /only fields of the model can vary/);
    });
  }

  for (const path of ["seed", "replications", "uncertain.0.low"]) {
    it(`an optimize decision on ${path} is refused (was: exit 0; a seed per configuration silently unpaired the comparisons, the others changed nothing)`, async () => {
      const files = { [FILE]: study((s) => Object.assign(s, { decisions: [{ path, values: [2, 3] }], cost: { [path]: 1 } })) };
      expectRefused(await cli(OPTIMIZE, files), `${FILE}: decisions[0].path`, /says how the study runs, not what it simulates/);
      expectRefused(await cli(["validate", FILE], files), `${FILE}: decisions[0].path`, /only fields of the model can vary/);
    });
  }
});

describe("bad input: a sweep list that does not parse", () => {
  const cases: [string, RegExp][] = [
    ["stations.0.servers=3,,4", /value 2 is empty; separate values with single commas/],
    ["stations.0.servers=", /no values after "="/],
    ["stations.0.servers=[1],2", /value 1 is an array of length 1; a sweep takes numbers, strings or booleans/],
  ];
  for (const [set, allowed] of cases) {
    it(`sweep --set ${set} says what is wrong with the list (was: "sweep needs exactly one --set ... got 0")`, async () => {
      expectRefused(await cli(["sweep", "scenarios/mmc.json", ...QUICK, "--set", set]), `--set ${set}`, allowed);
    });
  }
});

describe("bad input: an option that sets a field the study decides", () => {
  it("optimize --set stations[0].servers=4 on a study deciding stations.0.servers is refused (was: exit 0, the --set silently overridden by every configuration)", async () => {
    const r = await cli([...OPTIMIZE, "--set", "stations[0].servers=4"], { [FILE]: study(() => {}) });
    expectRefused(r, `${FILE}: decisions[0].path`, /is decided by the study, so --set stations\[0\]\.servers=4 would be overridden by every configuration/);
    expectRefused(await cli(["validate", FILE, "--set", "stations.0.servers=4"], { [FILE]: study(() => {}) }), `${FILE}: decisions[0].path`, /would be overridden/);
  });

  it("optimize --horizon on a study deciding the horizon is refused", async () => {
    const files = { [FILE]: study((s) => void s.decisions.push({ path: "horizon", values: [3000, 4000] })) };
    expectRefused(await cli(OPTIMIZE, files), `${FILE}: decisions[1].path`, /--horizon \(horizon=2000\) would be overridden/);
  });
});

describe("bad input: an alpha so small the confidence levels round to 1", () => {
  it("alpha 1e-300 is refused at alpha (was: exit 2 with 'estimate: level must be ... strictly between 0 and 1, got 1', naming neither the file nor the field)", async () => {
    const files = { [FILE]: study((s) => void (s.alpha = 1e-300)) };
    expectRefused(await cli(OPTIMIZE, files), `${FILE}: alpha`, /must be a number >= 0\.000001 and <= 0\.5, got 1e-300/);
  });
});

describe("bad input: merge --metric of analysis parts", () => {
  for (const [command, extra] of [["sensitivity", []], ["uncertainty", ["--samples", "3"]]] as const) {
    it(`merge of ${command} parts with --metric is refused (was: exit 0, --metric silently ignored, even 'nope' or '')`, async () => {
      const args = [command, "scenarios/mmc.json", ...QUICK, ...extra];
      const parts = await Promise.all(["1/2", "2/2"].map((s) => cli([...args, "--shard", s])));
      const files = { "p1.json": parts[0]?.out ?? "", "p2.json": parts[1]?.out ?? "" };
      for (const metric of ["nope", "system.*"]) {
        expectRefused(await cli(["merge", "p1.json", "p2.json", "--quiet", "--metric", metric, "--out", "r.txt"], files), `merge of ${command} parts does not take --metric`, /give --metric to "borderflow/);
      }
      // An empty pattern is refused as such, when the options are read, before any part is read.
      expectRefused(await cli(["merge", "p1.json", "p2.json", "--quiet", "--metric", "", "--out", "r.txt"], files), `--metric: metric pattern "" is not a dotted path`, /letters, digits, - and _/);
      expect((await cli(["merge", "p1.json", "p2.json", "--quiet"], files)).code).toBe(0);
    });
  }
});

describe("bad input: --all where it means nothing", () => {
  const cases: [string, string[]][] = [
    ["sensitivity", ["sensitivity", "scenarios/mmc.json", ...QUICK]],
    ["uncertainty", ["uncertainty", "scenarios/mmc.json", ...QUICK, "--samples", "3"]],
    ["optimize", [...OPTIMIZE.slice(0, 1), "scenarios/mmc-staffing.study.json", ...OPTIMIZE.slice(2)]],
  ];
  for (const [command, args] of cases) {
    it(`${command} --all is refused (was: exit 0, --all silently ignored)`, async () => {
      expectRefused(await cli([...args, "--all"]), `--all is not for ${command}`, command === "optimize" ? /--format json or csv/ : /--metric/);
    });
  }
});

describe("bad input: more shards than merge accepts", () => {
  const cases: [string, string[]][] = [
    ["run", ["run", "scenarios/mmc.json", ...QUICK]],
    ["sensitivity", ["sensitivity", "scenarios/mmc.json", ...QUICK]],
    ["optimize", [...OPTIMIZE.slice(0, 1), "scenarios/mmc-staffing.study.json", ...OPTIMIZE.slice(2)]],
  ];
  for (const [command, args] of cases) {
    it(`${command} --shard 1/200000 is refused before it runs (was: exit 0, a part merge refuses: shard.count must be at most 100000)`, async () => {
      expectRefused(await cli([...args, "--shard", "1/200000", "--out", "part.json"]), "--shard 1/200000: this study has", /N may be at most 100000 \(merge refuses more shards\)/);
    });
  }
});

describe("bad input: a number a double cannot hold, in --set or a sweep", () => {
  it("sweep --set stations.0.servers=1e400,2 names the value (was: 'must be an integer >= 1, got null': Infinity became JSON null)", async () => {
    expectRefused(await cli(["sweep", "scenarios/mmc.json", ...QUICK, "--set", "stations.0.servers=1e400,2"]), "--set stations.0.servers=1e400,2",
      /value 1: 1e400 is too large to hold in a double \(it reads as Infinity\); the largest is about 1\.8e308/);
  });

  it("--set and sweep values that underflow to 0 name the number written (was: 'must be a number > 0, got 0')", async () => {
    expectRefused(await cli(["run", "scenarios/mm1.json", ...QUICK, "--set", "stations.0.service.mean=1e-400"]), "--set stations.0.service.mean=1e-400: ",
      /1e-400 is too small to hold in a double \(it reads as 0\); the smallest is about 5e-324/);
    expectRefused(await cli(["sweep", "scenarios/mm1.json", ...QUICK, "--set", "stations.0.service.mean=0.5,-2.5e-999"]), "--set stations.0.service.mean=0.5,-2.5e-999: ",
      /value 2: -2\.5e-999 is too small to hold in a double \(it reads as 0\)/);
    // Inside a JSON value too; digits inside its strings are not numbers.
    expectRefused(await cli(["run", "scenarios/mm1.json", ...QUICK, "--set", 'stations.0.service={"dist":"exponential","mean":1e-400}']), '--set stations.0.service={"dist":"exponential","mean":1e-400}: ',
      /1e-400 is too small to hold in a double/);
    const named = await cli(["run", "scenarios/mm1.json", ...QUICK, "--set", 'stations.0.service={"dist":"exponential","mean":0.5,"note":"1e-400"}']);
    expect(named.err).not.toContain("too small");
    // A zero written as zero is the field's own business.
    const zero = await cli(["run", "scenarios/mm1.json", ...QUICK, "--set", "stations.0.service.mean=0.0e7"]);
    expectRefused(zero, "stations[0].service.mean: must be a number > 0, got 0", /got 0/);
  });
});

describe("bad input: a study naming its scenario by an absolute path", () => {
  it("is read at that path (was: joined onto the study's folder, /abs/mmc.json read as ./abs/mmc.json: 'no such file', or another file)", async () => {
    const files = { [FILE]: study((s) => void (s.scenario = resolve("scenarios/mmc.json"))) };
    const r = await cli([...OPTIMIZE, "--format", "json"], files);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out).best.decisions).toEqual({ "stations.0.servers": 5 });
    const v = await cli(["validate", FILE], files);
    expect(v.code, v.err).toBe(0);
  });
});

describe("bad input: the records options of fit and check given to a study command", () => {
  const cases: [string[], string][] = [
    [["--into", "x.json"], "--into is for fit service and fit arrivals, not optimize"],
    [["--column", "x"], "--column is for fit service and fit arrivals and check, not optimize"],
    [["--observed", "f.csv"], "--observed is for check, not optimize"],
    [["--skip-bad"], "--skip-bad is for fit service and fit arrivals and check, not optimize"],
    [["--bootstrap", "100"], "--bootstrap is for fit service and fit arrivals, not optimize"],
  ];
  for (const [option, message] of cases) {
    it(`optimize ${option.join(" ")} is refused (was: exit 0, the option silently ignored)`, async () => {
      expectRefused(await cli([...OPTIMIZE.slice(0, 1), "scenarios/mmc-staffing.study.json", ...OPTIMIZE.slice(2), ...option]), message, /is for/);
    });
  }

  it("sensitivity --tz and sweep --dist are refused too", async () => {
    expectRefused(await cli(["sensitivity", "scenarios/mmc.json", ...QUICK, "--tz", "UTC"]), "--tz is for fit service and fit arrivals and check, not sensitivity", /is for/);
    expectRefused(await cli(["sweep", "scenarios/mmc.json", ...QUICK, "--set", "stations.0.servers=3,4", "--dist", "gamma"]), "--dist is for fit service, not sweep", /is for/);
  });
});

describe("bad input: options validate has no use for", () => {
  for (const option of [["--out", "v.txt"], ["--format", "json"], ["--shard", "1/2"], ["--metric", "x"], ["--workers", "2"], ["--progress"]]) {
    it(`validate ${option.join(" ")} is refused (was: exit 0, the option ignored; --out wrote nothing)`, async () => {
      expectRefused(await cli(["validate", "scenarios/mmc.json", ...option]), `takes no ${option[0]}`, /writes no result/);
    });
  }

  it("validate still takes the scenario options", async () => {
    const r = await cli(["validate", "scenarios/mmc.json", "--replications", "3", "--set", "stations.0.servers=4", "--horizon", "9000"]);
    expect(r.code, r.err).toBe(0);
  });
});

describe("bad input: tampered study descriptions in analysis and run parts", () => {
  it("a run part claiming 10^9 replications is refused at once (was: 10^9 units listed, heap out of memory)", async () => {
    const made = await cli(["run", "scenarios/mmc.json", ...QUICK, "--shard", "1/1"]);
    const part = JSON.parse(made.out) as Json;
    part.study.replications = 1e9;
    const started = Date.now();
    expectRefused(await cli(["merge", "p.json", "--quiet"], { "p.json": JSON.stringify(part) }), "p.json: study.replications", /<= 100000, got 1000000000/);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  const morris = ["sensitivity", "scenarios/mmc.json", ...QUICK, "--method", "morris", "--trajectories", "2"];
  const cases: [string, (p: Json) => void, string, RegExp][] = [
    ["a step moving an input the study does not have", (p) => void (p.study.steps[0][0].input = 7), "study.steps", /must move each of the 2 inputs once/],
    ["a step of delta 0", (p) => void (p.study.steps[0][0].delta = 0), "study.steps", /delta in \[-1, 1\] other than 0/],
    ["trajectories that are not the steps'", (p) => void (p.study.trajectories = 1e9), "study.trajectories", /must be the number of trajectories in steps, 2/],
    ["an input whose low is above its nominal", (p) => void (p.study.inputs[0].low = 5), "study.inputs[0]", /low <= nominal <= high/],
  ];
  for (const [what, edit, where, allowed] of cases) {
    it(`a Morris part with ${what} is refused (was: internal error, or exit 0 with NaN effects or a wrong header)`, async () => {
      const parts = await Promise.all(["1/2", "2/2"].map((s) => cli([...morris, "--shard", s])));
      const files = Object.fromEntries(parts.map((r, i) => {
        const part = JSON.parse(r.out) as Json;
        edit(part);
        return [`p${i + 1}.json`, JSON.stringify(part)];
      }));
      expectRefused(await cli(["merge", "p1.json", "p2.json", "--quiet"], files), `p1.json: ${where}`, allowed);
    });
  }
});

describe("validate of a scenario with a byte-order mark and uncertain inputs", () => {
  it("says ok, and finds a bad end's declaration (the check of the inputs' ends parses the text as the loader does)", async () => {
    const ok = await cli(["validate", "u.json"], { "u.json": `\uFEFF${readFileSync("scenarios/mmc.json", "utf8")}` });
    expect(ok.code, ok.err).toBe(0);
    const bad = await cli(["validate", "u.json"], { "u.json": `\uFEFF${declaring([{ path: "horizon", low: 100, high: 200000, why: "x" }])}` });
    expectRefused(bad, "u.json: uncertain[0].low", /warmup: must be < horizon/);
  });

  it("a file whose own uncertain is not a list, replaced by --set, is checked without a crash", async () => {
    const s = JSON.parse(readFileSync("scenarios/mmc.json", "utf8")) as Json;
    s.uncertain = 5;
    const r = await cli(["validate", "u.json", "--set", 'uncertain=[{"path":"horizon","low":100,"high":200000,"why":"x"}]'], { "u.json": JSON.stringify(s) });
    expectRefused(r, "u.json: uncertain[0].low", /warmup: must be < horizon/);
  });
});
