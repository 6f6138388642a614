import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { memoryIo } from "./memory-io.js";

const mm1 = ["scenarios/mm1.json", "--replications", "2", "--horizon", "1000", "--warmup", "100", "--workers", "1", "--quiet"];
const border = ["--replications", "2", "--set", "days=3", "--set", "warmupDays=1", "--workers", "1", "--quiet"];

/** The metric and unit columns of a table's body rows (after the two header lines, before the blank line). */
function body(out: string): string[][] {
  const lines = out.split("\n\n")[0]?.trim().split("\n").slice(2) ?? [];
  return lines.map((line) => line.split(/\s{2,}/));
}

describe("borderflow table output: headline, --all, --metric", () => {
  it("main(['run', network FILE]) leads with a short headline table whose unit is the model's own time unit", async () => {
    const io = memoryIo();
    expect(await main(["run", ...mm1], io)).toBe(0);
    expect(io.out.split("\n")[0]).toMatch(/^scenario\s+metric\s+unit\s+mean/);
    const rows = body(io.out);
    expect(rows.map((r) => [r[1], r[2]])).toEqual([
      ["system.throughput", "per time unit"], ["system.timeInSystem", "time units"], ["system.waitInQueue", "time units"],
      ["system.inSystem", "customers"], ["stations.desk.utilization", "share of time"],
    ]);
    expect(io.out).toMatch(/\n8 more rows with --all, or choose metrics with --metric PATTERN/);
  });

  it("main(['run', border FILE]) shows crossing time, trucks/day and the road queue of each direction, with units", async () => {
    const io = memoryIo();
    expect(await main(["run", "scenarios/baseline.json", ...border], io)).toBe(0);
    const rows = body(io.out);
    expect(rows.length).toBe(8);
    expect(rows.map((r) => `${r[1]} ${r[2]}`)).toContain("directions.kg-to-kz.crossingHours hours");
    expect(rows.map((r) => `${r[1]} ${r[2]}`)).toContain("directions.kz-to-kg.trucksPerDay trucks/day");
    expect(rows.map((r) => `${r[1]} ${r[2]}`)).toContain("directions.kg-to-kz.queueTrucks trucks");
    expect(rows.map((r) => `${r[1]} ${r[2]}`)).toContain("directions.kg-to-kz.queueKm km");
  });

  it("main(['compare', BASE, OTHER]) shows the base's level and each difference named against the base, metric by metric", async () => {
    const io = memoryIo();
    expect(await main(["compare", "scenarios/baseline.json", "scenarios/seals.json", ...border], io)).toBe(0);
    const rows = body(io.out);
    expect(rows.length).toBe(16);
    expect(rows.slice(0, 2).map((r) => `${r[0]} | ${r[1]}`)).toEqual([
      "baseline | directions.kg-to-kz.crossingHours", "seals − baseline | directions.kg-to-kz.crossingHours",
    ]);
  });

  it("main(['run', FILE, '--all']) shows every metric with its unit and no footer", async () => {
    const io = memoryIo();
    expect(await main(["run", ...mm1, "--all"], io)).toBe(0);
    const rows = body(io.out);
    expect(rows.length).toBe(13);
    expect(rows.find((r) => r[1] === "stations.desk.queueLength")?.[2]).toBe("customers");
    expect(io.out).not.toMatch(/--all/);
  });

  it("main(['run', FILE, '--metric', P]) shows exactly the selection in a table, headline or not", async () => {
    const io = memoryIo();
    expect(await main(["run", ...mm1, "--metric", "**.p95", "--metric", "stations.*.queueLength"], io)).toBe(0);
    expect(body(io.out).map((r) => r[1])).toEqual(["system.timeInSystem.p95", "stations.desk.queueLength"]);
  });

  it("main(['run', FILE, '--format', 'csv']) keeps every metric: the headline applies to tables only", async () => {
    const io = memoryIo();
    expect(await main(["run", ...mm1, "--format", "csv"], io)).toBe(0);
    expect(io.out.trim().split("\n").length).toBe(1 + 13);
  });

  it("main(['sweep', FILE, '--set', 'PATH=text,text', '--format', 'csv']) writes a text value as it was given, not in JSON quotes", async () => {
    const io = memoryIo();
    const priority = ["scenarios/priority.json", "--replications", "2", "--horizon", "1000", "--warmup", "100", "--workers", "1", "--quiet"];
    expect(await main(["sweep", ...priority, "--set", "stations.0.discipline=fifo,priority", "--metric", "system.throughput", "--format", "csv"], io)).toBe(0);
    const lines = io.out.trim().split("\n").slice(1);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^estimate,"Two classes, non-preemptive priority",stations\.0\.discipline,fifo,system\.throughput,/);
    expect(lines[1]).toMatch(/^estimate,"Two classes, non-preemptive priority",stations\.0\.discipline,priority,system\.throughput,/);
  });

  it("main(['compare', ..., '--format', 'json', '--metric', P]) keeps the JSON shape with only the selected metrics", async () => {
    const io = memoryIo();
    expect(await main(["compare", "scenarios/mm1.json", ...mm1, "--format", "json", "--metric", "system.throughput"], io)).toBe(0);
    const json = JSON.parse(io.out) as { results: Record<string, unknown>[]; differences: { metric: string }[] };
    expect(Object.keys(json.results[0] as object)).toEqual(["scenario", "model", "seed", "replications", "horizon", "warmup", "system", "stations", "classes"]);
    expect(Object.keys(json.results[0]?.["system"] as object)).toEqual(["throughput"]);
    expect(json.results[0]?.["stations"]).toEqual({});
    expect(json.differences.map((d) => d.metric)).toEqual(["system.throughput"]);
  });
});

