import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { loadScenario } from "../../src/scenario/index.js";
import { memoryIo } from "./memory-io.js";

const CONTROL = "data/examples/border-control-minutes.csv";
const ARRIVALS = "data/examples/arrivals-kg-to-kz.csv";
const BASELINE = "scenarios/baseline.json";
const quick = ["--bootstrap", "19"];

type Json = Record<string, unknown>;

describe("borderflow fit service", () => {
  it("main(['fit', 'service', FILE, '--format', 'json']) prints { n, best, candidates } with each candidate's parameters, likelihood, AIC, KS and AD", async () => {
    const io = memoryIo();
    expect(await main(["fit", "service", CONTROL, "--format", "json", ...quick], io)).toBe(0);
    const out = JSON.parse(io.out) as { n: number; best: Json; candidates: Json[] };
    expect(out.n).toBe(500);
    expect(Object.keys(out.best)).toEqual(["dist", "mean", "cv"]);
    expect(out.candidates.map((c) => c.dist).sort()).toEqual(["empirical", "erlang", "exponential", "gamma", "lognormal", "normal", "triangular", "uniform", "weibull"]);
    const lognormal = out.candidates.find((c) => c.dist === "lognormal") as Json;
    expect(Object.keys(lognormal)).toEqual(["dist", "mean", "cv", "logLikelihood", "aic", "ks", "ad", "intervals"]);
    expect(Object.keys(lognormal.ks as Json)).toEqual(["statistic", "p"]);
    expect(Object.keys(lognormal.ad as Json)).toEqual(["statistic", "p"]);
  });

  it("main(['fit', 'service', FILE, '--progress']) off a terminal writes whole progress lines of the bootstrap samples (8 families × 20) and the same result", async () => {
    const plain = memoryIo();
    expect(await main(["fit", "service", CONTROL, "--format", "json", "--bootstrap", "20"], plain)).toBe(0);
    expect(plain.err).toBe("");
    const io = memoryIo();
    expect(await main(["fit", "service", CONTROL, "--format", "json", "--bootstrap", "20", "--progress"], io)).toBe(0);
    expect(io.out).toBe(plain.out);
    const lines = io.err.trim().split("\n");
    expect(lines.length).toBe(11); // after the first sample, then at each tenth up to 160/160
    expect(lines.at(-1)).toBe(`borderflow: fit service ${CONTROL}: 160/160 bootstrap samples`);
    expect(io.err).not.toContain("\r");
  });

  it("main(['fit', 'service', FILE]) writes a p-value no bootstrap sample reached as '≤ 1/(B + 1)', the least B samples can give", async () => {
    const io = memoryIo();
    expect(await main(["fit", "service", "data/examples/xray-service.csv", ...quick], io)).toBe(0);
    // With 19 samples the least p-value is 0.05: the uniform fits these scanning times badly, the lognormal well.
    const row = (dist: string): string => io.out.split("\n").find((l) => l.startsWith(`${dist} `)) ?? "";
    expect(row("uniform")).toMatch(/\(p ≤ 0\.05\)\s+\S+ \(p ≤ 0\.05\)$/);
    expect(row("lognormal")).not.toContain("≤");
  });

  it("main(['fit', 'service', FILE, '--format', 'csv']) prints one row per parameter of each family", async () => {
    const io = memoryIo();
    expect(await main(["fit", "service", CONTROL, "--format", "csv", ...quick], io)).toBe(0);
    const lines = io.out.trim().split("\n");
    expect(lines[0]).toBe("dist,parameter,value,lo,hi,logLikelihood,aic,ksStatistic,ksP,adStatistic,adP,best");
    // exponential 1, uniform 2, triangular 3, normal 2, lognormal 2, gamma 2, erlang 2, weibull 2 parameters.
    expect(lines.length).toBe(1 + 16);
    expect(lines.filter((l) => l.endsWith(",true")).every((l) => l.startsWith("lognormal,"))).toBe(true);
  });

  it("main(['fit', 'service', FILE, '--into', S, '--path', P, '--out', NEW]) writes the best fit into a copy that loads", async () => {
    const io = memoryIo();
    const path = "directions.kg-to-kz.stages.2.serviceMinutes";
    expect(await main(["fit", "service", CONTROL, "--into", BASELINE, "--path", path, "--out", "new.json", ...quick], io)).toBe(0);
    const loaded = loadScenario(io.written.get("new.json") as string, "new.json");
    expect(loaded.ok).toBe(true);
    if (!loaded.ok || loaded.scenario.model !== "border") return;
    const written = loaded.scenario.directions["kg-to-kz"].stages[2]?.serviceMinutes as Json;
    expect(written.dist).toBe("lognormal");
    expect(io.out).toMatch(/best: lognormal/);
    expect(io.err).toMatch(/wrote \{"dist":"lognormal",.*\} to directions\.kg-to-kz\.stages\.2\.serviceMinutes in "new\.json"/);
  });

  it("main(['fit', 'service', ..., '--dist', 'gamma', '--path', an hours field]) writes the chosen family converted to hours", async () => {
    const io = memoryIo();
    const path = "directions.kg-to-kz.stages.3.breakdowns.timeToRepairHours";
    expect(await main(["fit", "service", CONTROL, "--into", BASELINE, "--path", path, "--dist", "gamma", "--out", "new.json", "--format", "json", ...quick], io)).toBe(0);
    const gamma = (JSON.parse(io.out) as { candidates: Json[] }).candidates.find((c) => c.dist === "gamma") as Json;
    const written = (JSON.parse(io.written.get("new.json") as string) as { directions: Record<string, { stages: { breakdowns: { timeToRepairHours: Json } }[] }> })
      .directions["kg-to-kz"]!.stages[3]!.breakdowns.timeToRepairHours;
    expect(written).toEqual({ dist: "gamma", mean: (gamma.mean as number) / 60, cv: gamma.cv });
    expect(io.err).toMatch(/converted from minutes to hours/);
  });

  it("main(['fit', 'service', ..., '--into', S]) refuses: without --out, over an existing --out without --force, with a bad --path", async () => {
    let io = memoryIo();
    expect(await main(["fit", "service", CONTROL, "--into", BASELINE, "--path", "x"], io)).toBe(2);
    expect(io.err).toMatch(/--into needs --out NEW\.json/);
    io = memoryIo({ [BASELINE]: "{}" });
    expect(await main(["fit", "service", CONTROL, "--into", BASELINE, "--path", "x", "--out", BASELINE], io)).toBe(2);
    expect(io.err).toMatch(/--out "scenarios\/baseline\.json" exists; it is not overwritten without --force/);
    expect(io.written.get(BASELINE)).toBe("{}");
    io = memoryIo();
    expect(await main(["fit", "service", CONTROL, "--into", BASELINE, "--path", "directions.kg-to-kz.stages.2.serviceMinuts", "--out", "new.json", ...quick], io)).toBe(2);
    expect(io.err).toMatch(/serviceMinuts/);
    expect(io.written.has("new.json")).toBe(false);
  });

  it("main(['fit', 'service', bad records]) exits 2 naming the line and column of every bad row; --skip-bad skips and counts them", async () => {
    const rows = ["minutes", ...Array.from({ length: 12 }, (_, i) => String(3 + i)), "abc", "0", "-1"].join("\n");
    let io = memoryIo({ "bad.csv": rows });
    expect(await main(["fit", "service", "bad.csv", ...quick], io)).toBe(2);
    expect(io.err).toContain('bad.csv:14: column "minutes": "abc" is not a number');
    expect(io.err).toContain('bad.csv:15: column "minutes": 0 is not a duration > 0');
    expect(io.err).toContain('bad.csv:16: column "minutes": -1 is not a duration > 0');
    io = memoryIo({ "bad.csv": rows });
    expect(await main(["fit", "service", "bad.csv", "--skip-bad", ...quick], io)).toBe(0);
    expect(io.err).toMatch(/^skipped 3 unreadable rows \(--skip-bad\)/);
  });

  it("main(['fit', 'service', too few rows]) exits 2 saying how many are needed", async () => {
    const io = memoryIo({ "few.csv": "minutes\n1\n2\n3\n" });
    expect(await main(["fit", "service", "few.csv"], io)).toBe(2);
    expect(io.err).toMatch(/"few\.csv": needs at least 10 durations to fit, got 3/);
  });

  it("main(['fit', 'service', start/end records with an end before its start]) exits 2 naming line and column", async () => {
    const io = memoryIo({ "se.csv": "start,end\n2023-05-01T07:00+06:00,2023-05-01T06:59+06:00\n" });
    expect(await main(["fit", "service", "se.csv"], io)).toBe(2);
    expect(io.err).toMatch(/se\.csv:2: column "end": ends before its start/);
  });

  it("main(['fit']) and main(['fit', 'servce']) exit 2 saying what fit needs", async () => {
    let io = memoryIo();
    expect(await main(["fit", "data.csv"], io)).toBe(2);
    expect(io.err).toMatch(/fit needs what to fit: "fit service FILE\.csv" or "fit arrivals FILE\.csv", got "data\.csv"/);
    io = memoryIo();
    expect(await main(["fit", "service", CONTROL, "--unit", "seconds"], io)).toBe(2);
    expect(io.err).toMatch(/--unit must be minutes or hours, got "seconds"/);
  });
});

