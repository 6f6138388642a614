import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { OutputError, openOutputFile } from "../../../src/cli/output-file.js";
import { QUICK, SHORT, cli, expectRefused, filesIn, run, SCENARIOS, tempFolder, variant } from "./harness.js";

const MMC = "scenarios/mmc.json";

describe("bad input: two options that set one field (the later used to replace the earlier without a word)", () => {
  const cases: [string, string[], string][] = [
    ["--set P=2 --set P=3", ["run", MMC, ...QUICK, "--set", "stations.0.servers=4", "--set", "stations.0.servers=5"], "both set stations.0.servers"],
    ["--set P=4 --set P'=5 (P written with [0])", ["run", MMC, ...QUICK, "--set", "stations.0.servers=4", "--set", "stations[0].servers=5"], "both set stations.0.servers"],
    ["--horizon T --set horizon=T'", ["run", MMC, ...QUICK, "--set", "horizon=300"], "--horizon 200 and --set horizon=300 both set horizon"],
    ["--set of a field, then of its whole object", ["run", MMC, ...QUICK, "--set", "stations.0.servers=4", "--set", 'stations.0={"id":"desks","servers":5,"service":{"dist":"exponential","mean":2.7}}'], "replaces the whole of stations.0"],
    ["a sweep list and a --set of the same field", ["sweep", MMC, ...QUICK, "--set", "stations.0.servers=4,5", "--set", "stations.0.servers=6"], "both set stations.0.servers"],
  ];
  for (const [what, argv, message] of cases) {
    it(`${what} is refused`, async () => {
      expectRefused(await cli(argv), message, /give it once|set stations\.0\.servers after it/);
    });
  }

  it("a --set of a field after its whole object still edits that object", async () => {
    const r = await cli(["run", MMC, ...QUICK, "--format", "csv", "--set", 'stations.0={"id":"desks","servers":5,"service":{"dist":"exponential","mean":2.7}}', "--set", "stations.0.servers=4"]);
    expect(r.code, r.err).toBe(0);
  });
});

describe("bad input: sweeps whose points could not mean what their labels say", () => {
  it("sweep --set replications=2,3 is refused (was: exit 0, every point ran the first value's 2 replications, one labelled replications=3)", async () => {
    expectRefused(await cli(["sweep", MMC, ...SHORT, "--set", "replications=2,3"]), "--set replications=2,3: replications says how the study runs", /only fields of the model can vary/);
  });

  it("sweep --set seed=1,2 is refused (was: exit 0, points on other random numbers, unpaired)", async () => {
    expectRefused(await cli(["sweep", MMC, ...QUICK, "--set", "seed=1,2"]), "--set seed=1,2: seed says how the study runs", /breaks their pairing/);
  });

  it("sweep --set P=5,5 is refused (was: exit 0, two rows that cannot be told apart)", async () => {
    expectRefused(await cli(["sweep", MMC, ...QUICK, "--set", "stations.0.servers=5,5"]), "the value 5 is given twice", /could not be told apart/);
  });
});

