import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decisionLabel } from "../../../web/app/decision-label.js";

const harvest = JSON.parse(readFileSync("scenarios/harvest-peak.json", "utf8")) as { directions: { "kg-to-kz": { stages: { id: string; label?: string; hours?: { changes: { at: number }[] } }[] } } };

describe("decisionLabel(scenario)(path)", () => {
  it("names a lever by its label, a shift's lanes by the hour it starts and the stage, and leaves other paths as they are", () => {
    const label = decisionLabel(harvest);
    const stages = harvest.directions["kg-to-kz"].stages;
    const shifted = stages.findIndex((s) => s.hours !== undefined);
    expect(shifted).toBeGreaterThanOrEqual(0);
    const lanes = label(`directions.kg-to-kz.stages.${shifted}.lanes`);
    expect(lanes).toMatch(/^Lanes: /);
    // harvest-peak's shifted stage changes lanes at 0, 8 and 20 h.
    expect(label(`directions.kg-to-kz.stages.${shifted}.hours.changes.1.lanes`)).toBe(`Lanes from 08:00: ${lanes.replace(/^Lanes: /, "")}`);
    expect(label(`directions.kg-to-kz.stages.${shifted}.hours.changes.2.lanes`)).toBe(`Lanes from 20:00: ${lanes.replace(/^Lanes: /, "")}`);
    expect(label("directions.kg-to-kz.stages.99.hours.changes.1.lanes")).toBe("directions.kg-to-kz.stages.99.hours.changes.1.lanes");
    expect(label("seals.nonsense")).toBe("seals.nonsense");
  });
});
