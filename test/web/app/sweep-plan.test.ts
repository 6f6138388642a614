import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { bundleScenarios, type BundledScenario } from "../../../web/app/bundled-scenarios.js";
import { sweepGridCsvFile, sweepGridJsonFile } from "../../../web/app/result-files.js";
import { assembleSweepGrid, maxGridCells, planSweepGrid } from "../../../web/app/sweep-plan.js";
import { cliOutput as cli } from "../../cli/memory-io.js";
import { outputsOf } from "./page-runs.js";

const baselineFile = fileURLToPath(new URL("../../../scenarios/baseline.json", import.meta.url));
const { scenarios: bundle } = bundleScenarios({ "../scenarios/baseline.json": readFileSync(baselineFile, "utf8") }, "border");
const baseline = bundle.get("baseline") as BundledScenario;
const settings = { replications: 2, days: 9, quick: false, seed: 5, warmupDays: 2 };
const xray = "directions.kg-to-kz.stages.3.lanes";
const spec = { scenario: "baseline", path: "seals.share", values: [0, 1], metric: "directions.kg-to-kz.crossingHours", second: { path: xray, values: [2, 3] } };

describe("sweep plan", () => {
  it("planSweepGrid(bundled, edits, settings, spec) runs every combination, and each row equals `borderflow sweep --set FIRST=... --set SECOND=value` byte for byte", async () => {
    const plan = planSweepGrid(baseline, {}, settings, spec);
    // A failing cell is named by both levers' values.
    expect(plan.ok && plan.tasks.map((t) => t.label)).toEqual([
      `"baseline" at ${xray}=2, seals.share=0`, `"baseline" at ${xray}=2, seals.share=1`, `"baseline" at ${xray}=3, seals.share=0`, `"baseline" at ${xray}=3, seals.share=1`,
    ]);
    if (!plan.ok) throw new Error(plan.problems.join("\n"));
    expect(plan.tasks.map((t) => t.key)).toEqual(["0:0", "0:1", "1:0", "1:1"]);
    const grid = assembleSweepGrid(spec, plan.tasks, outputsOf(plan.tasks, plan.replications));
    expect([grid.columns, grid.rows]).toEqual([{ parameter: "seals.share", values: [0, 1] }, { parameter: xray, values: [2, 3] }]);
    const common = ["--replications", "2", "--seed", "5", "--set", "days=9", "--set", "warmupDays=2", "--workers", "1", "--quiet"];
    for (const [r, lanes] of [2, 3].entries()) {
      const json = await cli(["sweep", baselineFile, "--set", "seals.share=0,1", "--set", `${xray}=${lanes}`, ...common, "--format", "json"]);
      expect(`${JSON.stringify(grid.sweeps[r], null, 2)}\n`).toBe(json);
      const csv = (await cli(["sweep", baselineFile, "--set", "seals.share=0,1", "--set", `${xray}=${lanes}`, ...common, "--format", "csv"])).trimEnd().split("\n");
      const gridCsv = sweepGridCsvFile(grid).text.trimEnd().split("\n");
      expect(gridCsv[0]).toBe(`parameter2,value2,${csv[0]}`);
      expect(gridCsv.filter((line) => line.startsWith(`${xray},${lanes},`)).map((line) => line.slice(`${xray},${lanes},`.length))).toEqual(csv.slice(1));
    }
    expect(JSON.parse(sweepGridJsonFile(grid).text)).toEqual(JSON.parse(JSON.stringify(grid)));
  });

  it("sweepGridCsvFile(grid) keeps a scenario named like a spreadsheet formula as text in every row, quoted as RFC 4180 asks", () => {
    const named = JSON.stringify({ ...(JSON.parse(readFileSync(baselineFile, "utf8")) as object), name: '=HYPERLINK("http://x","y")' });
    const formula = bundleScenarios({ "../scenarios/baseline.json": named }, "border").scenarios.get("baseline") as BundledScenario;
    const plan = planSweepGrid(formula, {}, settings, spec);
    if (!plan.ok) throw new Error(plan.problems.join("\n"));
    const lines = sweepGridCsvFile(assembleSweepGrid(spec, plan.tasks, outputsOf(plan.tasks, plan.replications))).text.trimEnd().split("\n").slice(1);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).toMatch(new RegExp(`^${xray},[23],estimate,"'=HYPERLINK\\(""http://x"",""y""\\)",seals\\.share,[01],`));
    }
  });

  it("planSweepGrid(...) refuses the same lever twice, too many combinations, and names the combination the loader refuses", () => {
    expect(planSweepGrid(baseline, {}, settings, { ...spec, second: { path: "seals.share", values: [0, 1] } }))
      .toEqual({ ok: false, problems: ["the two levers are the same (seals.share); choose another second lever, or none"] });
    const many = Array.from({ length: 7 }, (_, i) => i / 10);
    expect(planSweepGrid(baseline, {}, settings, { ...spec, values: many, second: { path: "startMonth", values: many.map((_, i) => i + 1) } }))
      .toEqual({ ok: false, problems: [`7 × 7 = 49 combinations; the browser runs at most ${maxGridCells}, so give fewer values (or use the CLI)`] });
    const customs = "directions.kg-to-kz.stages.4.lanes";
    expect(planSweepGrid(baseline, {}, settings, { ...spec, second: { path: customs, values: [12, 3] } })).toEqual({
      ok: false,
      problems: [0, 1].map((share) => `${customs} = 3, seals.share = ${share}: ${customs}: must be at least the most lanes the hours put on duty (12), got 3`),
    });
  });
});
