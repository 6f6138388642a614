import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadScenario } from "../../../src/scenario/index.js";
import { fileKind } from "../../../src/scenario/format/file-kind.js";
import { scenarioSchema } from "../../../src/scenario/format/scenario-schema.js";
import type { SchemaNode } from "../../../src/scenario/format/schema/node.js";
import { directionIds } from "../../../web/charts/index.js";
import { leversOf, studyLevers, valueAt, type Lever } from "../../../web/app/levers.js";
import { stageLabelsOf } from "../../../web/app/stage-labels.js";

/** Every bundled border scenario, loaded (defaults filled in) as the dashboard bundles them. */
const borderScenarios = readdirSync("scenarios").filter((f) => fileKind(f) === "scenario").flatMap((f) => {
  const loaded = loadScenario(readFileSync(`scenarios/${f}`, "utf8"), `scenarios/${f}`);
  if (!loaded.ok) throw new Error(`scenarios/${f} does not load`);
  return loaded.scenario.model === "border" ? [{ file: f, scenario: loaded.scenario }] : [];
});

/** The schema node a dotted path leads to in `scenario`, walking the scenario schema as `--set` does; or why it leads nowhere. */
function schemaAt(scenario: unknown, path: string): SchemaNode<unknown> | string {
  let node: SchemaNode<unknown> = scenarioSchema;
  let value = scenario;
  for (const key of path.split(".")) {
    const lookup = node.child(key, value);
    if (!lookup.ok) return `${path}: ${lookup.message}`;
    node = lookup.schema;
    value = valueAt(value, key);
  }
  return node;
}

/** What the schema must say of a lever's field: a switch is a boolean, every other lever a number. */
function fits(lever: Lever, node: SchemaNode<unknown> | string): string {
  if (typeof node === "string") return node;
  const ok = lever.kind === "switch" ? node.expected === "true or false" : /^(a number|an integer)\b/.test(node.expected);
  return ok ? "ok" : `${lever.path}: the schema expects ${node.expected}, the ${lever.kind} lever edits ${lever.kind === "switch" ? "a boolean" : "a number"}`;
}

describe("lever paths against the scenario schema", () => {
  it("leversOf(scenario) offers every lever on every bundled border scenario: the 10 fixed ones, lanes and mean control time per stage, and each declared uncertain input not among them", () => {
    expect(borderScenarios.length).toBeGreaterThan(0);
    for (const { file, scenario } of borderScenarios) {
      const stages = directionIds.flatMap((d) => scenario.directions[d].stages.map((s, i) => ({ path: `directions.${d}.stages.${i}`, mean: "mean" in s.serviceMinutes })));
      const controlTimes = stages.filter((s) => s.mean).map((s) => `${s.path}.serviceMinutes.mean`);
      const fixed = new Set([...controlTimes, "seals.share", ...directionIds.map((d) => `directions.${d}.trucksPerDay`)]);
      const declared = scenario.uncertain.filter((u) => !fixed.has((u.path ?? u.paths?.[0] ?? "").replace(/\[(\d+)\]/g, ".$1"))).length;
      // A renamed field leaves the lever's path pointing at nothing, and leversOf silently drops it.
      expect(leversOf(scenario).length, file).toBe(10 + stages.length + controlTimes.length + declared);
    }
  });

  it("leversOf(scenario): every lever path leads through the scenario schema to a field of the lever's kind", () => {
    for (const { scenario } of borderScenarios) {
      for (const { lever } of leversOf(scenario)) expect(fits(lever, schemaAt(scenario, lever.path))).toBe("ok");
    }
  });

  it("leversOf(scenario): every declared input of several paths is a lever that moves the others with its first, each other path a number field of the schema", () => {
    let grouped = 0;
    for (const { file, scenario } of borderScenarios) {
      const levers = leversOf(scenario).map((l) => l.lever);
      for (const declaration of scenario.uncertain.filter((u) => u.paths !== undefined)) {
        const [first, ...others] = (declaration.paths ?? []).map((p) => p.replace(/\[(\d+)\]/g, ".$1"));
        const lever = levers.find((l) => l.path === first);
        expect(lever, `${file}: ${first}`).toBeDefined();
        expect(lever?.moves?.fields.map((f) => f.key), `${file}: ${first}`).toEqual(others);
        for (const key of others) expect(fits({ ...(lever as Lever), path: key }, schemaAt(scenario, key)), `${file}: ${key}`).toBe("ok");
        grouped++;
      }
    }
    // The customs check's three control times, both directions' Kyrgyz searches, and harvest-peak's September and October.
    expect(grouped).toBeGreaterThanOrEqual(3);
  });

  it("leversOf(scenario): every slider's minimum is a whole number of its steps, so dragging it gives round values (not 4.01 or 13.51 hours)", () => {
    for (const { file, scenario } of borderScenarios) {
      for (const { lever } of leversOf(scenario)) {
        if (lever.kind === "switch" || lever.kind === "month" || lever.kind === "integer") continue;
        // A range input steps from its min: min + k × step is what the slider can give.
        const steps = lever.min / lever.step;
        expect(Math.abs(steps - Math.round(steps)), `${file}: ${lever.path} min ${lever.min} is off its step ${lever.step}`).toBeLessThan(1e-9);
      }
    }
  });

  it("studyLevers: replications, days, warm-up and seed are integer fields of the scenario schema", () => {
    const { scenario } = borderScenarios[0] as (typeof borderScenarios)[number];
    for (const lever of Object.values(studyLevers)) expect(fits(lever, schemaAt(scenario, lever.path))).toBe("ok");
  });

  it("stageLabelsOf(scenarios) reads fields the schema has, and labels every stage of every bundled border scenario", () => {
    for (const { file, scenario } of borderScenarios) {
      for (const field of ["id", "label"]) {
        for (const d of directionIds) expect(typeof schemaAt(scenario, `directions.${d}.stages.0.${field}`), `${file} ${d} ${field}`).toBe("object");
      }
      const ids = directionIds.flatMap((d) => scenario.directions[d].stages.map((s) => s.id));
      expect(Object.keys(stageLabelsOf([scenario])).sort(), file).toEqual([...new Set(ids)].sort());
    }
  });

  it("schemaAt(scenario, path) (this test's walk) refuses a path the schema does not have, so the checks above can fail", () => {
    const { scenario } = borderScenarios[0] as (typeof borderScenarios)[number];
    expect(schemaAt(scenario, "seals.portion")).toMatch(/^seals\.portion: unknown field "portion"/);
    expect(fits({ ...studyLevers.days, kind: "switch" }, schemaAt(scenario, "days"))).toMatch(/^days: the schema expects an integer/);
  });
});
