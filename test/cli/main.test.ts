import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { memoryIo } from "./memory-io.js";

const MM1 = "scenarios/mm1.json";
const short = ["--horizon", "2000", "--warmup", "200", "--workers", "1", "--quiet"];
const quick = ["--replications", "3", ...short];

describe("borderflow CLI (in-process)", () => {
  it("main(['--help']) prints usage and exits 0", async () => {
    const io = memoryIo();
    expect(await main(["--help"], io)).toBe(0);
    expect(io.out).toMatch(/Usage: borderflow COMMAND/);
    for (const command of ["run", "compare", "sweep", "merge", "theory", "validate"]) expect(io.out).toContain(command);
  });

  it("main(['--help', COMMAND]) and main(['help', COMMAND]) print that command's usage, as main([COMMAND, '--help']) does (they printed run's)", async () => {
    for (const command of ["fit", "check", "optimize", "merge"]) {
      const own = memoryIo();
      expect(await main([command, "--help"], own)).toBe(0);
      for (const asked of [["--help", command], ["help", command], ["-h", command]]) {
        const io = memoryIo();
        expect(await main(asked, io), asked.join(" ")).toBe(0);
        expect(io.out, asked.join(" ")).toBe(own.out);
      }
    }
    const io = memoryIo();
    expect(await main(["help", "fitt"], io)).toBe(2);
    expect(io.err).toContain('no help on "fitt": it is not a command; commands: run,');
  });

  it("main(['run', '--help']) prints the command's usage", async () => {
    const io = memoryIo();
    expect(await main(["run", "--help"], io)).toBe(0);
    expect(io.out).toMatch(/borderflow run FILE/);
  });

  it("main([COMMAND, '--help']) lists no option the command refuses, and each one it leaves out is refused", async () => {
    const values: Record<string, string[]> = {
      "--replications": ["3"], "--seed": ["2"], "--precision": ["0.1"], "--max-replications": ["5"], "--workers": ["1"], "--max-in-system": ["9"],
      "--max-arrivals": ["9"], "--max-events": ["9"], "--shard": ["1/2"], "--metric": ["x"], "--all": [], "--progress": [], "--format": ["json"],
      "--out": ["o.txt"], "--force": [],
    };
    const cases: [string, string[], string[]][] = [
      ["theory", ["--replications", "--seed", "--precision", "--workers", "--shard", "--metric", "--all", "--progress"], ["--set", "--format", "--out"]],
      ["validate", ["--precision", "--workers", "--shard", "--format", "--metric", "--all", "--out", "--progress"], ["--set", "--replications", "--max-events"]],
    ];
    for (const [command, refused, listed] of cases) {
      const help = memoryIo();
      expect(await main([command, "--help"], help)).toBe(0);
      for (const option of listed) expect(help.out, `${command} --help lists ${option}`).toContain(`\n  ${option} `);
      for (const option of refused) {
        expect(help.out, `${command} --help lists ${option}`).not.toContain(`\n  ${option} `);
        const io = memoryIo();
        expect(await main([command, MM1, option, ...(values[option] ?? [])], io), `${command} ${option}`).toBe(2);
      }
    }
  });

  it("main(['sensitivity' | 'uncertainty', '--help']) prints the analysis options and the study options", async () => {
    for (const command of ["sensitivity", "uncertainty"]) {
      const io = memoryIo();
      expect(await main([command, "--help"], io)).toBe(0);
      for (const option of ["--against", "--method", "--trajectories", "--samples", "--replications", "--workers", "--shard"]) expect(io.out, `${command} --help`).toContain(option);
    }
  });

  it("main(['optimize', '--help']) prints the study file's description and the options", async () => {
    const io = memoryIo();
    expect(await main(["optimize", "--help"], io)).toBe(0);
    expect(io.out).toMatch(/maxConfigurations/);
    expect(io.out).toContain("--workers");
  });

  it("main([unknown command]) exits 2 naming what is allowed", async () => {
    const io = memoryIo();
    expect(await main(["fly"], io)).toBe(2);
    expect(io.err).toMatch(/unknown command "fly"; allowed: run, compare, sweep, merge, theory, validate/);
  });

  it("main(['run', FILE, '--replicatoins', '3']) exits 2 naming the unknown option and the allowed ones", async () => {
    const io = memoryIo();
    expect(await main(["run", MM1, "--replicatoins", "3"], io)).toBe(2);
    expect(io.err).toMatch(/unknown option "--replicatoins"; allowed: --replications/);
    expect(io.err).not.toMatch(/at .*\.ts:\d+/);
  });

  it("main(['run', FILE, '--replications', '0']) exits 2 with the allowed range", async () => {
    const io = memoryIo();
    expect(await main(["run", MM1, "--replications", "0"], io)).toBe(2);
    expect(io.err).toMatch(/--replications must be an integer from 1 to 100000, written in decimal digits, got "0"/);
  });

  it("main(['run', FILE, '--format', 'csv', '--decimal-comma']) writes the same cells for a decimal-comma spreadsheet, and refuses the flag without CSV", async () => {
    const study = ["run", MM1, "--replications", "3", "--horizon", "2000", "--warmup", "100", "--workers", "1", "--quiet", "--format", "csv"];
    const plain = memoryIo();
    expect(await main(study, plain)).toBe(0);
    const shaped = memoryIo();
    expect(await main([...study, "--decimal-comma", "--out", "r.csv"], shaped)).toBe(0);
    const text = shaped.written.get("r.csv") as string;
    expect(text.startsWith("\uFEFF")).toBe(true);
    // mm1.json's names hold no comma, quote or semicolon: each line is its cells joined by the separator.
    const rows = (csv: string, separator: string) => csv.replace(/^\uFEFF/, "").trimEnd().split("\n").map((line) => line.split(separator));
    const before = rows(plain.out, ",");
    const after = rows(text, ";");
    expect(after).toHaveLength(before.length);
    expect(before.length).toBeGreaterThan(10);
    let numbers = 0;
    before.forEach((cells, r) => cells.forEach((cell, c) => {
      const number = /^-?\d+\.\d+(e-?\d+)?$/.test(cell);
      if (number) numbers++;
      expect(after[r]?.[c]).toBe(number ? cell.replace(".", ",") : cell);
    }));
    expect(numbers).toBeGreaterThan(20);
    for (const format of [[], ["--format", "json"]]) {
      const io = memoryIo();
      expect(await main(["run", MM1, ...format, "--decimal-comma"], io)).toBe(2);
      expect(io.err).toContain("--decimal-comma shapes CSV for a spreadsheet set to a decimal comma; give it with --format csv");
    }
  });

  it("main(['run', FILE, '--seed', 2^53 + 1]) exits 2 naming both bounds (it said '>= -9007199254740991', which the value meets)", async () => {
    for (const seed of ["9007199254740993", "-9007199254740993"]) {
      const io = memoryIo();
      expect(await main(["run", MM1, "--seed", seed], io)).toBe(2);
      expect(io.err).toContain(`--seed must be an integer from -9007199254740991 to 9007199254740991, written in decimal digits, got "${seed}"`);
    }
    const io = memoryIo();
    expect(await main(["run", MM1, "--seed", "x"], io)).toBe(2);
    expect(io.err).toContain('--seed must be an integer from -9007199254740991 to 9007199254740991, written in decimal digits, got "x"');
    // Other counts name their upper bound only to a number past it.
    const big = memoryIo();
    expect(await main(["run", MM1, "--max-in-system", "0"], big)).toBe(2);
    expect(big.err).toContain('--max-in-system must be an integer >= 1, written in decimal digits, got "0"');
  });

  it("main(['run', missing file]) exits 2 saying the file cannot be read", async () => {
    const io = memoryIo();
    expect(await main(["run", "no/such.json"], io)).toBe(2);
    expect(io.err).toMatch(/cannot read "no\/such.json": no such file/);
  });

  it("main(['run', bad scenario]) lists every problem with its path and exits 2, writing nothing", async () => {
    const bad = JSON.stringify({
      name: "bad", model: "network", horizon: 100, warmup: 10,
      arrivals: [{ to: "desk", interarrival: { dist: "expo", mean: 1 } }],
      stations: [{ id: "desk", servers: 1, service: { dist: "exponential", mean: -2 }, routes: [{ to: "nowhere", p: 0.5 }] }],
    });
    const io = memoryIo({ "bad.json": bad });
    expect(await main(["run", "bad.json", "--out", "result.json", "--quiet"], io)).toBe(2);
    expect(io.err).toMatch(/bad\.json: arrivals\[0\]\.interarrival\.dist: .*"expo"/);
    expect(io.err).toMatch(/bad\.json: stations\[0\]\.service\.mean: .*-2/);
    expect(io.written.has("result.json")).toBe(false);
  });

  it("main(['run', scenario with a route to an unknown station]) names the route and the known stations", async () => {
    const bad = JSON.stringify({
      name: "bad", model: "network", horizon: 100, warmup: 10,
      arrivals: [{ to: "desk", interarrival: { dist: "exponential", mean: 1 } }],
      stations: [{ id: "desk", servers: 1, service: { dist: "exponential", mean: 2 }, routes: [{ to: "nowhere", p: 0.5 }, { to: "desk", p: 0.6 }] }],
    });
    const io = memoryIo({ "bad.json": bad });
    expect(await main(["run", "bad.json", "--quiet"], io)).toBe(2);
    expect(io.err).toMatch(/bad\.json: stations\[0\]\.routes\[0\]\.to: .*nowhere/);
    expect(io.err).toMatch(/bad\.json: stations\[0\]\.routes: .*1\.1/);
  });

  it("main(['run', FILE, '--set', 'stations.0.servers=0']) is checked like the file", async () => {
    const io = memoryIo();
    expect(await main(["run", MM1, "--set", "stations.0.servers=0", ...quick], io)).toBe(2);
    expect(io.err).toMatch(/stations\[0\]\.servers/);
  });

  it("main(['run', FILE, '--format', 'json']) prints the documented shape", async () => {
    const io = memoryIo();
    expect(await main(["run", MM1, ...quick, "--format", "json"], io)).toBe(0);
    const result = JSON.parse(io.out);
    expect(Object.keys(result)).toEqual(["scenario", "model", "seed", "replications", "horizon", "warmup", "system", "stations", "classes"]);
    expect(result.replications).toBe(3);
    for (const metric of ["throughput", "timeInSystem", "waitInQueue", "inSystem"]) {
      expect(Object.keys(result.system[metric]).slice(0, 4)).toEqual(["mean", "halfWidth", "lo", "hi"]);
    }
    const station = Object.values(result.stations)[0] as Record<string, unknown>;
    for (const metric of ["utilization", "waitInQueue", "queueLength", "throughput"]) expect(station).toHaveProperty(metric);
  });

  it("main(['run', FILE]) gives byte-identical output for the same seed and different output for another", async () => {
    const outputs: string[] = [];
    for (const seed of ["4", "4", "5"]) {
      const io = memoryIo();
      await main(["run", MM1, ...quick, "--seed", seed, "--format", "json"], io);
      outputs.push(io.out);
    }
    expect(outputs[0]).toBe(outputs[1]);
    expect(outputs[0]).not.toBe(outputs[2]);
  });

  it("main(['run', FILE, '--format', 'csv']) gives one row per metric with a header", async () => {
    const io = memoryIo();
    expect(await main(["run", MM1, ...quick, "--format", "csv"], io)).toBe(0);
    const lines = io.out.trim().split("\n");
    expect(lines[0]).toBe("kind,scenario,parameter,value,metric,mean,halfWidth,lo,hi,replications,unit");
    expect(lines.some((l) => l.includes(",system.timeInSystem,"))).toBe(true);
    // The unit is the last cell: a network's times are in its own time unit, utilisation a share of time.
    const unitOf = (metric: string): string | undefined => lines.find((l) => l.includes(`,${metric},`))?.split(",").at(-1);
    expect(unitOf("system.timeInSystem")).toBe("time units");
    expect(unitOf("system.throughput")).toBe("per time unit");
    expect(unitOf("stations.desk.utilization")).toBe("share of time");
    for (const line of lines.slice(1)) expect(line.split(",").length).toBeGreaterThanOrEqual(11);
  });

  it("main(['run', FILE, '--out', existing]) refuses to overwrite without --force, and replaces with it", async () => {
    const io = memoryIo({ "kept.json": "precious" });
    expect(await main(["run", MM1, ...quick, "--out", "kept.json"], io)).toBe(2);
    expect(io.err).toMatch(/--out "kept.json" exists; it is not overwritten without --force/);
    expect(io.written.get("kept.json")).toBe("precious");
    expect(await main(["run", MM1, ...quick, "--out", "kept.json", "--force", "--format", "json"], io)).toBe(0);
    expect(JSON.parse(io.written.get("kept.json") as string).scenario).toBeTypeOf("string");
  });

  it("main(['run', FILE, '--shard', 'I/N']) parts merge into the unsharded result, byte for byte", async () => {
    const io = memoryIo();
    await main(["run", MM1, ...short, "--replications", "5", "--format", "json"], io);
    const whole = io.out;
    const parts: string[] = [];
    for (const shard of ["1/2", "2/2"]) {
      const part = memoryIo();
      expect(await main(["run", MM1, ...short, "--replications", "5", "--shard", shard], part)).toBe(0);
      parts.push(part.out);
    }
    const merged = memoryIo({ "p2.json": parts[1] as string, "p1.json": parts[0] as string });
    expect(await main(["merge", "p2.json", "p1.json", "--format", "json"], merged)).toBe(0);
    expect(merged.out).toBe(whole);
  });

  it("main(['merge', ...]) with a missing shard lists the problem and exits 2", async () => {
    const part = memoryIo();
    await main(["run", MM1, ...quick, "--shard", "1/2"], part);
    const io = memoryIo({ "p1.json": part.out });
    expect(await main(["merge", "p1.json"], io)).toBe(2);
    expect(io.err).toMatch(/shard 2\/2 is missing/);
  });

  it("main(['validate', FILES...]) reports each file and exits 2 if any is bad", async () => {
    const io = memoryIo({ "broken.json": "{ \"name\": \"x\",\n  \"model\": }" });
    expect(await main(["validate", MM1, "broken.json"], io)).toBe(2);
    expect(io.out).toMatch(/scenarios\/mm1.json: ok/);
    expect(io.err).toMatch(/broken\.json: .*line 2, column \d+/);
  });

  it("main(['theory', FILE]) prints the analytic values of a teaching scenario", async () => {
    const io = memoryIo();
    expect(await main(["theory", MM1, "--format", "json"], io)).toBe(0);
    const report = JSON.parse(io.out);
    expect(report.applies).toBe(true);
    expect(report.model).toBe("M/M/1");
    expect(report.values["system.timeInSystem"]).toBeGreaterThan(0);
  });

  it("main(['theory', FILE, '--format', 'csv']) where theory does not apply says why on standard error, not only an empty table", async () => {
    const io = memoryIo();
    expect(await main(["theory", MM1, "--set", "stations.0.service.mean=1.2", "--format", "csv"], io)).toBe(0);
    expect(io.out).toBe("metric,value,model,exact\n");
    expect(io.err).toMatch(/^borderflow theory: theory does not apply: M\/M\/1 is unstable: .*1\.2 is not below 1/);
  });

  it("main(['compare', A, B]) with two files of the same name warns that their rows cannot be told apart", async () => {
    const io = memoryIo({ "b.json": readFileSync(MM1, "utf8").replace('"servers": 1', '"servers": 2') });
    expect(await main(["compare", MM1, "b.json", ...quick, "--format", "csv"], io)).toBe(0);
    expect(io.err).toContain(`borderflow compare: "b.json" and "${MM1}" are both named "M/M/1 at utilisation 0.9", so their rows in the results cannot be told apart`);
    const named = memoryIo({ "b.json": readFileSync(MM1, "utf8").replace('"servers": 1', '"servers": 2').replace('"name": "M/M/1 at utilisation 0.9"', '"name": "two desks"') });
    expect(await main(["compare", MM1, "b.json", ...quick, "--format", "csv"], named)).toBe(0);
    expect(named.err).not.toContain("cannot be told apart");
  });

  it("main(['compare', A, B]) gives paired differences against the first", async () => {
    const io = memoryIo();
    expect(await main(["compare", MM1, MM1, "--set", "stations.0.servers=2", ...quick, "--format", "json"], io)).toBe(0);
    const comparison = JSON.parse(io.out);
    expect(comparison.results).toHaveLength(2);
    expect(comparison.differences.length).toBeGreaterThan(0);
    expect(Object.keys(comparison.differences[0])).toEqual(["scenario", "metric", "mean", "halfWidth", "lo", "hi"]);
  });

  it("main(['sweep', ...]) takes a JSON array override as one value, not as the swept list", async () => {
    const io = memoryIo();
    const routes = '--set=stations.0.routes=[{"to":"desk","p":0.1},{"to":"desk","p":0.1}]';
    expect(await main(["sweep", MM1, routes, "--set", "stations.0.servers=1,2", ...quick, "--format", "json"], io)).toBe(0);
    const sweep = JSON.parse(io.out);
    expect(sweep.parameter).toBe("stations.0.servers");
    expect(sweep.values).toEqual([1, 2]);
  });

  it("main(['sweep', FILE, '--set', 'PATH=V1,V2']) runs one study per value", async () => {
    const io = memoryIo();
    expect(await main(["sweep", MM1, "--set", "stations.0.servers=1,2,3", ...quick, "--format", "json"], io)).toBe(0);
    const sweep = JSON.parse(io.out);
    expect(sweep.parameter).toBe("stations.0.servers");
    expect(sweep.values).toEqual([1, 2, 3]);
    expect(sweep.results).toHaveLength(3);
    const waits = sweep.results.map((r: { system: { waitInQueue: { mean: number } } }) => r.system.waitInQueue.mean);
    expect(waits[0]).toBeGreaterThan(waits[1]);
    expect(waits[1]).toBeGreaterThan(waits[2]);
  });
});
