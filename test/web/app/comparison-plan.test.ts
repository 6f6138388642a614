import { readFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadScenario } from "../../../src/scenario/index.js";
import { bundleScenarios, type BundledScenario } from "../../../web/app/bundled-scenarios.js";
import { assembleComparison, planComparison } from "../../../web/app/comparison-plan.js";
import { loadEdited, scenarioOverrides } from "../../../web/app/edited-scenario.js";
import { editedScenarioFile } from "../../../web/app/scenario-file.js";
import { comparisonJsonFile } from "../../../web/app/result-files.js";
import { assembleSweep, planSweep } from "../../../web/app/sweep-plan.js";
import { cliOutput as cli } from "../../cli/memory-io.js";
import { runInShards } from "./page-runs.js";

const baselineFile = fileURLToPath(new URL("../../../scenarios/baseline.json", import.meta.url));
const baselineText = readFileSync(baselineFile, "utf8");
/** The baseline under another name and seed, with seals on: a second scenario that needs no other file. */
const variantText = JSON.stringify({ ...(JSON.parse(baselineText) as object), name: "variant", seed: 7, seals: { ...(JSON.parse(baselineText) as { seals: object }).seals, share: 0.5 } });
const { scenarios: bundle } = bundleScenarios({ "../scenarios/baseline.json": baselineText, "../scenarios/variant.json": variantText }, "border");
const baseline = bundle.get("baseline") as BundledScenario;
const settings = { replications: 3, days: 14, quick: false };

describe("comparison plan", () => {
  it("bundleScenarios(files, model) keeps the scenarios of one model, by file name", () => {
    const { scenarios, problems } = bundleScenarios({ "../scenarios/baseline.json": baselineText, "../scenarios/mm1.json": '{"model":"network"}', "../scenarios/broken.json": "{" }, "border");
    expect([...scenarios.keys()]).toEqual(["baseline"]);
    expect(scenarios.get("baseline")?.file).toBe("scenarios/baseline.json");
    expect(problems).toEqual([expect.stringMatching(/^scenarios\/broken\.json: \$: invalid JSON/)]);
  });

  it("scenarioOverrides(bundled, edits, settings) gives the CLI's --set list, the edited name last", () => {
    expect(scenarioOverrides(baseline, { "seals.share": 0.5, "unified.allDayOperation": true }, settings)).toEqual([
      "replications=3", "days=14", "seals.share=0.5", "unified.allDayOperation=true", 'name="baseline (edited)"',
    ]);
    expect(scenarioOverrides(baseline, {}, settings)).toEqual(["replications=3", "days=14"]);
  });

  it("planComparison(bundle, state, settings) runs every scenario on the base's seed with the same replications", () => {
    const plan = planComparison(bundle, { scenarios: ["baseline", "variant"], edits: { variant: { "logisticsCentre.places": 50 } } }, settings);
    if (!plan.ok) throw new Error("plan failed");
    expect(plan.replications).toBe(3);
    expect(plan.tasks.map((t) => [t.key, t.scenario.name, t.scenario.seed, t.scenario.replications])).toEqual([
      ["baseline", "baseline", 1, 3],
      ["variant", "variant (edited)", 1, 3],
    ]);
  });

  it("planComparison(bundle, state, settings) gives each loader problem to its field, per scenario", () => {
    const plan = planComparison(bundle, {
      scenarios: ["baseline", "variant"],
      edits: { variant: { "seals.share": 1.5, "directions.kg-to-kz.stages.4.lanes": 3 } },
    }, { ...settings, days: 5 });
    if (plan.ok) throw new Error("plan should fail");
    expect(Object.fromEntries(plan.problems.get("variant")?.byField ?? [])).toEqual({
      "seals.share": ["must be a number >= 0 and <= 1, got 1.5"],
      "directions.kg-to-kz.stages.4.lanes": ["must be at least the most lanes the hours put on duty (12), got 3"],
    });
    expect(Object.fromEntries(plan.problems.get("baseline")?.byField ?? [])).toEqual({ days: ["warmupDays must be < days (5), got 7"] });
  });

  it("assembleComparison(tasks, outputs) from sharded worker jobs equals `borderflow compare` byte for byte", async () => {
    const plan = planComparison(bundle, { scenarios: ["baseline", "variant"], edits: {} }, settings);
    if (!plan.ok) throw new Error("plan failed");
    const comparison = assembleComparison(plan.tasks, runInShards(plan.tasks, plan.replications));
    const dir = mkdtempSync(join(tmpdir(), "borderflow-plan-"));
    writeFileSync(join(dir, "variant.json"), variantText);
    const expected = await cli(["compare", baselineFile, join(dir, "variant.json"), "--replications", "3", "--set", "days=14", "--workers", "1", "--quiet", "--format", "json"]);
    expect(comparisonJsonFile(comparison).text).toBe(expected);
    expect(comparison.differences.some((d) => d.scenario === "variant" && d.metric === "directions.kg-to-kz.crossingHours")).toBe(true);
  });

  it("editedScenarioFile(bundled, edits, settings) writes a file the loader accepts as the scenario the page ran", () => {
    const edits = { "seals.share": 0.25, "unified.jointControl.enabled": true };
    const file = editedScenarioFile(baseline, edits, settings);
    expect(file.name).toBe("baseline-edited.json");
    const fromFile = loadScenario(file.text, file.name);
    const ran = loadEdited(baseline, edits, settings);
    if (!fromFile.ok || !ran.ok) throw new Error("both must load");
    // The file drops the schema reference, which is relative to scenarios/ and would point nowhere.
    expect(fromFile.scenario).toEqual({ ...ran.scenario, $schema: undefined });
    expect(file.text).not.toContain("$schema");
  });

  it("planSweep(bundled, edits, settings, spec) runs one scenario per value, like `borderflow sweep`", async () => {
    const spec = { scenario: "baseline", path: "seals.share", values: [0, 1], metric: "directions.kg-to-kz.crossingHours" };
    const plan = planSweep(baseline, {}, { ...settings, replications: 2 }, spec);
    if (!plan.ok) throw new Error(plan.problems.join("\n"));
    const sweep = assembleSweep(spec, plan.tasks, runInShards(plan.tasks, plan.replications));
    const expected = await cli(["sweep", baselineFile, "--set", "seals.share=0,1", "--replications", "2", "--set", "days=14", "--workers", "1", "--quiet", "--format", "json"]);
    expect(`${JSON.stringify(sweep, null, 2)}\n`).toBe(expected);
  });

  it("planSweep(bundled, edits, settings, spec) names the value the loader refuses", () => {
    const plan = planSweep(baseline, {}, settings, { scenario: "baseline", path: "directions.kg-to-kz.stages.4.lanes", values: [12, 3], metric: "m" });
    expect(plan).toEqual({ ok: false, problems: ["directions.kg-to-kz.stages.4.lanes = 3: directions.kg-to-kz.stages.4.lanes: must be at least the most lanes the hours put on duty (12), got 3"] });
  });
});
