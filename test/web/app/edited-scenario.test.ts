import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { pairedInputs, pointOverrides } from "../../../src/scenario/study/analysis/design-inputs.js";
import { bundleScenarios, type BundledScenario } from "../../../web/app/bundled-scenarios.js";
import { assembleComparison, planComparison } from "../../../web/app/comparison-plan.js";
import { loadEdited, scenarioOverrides } from "../../../web/app/edited-scenario.js";
import { leversOf } from "../../../web/app/levers.js";
import { decodeState } from "../../../web/app/url-state.js";
import { comparisonJsonFile } from "../../../web/app/result-files.js";
import { cliOutput as cli } from "../../cli/memory-io.js";
import { outputsOf } from "./page-runs.js";

const file = (id: string): string => fileURLToPath(new URL(`../../../scenarios/${id}.json`, import.meta.url));
const ids = ["baseline", "seals", "harvest-peak"];
const { scenarios: bundle } = bundleScenarios(Object.fromEntries(ids.map((id) => [`../scenarios/${id}.json`, readFileSync(file(id), "utf8")])), "border");
const scenario = (id: string): BundledScenario => bundle.get(id) as BundledScenario;
const settings = { replications: 2, days: 9, quick: false };

describe("edited scenario", () => {
  it("scenarioOverrides(bundled, edits, settings) writes a chosen seed and warm-up as the CLI's seed= and warmupDays= overrides", () => {
    expect(scenarioOverrides(scenario("seals"), { "seals.share": 0.5 }, { ...settings, seed: -42, warmupDays: 2 })).toEqual([
      "replications=2", "days=9", "seed=-42", "warmupDays=2", "seals.share=0.5", 'name="seals (edited)"',
    ]);
  });

  it("assembleComparison(...) with a chosen seed and warm-up equals `borderflow compare --seed S --set warmupDays=W` byte for byte", async () => {
    const chosen = { ...settings, seed: 42, warmupDays: 2 };
    const plan = planComparison(bundle, { scenarios: ["baseline", "seals"], edits: {} }, chosen);
    if (!plan.ok) throw new Error("plan failed");
    expect(plan.tasks.map((t) => [t.scenario.seed, t.scenario.model === "border" ? t.scenario.warmupDays : -1])).toEqual([[42, 2], [42, 2]]);
    const comparison = assembleComparison(plan.tasks, outputsOf(plan.tasks, plan.replications));
    const expected = await cli(["compare", file("baseline"), file("seals"), "--replications", "2", "--seed", "42", "--set", "days=9", "--set", "warmupDays=2",
      "--workers", "1", "--quiet", "--format", "json"]);
    expect(comparisonJsonFile(comparison).text).toBe(expected);
  });

  it("loadEdited(bundled, edits, settings) refuses an edit of __proto__ from a link by name, as `--set __proto__=1` is refused", () => {
    const { state } = decodeState("s=baseline&set=baseline:__proto__=1", ["baseline"], ["baseline"]);
    const loaded = loadEdited(scenario("baseline"), state.edits["baseline"] ?? {}, settings);
    if (loaded.ok) throw new Error("an edit of __proto__ must be refused");
    expect(loaded.problems.other.join("\n")).toContain('unknown field "__proto__"');
  });

  it("loadEdited(bundled, edits, settings) shows a warm-up the loader refuses at the warm-up field when the page sets it, else at the days", () => {
    const set = loadEdited(scenario("baseline"), {}, { ...settings, warmupDays: 9 });
    const own = loadEdited(scenario("baseline"), {}, { ...settings, days: 7 });
    if (set.ok || own.ok) throw new Error("both must fail");
    expect(Object.fromEntries(set.problems.byField)).toEqual({ warmupDays: ["must be < days (9), got 9"] });
    expect(Object.fromEntries(own.problems.byField)).toEqual({ days: ["warmupDays must be < days (7), got 7"] });
  });

  it("scenarioOverrides(bundled, edits, settings): a lever of several declared paths moves the others in proportion, as the CLI's design points do", () => {
    const customs = "directions.kg-to-kz.stages.4.serviceMinutes.mean";
    // Nominal 30 minutes; perishable 25 and transit 20 move in proportion: at 60 they are 50 and 40.
    expect(scenarioOverrides(scenario("baseline"), { [customs]: 60 }, settings).slice(2, 5)).toEqual([
      `${customs}=60`,
      "directions.kg-to-kz.stages.4.serviceMinutesByClass.perishable.mean=50",
      "directions.kg-to-kz.stages.4.serviceMinutesByClass.transit.mean=40",
    ]);
    // September 1.15 and October 1.18: October moves in proportion to September.
    expect(scenarioOverrides(scenario("harvest-peak"), { "monthOfYear.8": 1.2 }, settings).slice(2, 4)).toEqual([
      "monthOfYear.8=1.2", `monthOfYear.9=${JSON.stringify(1.18 * (1.2 / 1.15))}`,
    ]);
    // The same overrides as the CLI's sensitivity and uncertainty write for that input at that value.
    for (const id of ["baseline", "harvest-peak"]) {
      const bundled = scenario(id);
      for (const input of pairedInputs(bundled.scenario).filter((p) => p.input.paths !== undefined)) {
        const x = (input.input.low + input.input.high) / 2;
        const path = (input.input.paths?.[0] ?? "").replace(/\[(\d+)\]/g, ".$1");
        expect(leversOf(bundled.scenario).some((l) => l.lever.path === path), `${id}: ${path}`).toBe(true);
        expect(scenarioOverrides(bundled, { [path]: x }, settings).filter((o) => !/^(replications|days|name)=/.test(o)), `${id}: ${path}`)
          .toEqual(pointOverrides([input], [x], "file"));
      }
    }
  });

  it("loadEdited(bundled, edits, settings) shows a problem of a field a lever moves at that lever", () => {
    // The loader checks both searches; the second direction's problem is shown at the lever that moves it.
    const searches = "directions.kg-to-kz.stages.1.inspection.share";
    const loaded = loadEdited(scenario("baseline"), { [searches]: 1.5 }, settings);
    if (loaded.ok) throw new Error("must fail");
    expect([...loaded.problems.byField.keys()]).toEqual([searches]);
    expect(loaded.problems.byField.get(searches)).toEqual([
      "must be a number >= 0 and <= 1, got 1.5",
      "directions.kz-to-kg.stages.3.inspection.share, moved with it, must be a number >= 0 and <= 1, got 1.5",
    ]);
  });
});
