import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bundleScenarios, type BundledScenario } from "../../../web/app/bundled-scenarios.js";
import { briefFootnote } from "../../../web/app/brief-footnote.js";

const { scenarios } = bundleScenarios({ "../scenarios/seals.json": readFileSync("scenarios/seals.json", "utf8") }, "border");
const seals = scenarios.get("seals") as BundledScenario;

describe("briefFootnote(bundled)", () => {
  it("briefFootnote(bundled) counts the file's sources and assumptions and names its uncertain inputs with their ranges", () => {
    const text = briefFootnote(seals);
    const s = seals.scenario.model === "border" ? seals.scenario : undefined;
    expect(text).toContain(`What “seals” rests on: ${s?.sources.length} published sources and ${s?.assumptions.length} assumptions (scenarios/seals.json); 14 inputs are declared uncertain: `);
    expect(text).toContain("Share of eligible trucks sealed (0.2 to 0.8)");
  });
});
