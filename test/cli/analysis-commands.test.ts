import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { memoryIo } from "./memory-io.js";

// Worker threads load the compiled worker, so the determinism checks run the built CLI (npm test builds it first).
const bin = "bin/borderflow.js";
const run = (...args: string[]): string => execFileSync("node", [bin, ...args], { encoding: "utf8" });
const short = ["--horizon", "3000", "--warmup", "300", "--replications", "3", "--quiet"];

const withUncertain = (uncertain: unknown[]): string => {
  const text = JSON.stringify({
    name: "desk", model: "network", horizon: 3000, warmup: 300, replications: 3,
    uncertain,
    arrivals: [{ to: "desk", interarrival: { dist: "exponential", mean: 1 } }],
    stations: [{ id: "desk", servers: 1, service: { dist: "exponential", mean: 0.5 } }],
  });
  return text;
};

describe("borderflow sensitivity and uncertainty", () => {
  it("borderflow sensitivity FILE --workers 2 gives the same bytes as --workers 1 (oat and morris)", () => {
    const oat = ["sensitivity", "scenarios/mm1.json", ...short, "--format", "json"];
    const one = run(...oat, "--workers", "1");
    expect(run(...oat, "--workers", "2")).toBe(one);
    const parsed = JSON.parse(one) as { method: string; metrics: string[]; inputs: { path: string; effects: Record<string, { atLow: unknown; atHigh: unknown; swing: number }> }[] };
    expect(parsed.method).toBe("oat");
    expect(parsed.metrics).toEqual(["system.timeInSystem", "system.throughput"]);
    expect(parsed.inputs.map((i) => i.path).sort()).toEqual(["arrivals.0.interarrival.mean", "stations.0.service.mean"]);
    expect(Object.keys(parsed.inputs[0]?.effects["system.timeInSystem"] ?? {})).toEqual(expect.arrayContaining(["atLow", "atHigh", "swing"]));
    const morris = ["sensitivity", "scenarios/mm1.json", ...short, "--method", "morris", "--trajectories", "3", "--format", "csv"];
    expect(run(...morris, "--workers", "2")).toBe(run(...morris, "--workers", "1"));
  });

  it("borderflow uncertainty FILE --against BASE --workers 2 gives the same bytes as --workers 1", () => {
    const args = ["uncertainty", "scenarios/mm1.json", "--against", "scenarios/mm1.json", "--set", "stations.0.servers=2", ...short, "--samples", "4", "--format", "json"];
    const one = run(...args, "--workers", "1");
    expect(run(...args, "--workers", "2")).toBe(one);
    const parsed = JSON.parse(one) as { samples: number; metrics: Record<string, { median: number; p5: number; p95: number; shareHelps?: number }>; worlds: unknown[] };
    expect(parsed.samples).toBe(4);
    expect(parsed.worlds).toHaveLength(4);
    // The same file against itself: every difference is exactly 0, so the measure helps in no world.
    expect(parsed.metrics["system.timeInSystem"]).toMatchObject({ median: 0, p5: 0, p95: 0, shareHelps: 0 });
  });

  it("borderflow sensitivity and uncertainty --shard I/N, merged, give the same bytes as the unsharded study", () => {
    const studies = [
      ["sensitivity", "scenarios/mm1.json", ...short, "--workers", "1"],
      ["uncertainty", "scenarios/mm1.json", ...short, "--samples", "3", "--workers", "1"],
    ];
    const dir = mkdtempSync(join(tmpdir(), "borderflow-analysis-"));
    for (const study of studies) {
      const whole = run(...study, "--format", "json");
      const parts = [1, 2, 3].map((i) => {
        const file = join(dir, `${study[0]}-${i}.json`);
        run(...study, "--shard", `${i}/3`, "--out", file);
        return file;
      });
      expect(run("merge", ...parts.reverse(), "--format", "json")).toBe(whole);
      expect(run("merge", ...parts, "--format", "csv")).toBe(run(...study, "--format", "csv"));
    }
  });

  it("main(['sensitivity' | 'uncertainty', ..., '--format', 'csv']) writes names a spreadsheet would run as formulas as text", async () => {
    const named = (name: string): string => JSON.stringify({ ...JSON.parse(withUncertain([{ path: "stations.0.service.mean", low: 0.4, high: 0.6, why: "x" }])) as object, name });
    const files = { "f.json": named('=HYPERLINK("http://x","y")'), "b.json": named("@base") };
    for (const argv of [["sensitivity"], ["uncertainty", "--samples", "2"]]) {
      const io = memoryIo(files);
      expect(await main([...argv, "f.json", "--against", "b.json", ...short, "--workers", "1", "--metric", "system.throughput", "--format", "csv"], io)).toBe(0);
      const row = io.out.split("\n")[1] as string;
      // Quoted (the name holds commas and quotes) and led by an apostrophe, as the other CSVs write such names.
      expect(row, argv[0]).toContain(`"'=HYPERLINK(""http://x"",""y"")",'@base,`);
      // The last column is the metric's unit, which the effects are in.
      expect(io.out.split("\n")[0]?.split(",").at(-1), argv[0]).toBe("unit");
      expect(row.split(",").at(-1), argv[0]).toBe("per time unit");
    }
  });

  it("main(['sensitivity', FILE]) prints a tornado table sorted by influence and marks effects within noise", async () => {
    const io = memoryIo();
    expect(await main(["sensitivity", "scenarios/mm1.json", ...short, "--workers", "1", "--metric", "system.throughput"], io)).toBe(0);
    const lines = io.out.split("\n");
    expect(lines[0]).toMatch(/^M\/M\/1 at utilisation 0\.9: system\.throughput \(per time unit\), all inputs nominal .* \(one at a time; 3 replications, seed 1\)$/);
    // The arrival rate sets the throughput; the service time does not change it beyond noise.
    expect(lines[3]).toMatch(/^arrivals\.0\.interarrival\.mean/);
    expect(lines[4]).toMatch(/^stations\.0\.service\.mean .*within noise$/);
  });

  it("main(['uncertainty', FILE]) prints each metric's unit beside it", async () => {
    const io = memoryIo();
    expect(await main(["uncertainty", "scenarios/mm1.json", "--samples", "2", ...short, "--workers", "1", "--metric", "system.timeInSystem", "--metric", "stations.*.utilization"], io)).toBe(0);
    const lines = io.out.split("\n");
    expect(lines[1]).toMatch(/^metric\s+unit\s+median/);
    expect(lines[3]).toMatch(/^system\.timeInSystem\s+time units\s+\d/);
    expect(lines[4]).toMatch(/^stations\.desk\.utilization\s+share of time\s+\d/);
    // The range is of the worlds' replication means: it says so.
    expect(lines[5]).toMatch(/^Each world's value is its mean over 3 replications, so the 5% … 95% range holds replication noise too/);
  });

  it("main(['sensitivity', FILE, '--against', BASE]) says when BASE runs with FILE's seed and replications, as compare does", async () => {
    const file = withUncertain([{ path: "stations.0.service.mean", low: 0.4, high: 0.6, why: "x" }]);
    const base = JSON.stringify({ ...(JSON.parse(file) as object), seed: 7, replications: 5 });
    const io = memoryIo({ "f.json": file, "b.json": base });
    expect(await main(["sensitivity", "f.json", "--against", "b.json", "--horizon", "3000", "--warmup", "300", "--quiet", "--workers", "1", "--metric", "system.throughput"], io)).toBe(0);
    expect(io.err).toContain('borderflow sensitivity: "b.json" runs with the seed of "f.json", 1 (its file says 7), so that every design point is paired');
    expect(io.err).toContain('borderflow sensitivity: "b.json" runs with the replications of "f.json", 3 (its file says 5), so that every design point is paired');
    const given = memoryIo({ "f.json": file, "b.json": base });
    expect(await main(["sensitivity", "f.json", "--against", "b.json", ...short, "--seed", "2", "--workers", "1", "--metric", "system.throughput"], given)).toBe(0);
    expect(given.err).not.toContain("runs with the");
  });

  it("main(['sensitivity', FILE, '--set', declared path]) holds that input and says so", async () => {
    const io = memoryIo();
    expect(await main(["sensitivity", "scenarios/mm1.json", ...short, "--workers", "1", "--set", "stations.0.service.mean=0.5", "--format", "json"], io)).toBe(0);
    expect(io.err).toMatch(/held at the --set value, not varied: stations\.0\.service\.mean/);
    const parsed = JSON.parse(io.out) as { inputs: { path: string }[]; held: string[] };
    expect(parsed.inputs.map((i) => i.path)).toEqual(["arrivals.0.interarrival.mean"]);
    expect(parsed.held).toEqual(["stations.0.service.mean"]);
  });

  it("main(['sensitivity', FILE with a bad declaration]) exits 2 naming the file and the JSON path, writing nothing", async () => {
    const io = memoryIo({ "u.json": withUncertain([{ path: "stations.0.service.mean", low: 0.6, high: 0.8, why: "x" }, { path: "stations.0.id", low: 1, high: 2, why: "x" }]) });
    expect(await main(["sensitivity", "u.json", "--out", "r.json", "--quiet"], io)).toBe(2);
    expect(io.err).toMatch(/u\.json: uncertain\[0\]\.low: must be <= the scenario's value of stations\.0\.service\.mean, 0\.5, got 0\.6/);
    expect(io.err).toMatch(/u\.json: uncertain\[1\]\.path: stations\[0\]\.id is .*, not a number field/);
    expect(io.written.has("r.json")).toBe(false);
  });

  it("main(['uncertainty', FILE]) exits 2 for a file with no declared inputs, a missing --samples or a design point that breaks a rule", async () => {
    const none = memoryIo({ "n.json": withUncertain([]) });
    expect(await main(["uncertainty", "n.json", "--samples", "3", "--quiet"], none)).toBe(2);
    expect(none.err).toMatch(/no uncertain inputs to vary: declare them under "uncertain"/);
    const io = memoryIo();
    expect(await main(["uncertainty", "scenarios/mm1.json"], io)).toBe(2);
    expect(io.err).toMatch(/uncertainty needs --samples N/);
    // Warm-up must stay below the horizon: a design point with horizon 250 < warmup 300 is not a valid scenario.
    const broken = memoryIo({ "b.json": withUncertain([{ path: "horizon", low: 250, high: 3000, why: "x" }]) });
    expect(await main(["sensitivity", "b.json", "--quiet"], broken)).toBe(2);
    expect(broken.err).toMatch(/the design point horizon=250 is not a valid scenario:\nb\.json: warmup: must be < horizon \(250\), got 300/);
  });

  it("main(['sensitivity', ...bad options]) exits 2 with the allowed values", async () => {
    const cases: [string[], RegExp][] = [
      [["sensitivity", "scenarios/mm1.json", "--method", "sobol"], /--method must be oat \(one at a time\) or morris, got "sobol"/],
      [["sensitivity", "scenarios/mm1.json", "--trajectories", "5"], /--trajectories is for --method morris/],
      [["run", "scenarios/mm1.json", "--against", "scenarios/mm1.json"], /--against is for sensitivity and uncertainty, not run/],
      [["uncertainty", "scenarios/mm1.json", "--samples", "1"], /--samples must be an integer >= 2\b.*"1"/],
      [["sensitivity", "scenarios/mm1.json", "--metric", "system.nothing", "--quiet", ...short], /--metric "system\.nothing" matches no metric/],
    ];
    for (const [argv, message] of cases) {
      const io = memoryIo();
      expect(await main(argv, io), argv.join(" ")).toBe(2);
      expect(io.err).toMatch(message);
    }
  });
});