describe("borderflow fit arrivals", () => {
  it("main(['fit', 'arrivals', FILE, '--format', 'json']) prints { n, days, trucksPerDay, hourOfDay, dayOfWeek, monthOfYear, dispersion }", async () => {
    const io = memoryIo();
    expect(await main(["fit", "arrivals", ARRIVALS, "--format", "json", "--bootstrap", "99"], io)).toBe(0);
    const out = JSON.parse(io.out) as Json & { hourOfDay: Json[]; dayOfWeek: Json[] };
    expect(Object.keys(out)).toEqual(["n", "days", "trucksPerDay", "hourOfDay", "dayOfWeek", "monthOfYear", "dispersion"]);
    expect(out.days).toBe(35);
    expect(Object.keys(out.trucksPerDay as Json)).toEqual(["mean", "halfWidth", "lo", "hi"]);
    expect(out.hourOfDay.length).toBe(24);
    expect(out.dayOfWeek.length).toBe(7);
    expect(out.monthOfYear).toBeNull();
    expect(Object.keys(out.dispersion as Json)).toEqual(["index", "p"]);
  });

  it("main(['fit', 'arrivals', FILE, '--format', 'csv']) prints a row per estimate, its index named in words, and the JSON's numbers", async () => {
    const csv = memoryIo();
    expect(await main(["fit", "arrivals", ARRIVALS, "--format", "csv", "--bootstrap", "99"], csv)).toBe(0);
    const json = memoryIo();
    expect(await main(["fit", "arrivals", ARRIVALS, "--format", "json", "--bootstrap", "99"], json)).toBe(0);
    type Estimate = { mean: number; halfWidth: number; lo: number; hi: number };
    const fit = JSON.parse(json.out) as { hourOfDay: Estimate[]; dayOfWeek: Estimate[]; monthOfYear: null };
    const cells = (e: Estimate): string => [e.mean, e.halfWidth, e.lo, e.hi].join(",");
    const lines = csv.out.trim().split("\n");
    expect(lines[0]).toBe("quantity,index,mean,halfWidth,lo,hi,label");
    // 35 days of records: trucks a day, 24 hours, 7 weekdays, no month, and the dispersion test's two numbers.
    expect(fit.monthOfYear).toBeNull();
    expect(lines).toHaveLength(1 + 1 + 24 + 7 + 2);
    expect(lines[2]).toBe(`hourOfDay,0,${cells(fit.hourOfDay[0]!)},00h`);
    expect(lines[25]).toBe(`hourOfDay,23,${cells(fit.hourOfDay[23]!)},23h`);
    expect(lines[26]).toBe(`dayOfWeek,0,${cells(fit.dayOfWeek[0]!)},Mon`);
    expect(lines[32]).toBe(`dayOfWeek,6,${cells(fit.dayOfWeek[6]!)},Sun`);
    expect(lines.at(-1)).toMatch(/^dispersionP,,0\.\d+,,,,"?P\(chi-squared >= X2\)/);
  });

  it("main(['fit', 'arrivals', FILE, '--into', S, '--direction', D, '--out', NEW]) writes trucksPerDay, hourOfDay and dayOfWeek", async () => {
    const io = memoryIo();
    expect(await main(["fit", "arrivals", ARRIVALS, "--into", BASELINE, "--direction", "kz-to-kg", "--out", "new.json", "--bootstrap", "99", "--format", "json"], io)).toBe(0);
    const fit = JSON.parse(io.out) as { trucksPerDay: { mean: number }; hourOfDay: { mean: number }[] };
    const loaded = loadScenario(io.written.get("new.json") as string, "new.json");
    expect(loaded.ok).toBe(true);
    if (!loaded.ok || loaded.scenario.model !== "border") return;
    const d = loaded.scenario.directions["kz-to-kg"];
    // May and June both have multiplier 1 in the baseline, so trucksPerDay goes in as estimated.
    expect(d.trucksPerDay).toBe(fit.trucksPerDay.mean);
    expect(d.hourOfDay).toEqual(fit.hourOfDay.map((e) => e.mean));
  });

  it("main(['fit', 'arrivals', records out of order]) exits 2 naming both lines", async () => {
    const io = memoryIo({ "a.csv": "arrival\n2023-05-01T07:30+06:00\n2023-05-01T07:10+06:00\n" });
    expect(await main(["fit", "arrivals", "a.csv"], io)).toBe(2);
    expect(io.err).toMatch(/a\.csv:3: column "arrival": 2023-05-01T07:10\+06:00 is earlier than 2023-05-01T07:30\+06:00 on line 2/);
  });

  it("main(['fit', 'arrivals', local times]) needs --tz, and rejects an unknown zone", async () => {
    const text = `arrival\n${Array.from({ length: 20 }, (_, d) => `2023-05-${String(d + 1).padStart(2, "0")}T07:30`).join("\n")}\n`;
    let io = memoryIo({ "a.csv": text });
    expect(await main(["fit", "arrivals", "a.csv"], io)).toBe(2);
    expect(io.err).toMatch(/a\.csv:2: column "arrival": "2023-05-01T07:30" has no UTC offset/);
    io = memoryIo({ "a.csv": text });
    expect(await main(["fit", "arrivals", "a.csv", "--tz", "Asia/Nowhere"], io)).toBe(2);
    expect(io.err).toMatch(/--tz must be an IANA time zone/);
    io = memoryIo({ "a.csv": text });
    expect(await main(["fit", "arrivals", "a.csv", "--tz", "Asia/Bishkek", "--bootstrap", "19"], io)).toBe(0);
  });
});

describe("borderflow check (usage)", () => {
  it("main(['check', S]) exits 2 without --observed or --direction, and for a network scenario", async () => {
    let io = memoryIo();
    expect(await main(["check", BASELINE, "--direction", "kg-to-kz"], io)).toBe(2);
    expect(io.err).toMatch(/check needs --observed FILE\.csv/);
    io = memoryIo();
    expect(await main(["check", BASELINE, "--observed", "data/examples/crossings.csv"], io)).toBe(2);
    expect(io.err).toMatch(/check needs --direction kg-to-kz or kz-to-kg/);
    io = memoryIo();
    expect(await main(["check", "scenarios/mm1.json", "--observed", "data/examples/crossings.csv", "--direction", "kg-to-kz"], io)).toBe(2);
    expect(io.err).toMatch(/needs a border scenario/);
  });
});
