import { describe, expect, it } from "vitest";
import { loadScenario } from "../../../src/scenario/format/load-scenario.js";
import { twoDesks } from "../fixtures/two-desks.js";

const text = JSON.stringify(twoDesks(), null, 2);

describe("loadScenario(text, file, overrides)", () => {
  it("loadScenario(text, file) returns the scenario with defaults filled in", () => {
    const loaded = loadScenario(text, "two-desks.json");
    expect(loaded).toMatchObject({ ok: true, scenario: { model: "network", name: "Two desks", stations: [{ discipline: "fifo" }, { routes: [] }] } });
  });

  it("loadScenario(text, file) reports invalid JSON with the file, line and column", () => {
    expect(loadScenario('{\n  "name": "x",\n}', "bad.json")).toEqual({
      ok: false,
      problems: [{ file: "bad.json", path: "$", message: "invalid JSON at line 3, column 1: expected double-quoted property name" }],
    });
  });

  it("loadScenario(text, file) lists every problem with its path", () => {
    const broken = twoDesks();
    broken["horizon"] = 0;
    broken["stations"] = [{ id: "desk", servers: 0, service: { dist: "exponential", mean: 2 } }];
    const loaded = loadScenario(JSON.stringify(broken), "broken.json");
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.problems).toEqual([
      { file: "broken.json", path: "horizon", message: "must be a number > 0, got 0" },
      { file: "broken.json", path: "stations[0].servers", message: "must be an integer >= 1, got 0" },
    ]);
  });

  it("loadScenario(text, file, overrides) validates overridden values like the file's own", () => {
    expect(loadScenario(text, "a.json", ["stations.0.servers=0"])).toEqual({
      ok: false,
      problems: [{ file: "a.json", path: "stations[0].servers", message: "must be an integer >= 1, got 0" }],
      // The network's own checks (unknown stations, routes) wait until every station is well-formed.
      checksPending: true,
    });
    const loaded = loadScenario(text, "a.json", ["stations.0.servers=3"]);
    expect(loaded.ok && loaded.scenario.model === "network" && loaded.scenario.stations[0]?.servers).toBe(3);
  });

  it("loadScenario(text, file, overrides) reports bad overrides together with the file's problems", () => {
    const loaded = loadScenario(text, "a.json", ["days=365", "warmup=60000"]);
    expect(loaded.ok ? [] : loaded.problems.map((p) => p.path)).toEqual(["days", "warmup"]);
  });
});
