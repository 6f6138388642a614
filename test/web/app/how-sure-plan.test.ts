import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bundleScenarios, type BundledScenario } from "../../../web/app/bundled-scenarios.js";
import { planHowSure } from "../../../web/app/how-sure-plan.js";
import { cliOutput as cli } from "../../cli/memory-io.js";
import { runInShards } from "./page-runs.js";

const files = Object.fromEntries(["baseline", "seals"].map((id) => [`../scenarios/${id}.json`, readFileSync(`scenarios/${id}.json`, "utf8")]));
const { scenarios: bundle } = bundleScenarios(files, "border");
const seals = bundle.get("seals") as BundledScenario;
const baseline = bundle.get("baseline") as BundledScenario;
const settings = { replications: 2, days: 9, quick: false };
const metric = "directions.kg-to-kz.crossingHours";

const sets = ["--set", "replications=2", "--set", "days=9", "--metric", metric, "--workers", "1", "--quiet", "--format", "json"];

describe("planHowSure(measure, base, edits, settings, request)", () => {
  it("planHowSure(..., tornado) run on the page's workers gives the CLI's sensitivity result, byte for byte", async () => {
    const plan = planHowSure(seals, baseline, {}, settings, { kind: "tornado", metric, samples: 2 });
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    const shown = plan.finish(runInShards(plan.tasks, plan.replications));
    expect(shown.kind).toBe("tornado");
    expect(`${JSON.stringify(shown.result, null, 2)}\n`).toBe(await cli(["sensitivity", "scenarios/seals.json", "--against", "scenarios/baseline.json", ...sets]));
  });

  it("planHowSure(..., spread) runs each world on its own replications and gives the CLI's uncertainty result", async () => {
    const plan = planHowSure(seals, baseline, {}, settings, { kind: "spread", metric, samples: 3 });
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.tasks.map((t) => t.firstReplication)).toEqual([0, 0, 2, 2, 4, 4]);
    // Each world's tasks (FILE's, then BASE's) are named by that world's inputs, as the CLI names a stopped design point.
    expect(plan.tasks[0]?.label).toMatch(/^"seals" at ([a-z][\w.-]*=-?[\d.e-]+, ){13}seals\.alarmRate=0\.\d+$/);
    expect(plan.tasks[1]?.label).toMatch(/^"baseline" at /);
    expect(plan.tasks[1]?.label?.replace(/^"baseline"/, "")).toBe(plan.tasks[0]?.label?.replace(/^"seals"/, ""));
    expect(plan.tasks[2]?.label).not.toBe(plan.tasks[0]?.label);
    const shown = plan.finish(runInShards(plan.tasks, plan.replications));
    expect(`${JSON.stringify(shown.result, null, 2)}\n`).toBe(await cli(["uncertainty", "scenarios/seals.json", "--against", "scenarios/baseline.json", "--samples", "3", ...sets]));
  });

  it("planHowSure(...) holds an input the page's levers set and reports a point that breaks a rule", () => {
    const held = planHowSure(seals, baseline, { seals: { "seals.share": 0.3 } }, settings, { kind: "tornado", metric, samples: 2 });
    expect(held.ok && held.tasks.length).toBe(2 * (2 * 13 + 1));
    const broken = planHowSure(seals, baseline, {}, { ...settings, days: 7 }, { kind: "tornado", metric, samples: 2 });
    expect(broken.ok ? [] : broken.problems.join("\n")).toMatch(/warmupDays: must be < days \(7\), got 7/);
  });
});
