import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadScenario } from "../../../src/scenario/index.js";
import { enumerateConfigurations } from "../../../src/scenario/study/optimize/configurations.js";
import { loadOptimizationStudy } from "../../../src/scenario/study/optimize/load-study.js";
import { bundleScenarios, type BundledScenario } from "../../../web/app/bundled-scenarios.js";
import { formStudy, planOptimization, searchSettings, studyFieldOf, studyFileName, studyToForm, type OptimizationForm } from "../../../web/app/optimization-plan.js";

const repository = fileURLToPath(new URL("../../../", import.meta.url));
const read = (name: string): string => readFileSync(join(repository, "scenarios", name), "utf8");
const { scenarios } = bundleScenarios({ "../scenarios/baseline.json": read("baseline.json"), "../scenarios/harvest-peak.json": read("harvest-peak.json") }, "border");
const baseline = scenarios.get("baseline") as BundledScenario;
const xray = "directions.kg-to-kz.stages.3.lanes";

const form: OptimizationForm = {
  scenario: "baseline", description: "",
  decisions: [{ path: xray, values: "1, 2", unitCost: "600" }, { path: "directions.kg-to-kz.stages.2.lanes", values: "2 to 3", unitCost: "" }],
  constraints: [{ metric: "directions.kg-to-kz.crossingHours.p95", sense: "max", limit: "6", tolerance: "1" }],
  objective: "min-cost", budget: "", alpha: "0.05", indifference: "1", firstStageReplications: "5", maxReplications: "20",
  maxConfigurations: "", searchStarts: "", finalists: "", days: "10",
};