describe("borderflow progress and --out note", () => {
  const quiet = mm1.filter((a) => a !== "--quiet");

  it("main(['run', FILE]) with standard error not a terminal prints no progress", async () => {
    const io = memoryIo();
    expect(await main(["run", ...quiet], io)).toBe(0);
    expect(io.err).toBe("");
  });

  it("main(['run', FILE, '--progress']) off a terminal writes whole progress lines to standard error, no carriage returns", async () => {
    const io = memoryIo();
    expect(await main(["run", ...quiet, "--progress"], io)).toBe(0);
    expect(io.err).not.toMatch(/\r/);
    expect(io.err.trim().split("\n")).toEqual([
      "borderflow: M/M/1 at utilisation 0.9: 1/2 replications", "borderflow: M/M/1 at utilisation 0.9: 2/2 replications",
    ]);
    expect(io.out).toMatch(/^scenario/);
  });

  it("main(['run', FILE]) on a terminal draws the bar on standard error", async () => {
    const io = { ...memoryIo(), stderrIsTTY: true };
    let err = "";
    io.stderr = (text: string) => void (err += text);
    expect(await main(["run", ...quiet], io)).toBe(0);
    expect(err).toMatch(/\rM\/M\/1 at utilisation 0\.9 \[#+\] 2\/2 replications\n$/);
  });

  it("main(['run', FILE, '--quiet', '--progress']) exits 2: the two contradict each other", async () => {
    const io = memoryIo();
    expect(await main(["run", ...mm1, "--progress"], io)).toBe(2);
    expect(io.err).toMatch(/--quiet and --progress contradict each other/);
  });

  it("main(['run', FILE, '--out', PATH]) says on standard error what was written where", async () => {
    const io = memoryIo();
    expect(await main(["run", ...quiet, "--format", "csv", "--out", "mm1.csv"], io)).toBe(0);
    const bytes = new TextEncoder().encode(io.written.get("mm1.csv") ?? "").length;
    expect(io.err).toBe(`borderflow run: wrote CSV of the run result of "M/M/1 at utilisation 0.9", 13 rows (${bytes.toLocaleString("en-US")} bytes) to mm1.csv\n`);
    expect(io.out).toBe("");
  });

  it("main(['run', FILE, '--format', 'csv', '--decimal-comma', '--out', PATH]) counts the bytes written, byte-order mark included", async () => {
    const io = memoryIo();
    expect(await main(["run", ...quiet, "--format", "csv", "--decimal-comma", "--out", "mm1.csv"], io)).toBe(0);
    const written = io.written.get("mm1.csv") ?? "";
    expect(written.startsWith("\uFEFF")).toBe(true);
    // The mark is 3 bytes in UTF-8: the note counted the CSV before --decimal-comma shaped it.
    expect(io.err).toContain(`(${new TextEncoder().encode(written).length.toLocaleString("en-US")} bytes) to mm1.csv\n`);
  });

  it("main(['run', FILE, '--shard', '1/2', '--out', PATH]) names the part it wrote", async () => {
    const io = memoryIo();
    expect(await main(["run", ...quiet, "--shard", "1/2", "--out", "part1.json"], io)).toBe(0);
    expect(io.err).toMatch(/^borderflow run: wrote JSON part 1\/2 of the run study, for borderflow merge \(\d[\d,]* bytes\) to part1\.json\n$/);
  });
  it("main(['compare', border FILES, '--format', 'csv']) ends every row with the unit the table shows, differences too", async () => {
    const io = memoryIo();
    expect(await main(["compare", "scenarios/baseline.json", "scenarios/seals.json", ...border, "--format", "csv"], io)).toBe(0);
    const lines = io.out.trim().split("\n");
    expect(lines[0]?.split(",").at(-1)).toBe("unit");
    const unit = (kind: string, metric: string): string | undefined =>
      lines.find((l) => l.startsWith(`${kind},`) && l.includes(`,${metric},`))?.split(",").at(-1);
    expect(unit("estimate", "directions.kg-to-kz.crossingHours")).toBe("hours");
    expect(unit("difference", "directions.kg-to-kz.crossingHours")).toBe("hours");
    expect(unit("difference", "directions.kz-to-kg.trucksPerDay")).toBe("trucks/day");
    expect(unit("estimate", "directions.kg-to-kz.queueKm")).toBe("km");
    expect(unit("estimate", "system.throughput")).toBe("trucks/hour");
  });
});
