import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadScenario, writeIntoScenario } from "../../../src/scenario/index.js";

const text = readFileSync("scenarios/mm1.json", "utf8");

describe("writeIntoScenario(text, file, writes)", () => {
  it("writeIntoScenario(text, file, [{ path, value }]) replaces the field and keeps the rest", () => {
    const result = writeIntoScenario(text, "mm1.json", [{ path: "stations.0.service", value: { dist: "gamma", mean: 0.8, cv: 0.5 } }]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const loaded = loadScenario(result.text, "new.json");
    expect(loaded.ok && loaded.scenario.model === "network" && loaded.scenario.stations[0]?.service).toEqual({ dist: "gamma", mean: 0.8, cv: 0.5 });
    const before = JSON.parse(text) as Record<string, unknown>;
    const after = JSON.parse(result.text) as Record<string, unknown>;
    expect(after.arrivals).toEqual(before.arrivals);
  });

  it("writeIntoScenario(text, file, writes) names an unknown path and a value the format refuses", () => {
    const unknown = writeIntoScenario(text, "mm1.json", [{ path: "stations.0.servise", value: { dist: "exponential", mean: 1 } }]);
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.message).toMatch(/mm1\.json.*stations\[0\]\.servise/);
    const bad = writeIntoScenario(text, "mm1.json", [{ path: "stations.0.service", value: { dist: "gamma", mean: -1, cv: 0.5 } }]);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toMatch(/mean/);
  });

  it("writeIntoScenario(text, file, writes) drops the uncertain declarations on or inside a written field, and says which", () => {
    const declared = (JSON.parse(text) as { uncertain: { path: string }[] }).uncertain.map((d) => d.path);
    expect(declared).toContain("stations.0.service.mean");
    const result = writeIntoScenario(text, "mm1.json", [{ path: "stations.0.service", value: { dist: "exponential", mean: 5 } }]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dropped).toEqual(["stations.0.service.mean"]);
    const after = (JSON.parse(result.text) as { uncertain: { path: string }[] }).uncertain.map((d) => d.path);
    expect(after).toEqual(declared.filter((p) => p !== "stations.0.service.mean"));
  });
});