describe("optimisation plan", () => {
  it("formStudy(form) writes the study file the form stands for, blanks left to the defaults", () => {
    const { data, problems } = formStudy({ ...form, alpha: "" });
    expect(problems.size).toBe(0);
    expect(data).toEqual({
      $schema: "./study.schema.json", scenario: "baseline.json",
      decisions: [{ path: xray, values: [1, 2] }, { path: "directions.kg-to-kz.stages.2.lanes", min: 2, max: 3 }],
      cost: { [xray]: 600 },
      constraints: [{ metric: "directions.kg-to-kz.crossingHours.p95", max: 6, tolerance: 1 }],
      objective: "min-cost", indifference: 1, firstStageReplications: 5, maxReplications: 20,
    });
  });

  it("formStudy(form) writes the search settings of a large space when given, as numbers", () => {
    const { data, problems } = formStudy({ ...form, maxConfigurations: " 40 ", searchStarts: "2", finalists: "5" });
    expect(problems.size).toBe(0);
    expect(data).toMatchObject({ maxConfigurations: 40, searchStarts: 2, finalists: 5 });
    expect(Object.keys(formStudy(form).data)).not.toContain("searchStarts");
  });

  it("searchSettings states the study file format's defaults and ranges (500 in 2 to 10,000; 3 in 1 to 100; 10 in 1 to 100)", () => {
    expect(searchSettings).toEqual([
      { key: "maxConfigurations", defaultValue: 500, min: 2, max: 10000 },
      { key: "searchStarts", defaultValue: 3, min: 1, max: 100 },
      { key: "finalists", defaultValue: 10, min: 1, max: 100 },
    ]);
  });

  it("planOptimization(bundled, form) runs the search settings through the study loader: kept when good, refused at their field when not", () => {
    const plan = planOptimization(baseline, { ...form, maxConfigurations: "3", searchStarts: "2", finalists: "4" });
    if (!plan.ok) throw new Error([...plan.byField, ...plan.other].join("\n"));
    expect([plan.study.maxConfigurations, plan.study.searchStarts, plan.study.finalists]).toEqual([3, 2, 4]);
    expect(plan.count).toBe(4);
    const bad = planOptimization(baseline, { ...form, maxConfigurations: "1", searchStarts: "2.5", finalists: "many" });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.byField.get("maxConfigurations")).toEqual(["must be an integer >= 2 and <= 10000, got 1"]);
    expect(bad.byField.get("searchStarts")).toEqual(["must be an integer >= 1 and <= 100, got 2.5"]);
    expect(bad.byField.get("finalists")).toEqual(['must be an integer >= 1 and <= 100, got "many"']);
    expect(bad.other).toEqual([]);
  });

  it("planOptimization(bundled, form) plans one task per configuration, each scenario as the CLI loads it", () => {
    const plan = planOptimization(baseline, form);
    if (!plan.ok) throw new Error([...plan.byField, ...plan.other].join("\n"));
    expect(plan.count).toBe(4);
    expect(enumerateConfigurations(plan.study).map((c) => c.cost)).toEqual([600, 600, 1200, 1200]);
    expect([0, 1, 2, 3].map((i) => plan.taskOf(i).key)).toEqual(["c0", "c1", "c2", "c3"]);
    // A failure names the configuration by its decisions, not by its key.
    expect(plan.taskOf(3).label).toBe(`"baseline" in configuration {"${xray}":2,"directions.kg-to-kz.stages.2.lanes":3}`);
    const expected = loadScenario(baseline.text, baseline.file, ["days=10", `${xray}=2`, "directions.kg-to-kz.stages.2.lanes=3"]);
    expect(expected.ok && plan.taskOf(3).scenario).toEqual(expected.ok ? expected.scenario : null);
    expect(plan.command).toBe(`npx borderflow optimize ${studyFileName} --set days=10`);
    expect(loadOptimizationStudy(plan.studyText, "x.study.json")).toEqual({ ok: true, study: plan.study });
  });

  it("planOptimization(bundled, form) plans a space above maxConfigurations without loading it whole: each task when first asked for", () => {
    const wide = { ...form, decisions: [{ path: xray, values: "1 to 30", unitCost: "600" }, { path: "directions.kg-to-kz.stages.2.lanes", values: "1 to 30", unitCost: "40" }] };
    const plan = planOptimization(baseline, wide);
    if (!plan.ok) throw new Error([...plan.byField, ...plan.other].join("\n"));
    expect(plan.count).toBe(900);
    expect(plan.count).toBeGreaterThan(plan.study.maxConfigurations);
    const last = plan.taskOf(899);
    expect(last.key).toBe("c899");
    const expected = loadScenario(baseline.text, baseline.file, ["days=10", `${xray}=30`, "directions.kg-to-kz.stages.2.lanes=30"]);
    expect(expected.ok && last.scenario).toEqual(expected.ok ? expected.scenario : null);
    expect(plan.taskOf(899)).toBe(last);
  });

  it("planOptimization(bundled, form) puts each of the loaders' problems at its field", () => {
    const plan = planOptimization(baseline, {
      ...form,
      decisions: [{ path: xray, values: "3 to 1", unitCost: "-5" }, { path: "directions.kg-to-kz.stages.2.lanes", values: "two", unitCost: "" }],
      constraints: [{ metric: "", sense: "max", limit: "", tolerance: "0" }],
      alpha: "0.9", days: "0",
    });
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    const at = (key: string): string => (plan.byField.get(key) ?? []).join("; ");
    expect(at("decisions.0.values")).toMatch(/must be <= max \(1\), got 3/);
    expect(at("decisions.0.cost")).toMatch(/>= 0/);
    expect(at("decisions.1.values")).toMatch(/"two" is not a number/);
    expect(at("constraints.0.metric")).not.toBe("");
    expect(at("constraints.0.limit")).not.toBe("");
    expect(at("constraints.0.tolerance")).not.toBe("");
    expect(at("alpha")).toMatch(/0\.5/);
    expect(at("days")).toMatch(/whole number of days >= 1, got 0/);
  });

  it("planOptimization(bundled, form) reports a value the scenario refuses at the decision, in the scenario loader's words", () => {
    const plan = planOptimization(baseline, { ...form, decisions: [{ path: xray, values: "0, 1", unitCost: "1" }] });
    expect(plan.ok ? [] : plan.byField.get("decisions.0.values")).toEqual([expect.stringMatching(/^value 0 of "directions.kg-to-kz.stages.3.lanes" is not accepted by scenarios\/baseline.json: /)]);
  });

  it("studyFieldOf(path, decisionPaths) maps study paths to form fields, costs by their decision", () => {
    expect(studyFieldOf("decisions[2].step", [])).toBe("decisions.2.values");
    expect(studyFieldOf("decisions[0].path", [])).toBe("decisions.0.path");
    expect(studyFieldOf('cost["b.c"]', ["a", "b.c"])).toBe("decisions.1.cost");
    expect(studyFieldOf('cost["z"]', ["a"])).toBeNull();
    expect(studyFieldOf("constraints[1]", [])).toBe("constraints.1.limit");
    expect(studyFieldOf("objective.minimize", [])).toBe("objective");
    expect(studyFieldOf("searchStarts", [])).toBe("searchStarts");
    expect(studyFieldOf("", [])).toBeNull();
  });

  it("studyToForm(study, ids, days) fills the form from a bundled study, and refuses one whose scenario is not bundled", () => {
    const loaded = loadOptimizationStudy(read("harvest-capacity.study.json"), "scenarios/harvest-capacity.study.json");
    if (!loaded.ok) throw new Error("harvest-capacity.study.json does not load");
    const filled = studyToForm(loaded.study, ["baseline", "harvest-peak"], "45");
    expect(filled?.scenario).toBe("harvest-peak");
    expect(filled?.decisions[1]).toEqual({ path: "directions.kg-to-kz.stages.4.hours.changes.1.lanes", values: "8, 10, 12", unitCost: "40" });
    expect(filled?.constraints).toEqual([{ metric: "directions.kg-to-kz.crossingHours.p95", sense: "max", limit: "12", tolerance: "1" }]);
    expect(studyToForm(loaded.study, ["baseline"], "45")).toBeNull();
    const { cost: _, ...byMetric } = loaded.study;
    expect(studyToForm({ ...byMetric, costMetric: "directions.kg-to-kz.queueTrucks" }, ["harvest-peak"], "45")).toBeNull();
    const harvest = scenarios.get("harvest-peak") as BundledScenario;
    const plan = planOptimization(harvest, filled as OptimizationForm);
    expect(plan.ok && plan.count).toBe(18);
  });

  it("studyToForm(study, ids, days) keeps the search settings of a large space, blank where the file leaves the default, and formStudy gives them back", () => {
    const text = read("harvest-capacity.study.json");
    const defaults = loadOptimizationStudy(text, "scenarios/harvest-capacity.study.json");
    if (!defaults.ok) throw new Error("harvest-capacity.study.json does not load");
    expect(studyToForm(defaults.study, ["harvest-peak"], "45")).toMatchObject({ maxConfigurations: "", searchStarts: "", finalists: "" });
    const tuned = loadOptimizationStudy(JSON.stringify({ ...JSON.parse(text), maxConfigurations: 12, searchStarts: 1, finalists: 4 }), "scenarios/tuned.study.json");
    if (!tuned.ok) throw new Error(tuned.problems.map((p) => p.message).join("; "));
    const filled = studyToForm(tuned.study, ["harvest-peak"], "45");
    expect(filled).toMatchObject({ maxConfigurations: "12", searchStarts: "1", finalists: "4" });
    const again = loadOptimizationStudy(JSON.stringify(formStudy(filled as OptimizationForm).data), "scenarios/again.study.json");
    expect(again.ok && [again.study.maxConfigurations, again.study.searchStarts, again.study.finalists]).toEqual([12, 1, 4]);
  });
});
