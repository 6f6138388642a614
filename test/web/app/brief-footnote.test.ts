import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bundleScenarios, type BundledScenario } from "../../../web/app/bundled-scenarios.js";
import { briefFootnote } from "../../../web/app/brief-footnote.js";

const { scenarios } = bundleScenarios({ "../scenarios/seals.json": readFileSync("scenarios/seals.json", "utf8") }, "border");
const seals = scenarios.get("seals") as BundledScenario;

describe("briefFootnote(bundled)", () => {
  it("briefFootnote(bundled) counts the file's sources, assumptions and declared uncertain inputs", () => {
    const s = seals.scenario.model === "border" ? seals.scenario : undefined;
    expect(briefFootnote(seals)).toBe(`What “seals” rests on: ${s?.sources.length} sources, ${s?.assumptions.length} assumptions and 14 uncertain inputs declared in scenarios/seals.json.`);
  });
});
