import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { scenarioJsonSchema } from "../../src/scenario/format/json-schema.js";
import { fileKind } from "../../src/scenario/format/file-kind.js";
import { loadScenario } from "../../src/scenario/format/load-scenario.js";
import { formatProblems } from "../../src/scenario/format/problem.js";
import type { NetworkScenario } from "../../src/scenario/format/scenario-types.js";
import { conforms } from "./fixtures/mini-json-schema.js";

const directory = new URL("../../scenarios/", import.meta.url);
// Scenario files only: the JSON Schemas and the optimisation studies (*.study.json) have their own tests.
const files = readdirSync(directory).filter((f) => fileKind(f) === "scenario").sort();

function network(file: string): NetworkScenario {
  const loaded = loadScenario(readFileSync(new URL(file, directory), "utf8"), file);
  if (!loaded.ok) throw new Error(formatProblems(loaded.problems));
  if (loaded.scenario.model !== "network") throw new Error(`${file} is not a network scenario`);
  return loaded.scenario;
}

// Mean of a distribution, for the teaching scenarios' loads (they use only these three).
function mean(d: NetworkScenario["stations"][number]["service"]): number {
  if (d.dist === "exponential" || d.dist === "lognormal") return d.mean;
  if (d.dist === "deterministic") return d.value;
  throw new Error(`no mean for ${d.dist} here`);
}

describe("the bundled scenarios", () => {
  it("every scenarios/*.json loads without a problem and conforms to the published schema", () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) {
      const loaded = loadScenario(readFileSync(new URL(file, directory), "utf8"), file);
      expect(loaded.ok ? "" : formatProblems(loaded.problems)).toBe("");
      expect(conforms(scenarioJsonSchema(), JSON.parse(readFileSync(new URL(file, directory), "utf8"))), file).toBe(true);
    }
  });

  it("every network scenario in scenarios/ stays well under 200,000 arrivals per replication and explains itself", () => {
    for (const file of files) {
      const loaded = loadScenario(readFileSync(new URL(file, directory), "utf8"), file);
      if (!loaded.ok || loaded.scenario.model !== "network") continue;
      const s = loaded.scenario;
      const arrivals = s.arrivals.reduce((sum, a) => sum + s.horizon / mean(a.interarrival), 0);
      expect(arrivals, file).toBeLessThan(200_000);
      expect(s.description.length, file).toBeGreaterThan(200);
    }
  });

  it("mm1.json runs one exponential server at utilisation 0.9", () => {
    const s = network("mm1.json");
    const [station] = s.stations;
    expect(s.stations).toHaveLength(1);
    expect(station?.servers).toBe(1);
    expect(station?.service.dist).toBe("exponential");
    expect(mean(station!.service) / mean(s.arrivals[0]!.interarrival)).toBeCloseTo(0.9, 12);
  });

  it("mmc.json runs three exponential servers at utilisation 0.9", () => {
    const s = network("mmc.json");
    const station = s.stations[0]!;
    expect(station.servers).toBe(3);
    expect(mean(station.service) / mean(s.arrivals[0]!.interarrival) / station.servers).toBeCloseTo(0.9, 12);
  });

  it("tandem.json is two exponential stations in series with feedback 0.2 from the second to the first", () => {
    const s = network("tandem.json");
    const [first, second] = s.stations;
    expect(s.arrivals.map((a) => a.to)).toEqual([first?.id]);
    expect(first?.routes).toEqual([{ to: second?.id, p: 1 }]);
    expect(second?.routes).toEqual([{ to: first?.id, p: 0.2 }]);
    expect(s.stations.every((st) => st.service.dist === "exponential" && st.servers === 1)).toBe(true);
  });

  it("priority.json serves two classes by non-preemptive priority on one exponential server at total load about 0.8", () => {
    const s = network("priority.json");
    const desk = s.stations[0]!;
    expect(desk.discipline).toBe("priority");
    expect(desk.servers).toBe(1);
    expect(new Set(s.arrivals.map((a) => a.class)).size).toBe(2);
    expect(new Set(s.arrivals.map((a) => a.priority)).size).toBe(2);
    const load = s.arrivals.reduce((sum, a) => sum + mean(desk.service) / mean(a.interarrival), 0);
    expect(load).toBeCloseTo(0.8, 12);
  });

  it("mg1-high-cv.json has lognormal service with cv 2 at utilisation 0.8", () => {
    const s = network("mg1-high-cv.json");
    const service = s.stations[0]!.service;
    expect(service).toMatchObject({ dist: "lognormal", cv: 2 });
    expect(mean(service) / mean(s.arrivals[0]!.interarrival)).toBeCloseTo(0.8, 12);
  });
});
