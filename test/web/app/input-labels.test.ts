import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadScenario, type Scenario } from "../../../src/scenario/index.js";
import { inputLabel } from "../../../web/app/input-labels.js";

const loaded = loadScenario(readFileSync("scenarios/seals.json", "utf8"), "scenarios/seals.json");
const seals = (loaded.ok ? loaded.scenario : undefined) as Scenario;

describe("inputLabel(scenario, path)", () => {
  it("inputLabel(scenario, path) names a stage's field by the stage's label and a direction's demand by the direction", () => {
    expect(inputLabel(seals, "directions.kg-to-kz.stages.3.breakdowns.timeToRepairHours.mean")).toBe("Kazakh entry: X-ray scanning complex: mean repair time, hours");
    expect(inputLabel(seals, "directions.kz-to-kg.trucksPerDay")).toBe("Trucks a day, Kazakhstan → Kyrgyzstan");
    expect(inputLabel(seals, "seals.share")).toBe("Share of eligible trucks sealed");
  });

  it("inputLabel(scenario, path) gives every declared input of every bundled border scenario a name other than its path", () => {
    for (const id of ["baseline", "seals", "unified", "seals-and-unified", "logistics-centre", "harvest-peak"]) {
      const file = `scenarios/${id}.json`;
      const s = loadScenario(readFileSync(file, "utf8"), file);
      if (!s.ok) throw new Error(file);
      for (const u of s.scenario.uncertain) {
        const path = u.paths?.[0] ?? u.path ?? "";
        expect(inputLabel(s.scenario, path), `${file}: ${path}`).not.toBe(path);
      }
    }
  });
});
