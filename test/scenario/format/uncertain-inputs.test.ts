import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadScenario } from "../../../src/scenario/format/load-scenario.js";
import { fieldValue, uncertainInputs } from "../../../src/scenario/format/uncertain-inputs.js";
import { twoDesks } from "../fixtures/two-desks.js";

const withUncertain = (uncertain: unknown[]): string => JSON.stringify({ ...twoDesks(), uncertain });
const problems = (uncertain: unknown[], overrides: string[] = []) => {
  const loaded = loadScenario(withUncertain(uncertain), "u.json", overrides);
  return loaded.ok ? [] : loaded.problems.map((p) => `${p.path}: ${p.message}`);
};

describe("uncertainInputs(scenario, overridden)", () => {
  it("uncertainInputs(scenario) resolves each declaration to its fields, nominal value and range", () => {
    const loaded = loadScenario(withUncertain([
      { path: "stations[0].service.mean", low: 1.8, high: 2.4, distribution: "triangular", why: "assumed" },
      { paths: ["stations.0.servers", "stations.1.servers"], low: 1, high: 3, why: "staffing" },
    ]), "u.json");
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const { inputs, problems: found } = uncertainInputs(loaded.scenario);
    expect(found).toEqual([]);
    expect(inputs.map((i) => [i.path, i.low, i.nominal, i.high, i.distribution])).toEqual([
      ["stations[0].service.mean", 1.8, 2, 2.4, "triangular"],
      ["stations.0.servers", 1, 2, 3, "uniform"],
    ]);
    expect(inputs[0]?.fields.map((f) => f.key)).toEqual(["stations.0.service.mean"]);
    expect(inputs[1]?.paths).toEqual(["stations.0.servers", "stations.1.servers"]);
    // stations.1.servers is 1 while the first field is 2: it moves in proportion, rounded to whole servers.
    const second = inputs[1]?.fields[1];
    expect(second && inputs[1] ? fieldValue(inputs[1], second, 3) : undefined).toBe(2);
  });

  it("loadScenario(text) reports a path that leads nowhere, or to a field that is not a number, at uncertain[i].path", () => {
    expect(problems([
      { path: "stations.0.servrs", low: 1, high: 2, why: "x" },
      { path: "stations.5.servers", low: 1, high: 2, why: "x" },
      { path: "stations.0.id", low: 1, high: 2, why: "x" },
      { path: "stations.0.queueLimit", low: 1, high: 2, why: "x" },
    ])).toEqual([
      expect.stringMatching(/^uncertain\[0\]\.path: .*unknown field "servrs" \(did you mean "servers"\?\)/),
      "uncertain[1].path: stations[5] has no value in this scenario (it has 2 items); a declared input must name a field the scenario has",
      expect.stringMatching(/^uncertain\[2\]\.path: stations\[0\]\.id is .*, not a number field; only numbers can be uncertain inputs$/),
      "uncertain[3].path: stations[0].queueLimit has no value in this scenario; a declared input must name a field the scenario has",
    ]);
  });

  it("loadScenario(text) reports a range outside the scenario's value, the field's allowed range or wholeness", () => {
    expect(problems([
      { path: "stations.0.service.mean", low: 2.1, high: 3, why: "x" },
      { path: "stations.0.routes.0.p", low: 0.2, high: 1.2, why: "x" },
      { path: "stations.0.servers", low: 1.5, high: 3, why: "x" },
    ])).toEqual([
      "uncertain[0].low: must be <= the scenario's value of stations.0.service.mean, 2, got 2.1",
      "uncertain[1].high: stations.0.routes.0.p must be a number >= 0 and <= 1, so high 1.2 is not a plausible value",
      "uncertain[2].low: stations.0.servers must be a whole number >= 1, so low 1.5 is not a plausible value",
    ]);
  });

  it("loadScenario(text) reports a declaration with both or neither of path and paths, or low above high", () => {
    expect(problems([
      { low: 1, high: 2, why: "x" },
      { path: "horizon", paths: ["horizon", "warmup"], low: 1, high: 2, why: "x" },
      { path: "horizon", low: 60000, high: 40000, why: "x" },
    ])).toEqual([
      "uncertain[0]: must give exactly one of path (one field) or paths (several fields moved together)",
      "uncertain[1]: must give exactly one of path (one field) or paths (several fields moved together)",
      "uncertain[2].low: must be <= high (40000), got 60000",
    ]);
  });

  it("loadScenario(text) reports a field declared twice, and one that is not a plain number", () => {
    expect(problems([
      { paths: ["horizon", "warmup"], low: 40000, high: 60000, why: "x" },
      { path: "stations.0.servers", low: 1, high: 2, why: "x" },
      { paths: ["stations[0].servers", "stations.1.servers"], low: 1, high: 2, why: "x" },
    ])).toEqual([
      "uncertain[0].paths[1]: warmup is a number >= 0 or \"auto\", not a number field; only numbers can be uncertain inputs",
      "uncertain[2].paths[0]: stations[0].servers is already declared by uncertain[1].path; declare each field once",
    ]);
  });

  it("loadScenario(text) says the declarations' checks are pending while another field is wrong", () => {
    const loaded = loadScenario(JSON.stringify({ ...twoDesks(), horizon: -1, uncertain: [{ path: "nowhere", low: 1, high: 2, why: "x" }] }), "u.json");
    expect(loaded.ok ? undefined : [loaded.problems.map((p) => p.path), loaded.checksPending]).toEqual([["horizon"], true]);
  });

  it("loadScenario(text, file, overrides) lets a --set hold a declared field outside its range", () => {
    const declared = [{ path: "stations.0.service.mean", low: 1.8, high: 2.4, why: "x" }];
    expect(problems(declared, ["stations.0.service.mean=3"])).toEqual([]);
    expect(problems(declared, ["stations.0.service.mean=1"])).toEqual([]);
  });

  it("every bundled scenario's declarations are valid and name a why", () => {
    for (const name of ["baseline", "seals", "unified", "seals-and-unified", "logistics-centre", "harvest-peak", "mm1", "mmc", "mg1-high-cv", "priority", "tandem"]) {
      const file = `scenarios/${name}.json`;
      const loaded = loadScenario(readFileSync(file, "utf8"), file);
      expect(loaded.ok ? [] : loaded.problems, file).toEqual([]);
    }
  });
});