describe("bad input: options a command would ignore", () => {
  for (const option of [["--shard", "1/2"], ["--metric", "system.throughput"], ["--precision", "0.1"], ["--max-events", "10"], ["--seed", "3"], ["--workers", "1"]]) {
    it(`theory ${option.join(" ")} is refused (was: exit 0, the option ignored; --shard printed the table, not a part)`, async () => {
      expectRefused(await cli(["theory", MMC, ...option]), `takes no ${option[0]}`, /runs no replication/);
    });
  }

  it("theory still takes --set and --format", async () => {
    const r = await cli(["theory", MMC, "--set", "stations.0.servers=5", "--format", "csv"]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain("M/M/5");
  });

  for (const command of ["run", "sensitivity"]) {
    it(`${command} --max-replications without --precision is refused (was: exit 0, the option ignored)`, async () => {
      const refused = await cli([command, MMC, ...QUICK, "--max-replications", "5"]);
      expectRefused(refused, "--max-replications is the most replications --precision may run", /give --replications N/);
      // sensitivity takes no --precision, so the message does not suggest one.
      if (command === "sensitivity") expect(refused.err).not.toContain("--precision R");
    });
  }

  it("merge --all of sensitivity parts is refused, as sensitivity --all is (was: exit 0, --all ignored)", async () => {
    const parts: Record<string, string> = {};
    for (const i of [1, 2]) {
      const r = await cli(["sensitivity", "scenarios/mm1.json", ...QUICK, "--shard", `${i}/2`]);
      expect(r.code, r.err).toBe(0);
      parts[`p${i}.json`] = r.out;
    }
    expectRefused(await cli(["merge", "p1.json", "p2.json", "--all"], parts), "--all is not for merge of sensitivity parts", /--metric/);
    expect((await cli(["merge", "p1.json", "p2.json"], parts)).code).toBe(0);
    // A run part is unchanged: --all widens its table.
    const run = await cli(["run", MMC, ...QUICK, "--shard", "1/1"]);
    expect((await cli(["merge", "r.json", "--all"], { "r.json": run.out })).code).toBe(0);
  });
});

describe("bad input: ids and names holding half of a character", () => {
  it("two station ids that differ only in a lone surrogate are refused (was: exit 0, both written as U+FFFD, rows that cannot be told apart)", async () => {
    const text = variant("mmc", (s) => {
      const station = s["stations"][0];
      s["stations"] = [{ ...station, id: "a\ud800", routes: [{ to: "a\udc00", p: 1 }] }, { ...station, id: "a\udc00" }];
      s["arrivals"][0].to = "a\ud800";
    });
    expectRefused(await cli(["run", "f.json", ...QUICK], { "f.json": text }), "f.json: stations[0].id: must be valid Unicode text", /lone surrogate/);
  });

  it("a scenario name with a lone surrogate is refused; a character outside the BMP (a surrogate pair) is not", async () => {
    expectRefused(await cli(["run", "f.json", ...QUICK], { "f.json": variant("mmc", (s) => void (s["name"] = "x\udfff")) }), "f.json: name: must be valid Unicode text", /lone surrogate/);
    const r = await cli(["run", "f.json", ...QUICK, "--format", "csv"], { "f.json": variant("mmc", (s) => void (s["name"] = "desks \u{1F69A}")) });
    expect(r.code, r.err).toBe(0);
  });
});

describe("bad input: an --out path ending in a slash", () => {
  it("is refused before the study with exit 2, also when its folder is missing (was: the whole study ran, then exit 1 'no such file or folder' and no result)", () => {
    const folder = tempFolder();
    for (const out of [join(folder, "missing") + "/", folder + "/"]) {
      expect(() => openOutputFile(out, false)).toThrow(OutputError);
      expect(() => openOutputFile(out, false)).toThrow(/names a folder; give a file name/);
      const r = run(["run", join(SCENARIOS, "mmc.json"), ...QUICK, "--out", out], folder);
      expect(r.code, r.err).toBe(2);
      expect(r.err).toContain("names a folder");
    }
    expect(filesIn(folder)).toEqual([]);
  });
});

describe("compare of a scenario whose file asks for other replications than the base's", () => {
  it("says that it runs the base's count, as it says of the seed (was: replaced without a word)", async () => {
    const other = variant("mmc", (s) => {
      s["name"] = "other";
      s["replications"] = 3;
    });
    const r = await cli(["compare", MMC, "o.json", ...SHORT, "--format", "csv", "--metric", "system.throughput"], { "o.json": other });
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain(`"o.json" runs the base's 10 replications (its file says 3)`);
    expect(r.out).toMatch(/^estimate,other,.*,10,[^,]*$/m); // replications, then the unit
    // No note when --replications sets every file's count.
    expect((await cli(["compare", MMC, "o.json", ...QUICK, "--metric", "system.throughput"], { "o.json": other })).err).not.toContain("replications (its file says");
  });
});

describe("a file that cannot be read for a reason other than its absence", () => {
  it("is named with the reason in words (was: 'cannot read: EIO', the bare code)", () => {
    const r = run(["validate", "/proc/self/mem"], tempFolder());
    expect(r.code, r.err).toBe(2);
    expect(r.err).toContain("/proc/self/mem: cannot read: input/output error (EIO)");
  });
});

describe("bad input: numbers so large their replications cannot be summarised", () => {
  it("metresPerTruck 1e300 is refused at the field (was: the study ran, then exit 2 'estimate: values are too spread out ...', naming neither file nor field)", async () => {
    const text = variant("baseline", (s) => void (s["metresPerTruck"] = 1e300));
    expectRefused(await cli(["run", "b.json", "--replications", "2", "--set", "days=2", "--set", "warmupDays=1", "--workers", "1", "--quiet"], { "b.json": text }),
      "b.json: metresPerTruck: must be a number > 0 and <= 1000", /1e\+300/);
  });

  it("a valid network scenario whose times are about 1e154 names the scenario and the metric (was: 'estimate: values are too spread out ...' alone)", async () => {
    const text = variant("mmc", (s) => {
      s["horizon"] = 1e159;
      s["warmup"] = 0;
      s["arrivals"][0].interarrival = { dist: "exponential", mean: 1.3e154 };
      s["stations"] = [{ id: "desks", servers: 1, service: { dist: "exponential", mean: 1.2e154 } }];
    });
    for (const extra of [[], ["--precision", "0.1"]]) {
      expectRefused(await cli(["run", "h.json", "--replications", "3", "--workers", "1", "--quiet", ...extra], { "h.json": text }),
        "system.timeInSystem: its replications' values are too spread out to square in double precision", /in a larger unit/);
    }
  });
});

describe("bad input: --workers and --all given to fit or check, which run on one thread and print their own report", () => {
  const cases: string[][] = [
    ["fit", "service", "data/examples/border-control-minutes.csv"],
    ["check", "scenarios/baseline.json", "--observed", "data/examples/crossings.csv", "--direction", "kg-to-kz"],
  ];
  for (const argv of cases) {
    it(`${argv[0]} --workers 2 and --all are refused (was: exit 0, the option ignored)`, async () => {
      expectRefused(await cli([...argv, "--workers", "2"]), `--workers is for run`, /runs on one thread/);
      expectRefused(await cli([...argv, "--all"]), `--all is for the tables`, /same with or without it/);
    });
  }
});
