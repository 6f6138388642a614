import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { openScenario } from "../../../web/app/open-scenario.js";

const seals = readFileSync("scenarios/seals.json", "utf8");

describe("openScenario(fileName, text, taken)", () => {
  it("openScenario(fileName, text, taken) loads a border scenario with the CLI's loader under a fresh id", () => {
    const opened = openScenario("my seals.json", seals, ["baseline"]);
    expect(opened.ok && [opened.scenario.id, opened.scenario.scenario.name]).toEqual(["my-seals", "seals"]);
    const twice = openScenario("seals.json", seals, ["seals", "seals-opened"]);
    expect(twice.ok && twice.scenario.id).toBe("seals-opened-2");
  });

  it("openScenario('__proto__.json' | 'constructor.json', ...) never gives an id every object already has", () => {
    for (const name of ["__proto__", "constructor", "toString", "hasOwnProperty"]) {
      const opened = openScenario(`${name}.json`, seals, ["baseline"]);
      expect(opened.ok && opened.scenario.id).toBe(`${name}-opened`);
    }
  });

  it("openScenario(fileName, text, taken) lists every problem by its field, and refuses a network scenario", () => {
    const broken = JSON.stringify({ ...(JSON.parse(seals) as object), days: 0, seals: { share: 2 } });
    const opened = openScenario("broken.json", broken, []);
    expect(opened.ok ? [] : opened.problems).toEqual(expect.arrayContaining([
      { field: "days", message: expect.stringMatching(/^must be an integer >= 1\b.*, got 0$/) as unknown as string },
      { field: "seals.share", message: "must be a number >= 0 and <= 1, got 2" },
    ]));
    const network = openScenario("mm1.json", readFileSync("scenarios/mm1.json", "utf8"), []);
    expect(network.ok ? [] : network.problems.map((p) => p.field)).toEqual(["model"]);
    expect(openScenario("x.json", "{ not json", []).ok).toBe(false);
  });
});
