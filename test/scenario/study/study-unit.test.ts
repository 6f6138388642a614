import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadScenario, replicationUnits, splitBlocks, type Scenario } from "../../../src/scenario/index.js";

function scenario(file: string, overrides: string[] = []): Scenario {
  const loaded = loadScenario(readFileSync(file, "utf8"), file, overrides);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.scenario;
}

describe("replicationUnits(scenarios, replications)", () => {
  it("replicationUnits([a, b], 3) lists a's replications 0..2, then b's", () => {
    const a = scenario("scenarios/mm1.json");
    const b = scenario("scenarios/mmc.json");
    const units = replicationUnits([a, b], 3);
    expect(units.map((u) => [u.scenario.name, u.replication])).toEqual([
      [a.name, 0], [a.name, 1], [a.name, 2], [b.name, 0], [b.name, 1], [b.name, 2],
    ]);
  });

  it("replicationUnits(scenarios, n) refuses a count that is not an integer >= 0", () => {
    expect(() => replicationUnits([], -1)).toThrow(/integer >= 0, got -1/);
    expect(() => replicationUnits([], 1.5)).toThrow(RangeError);
  });
});

describe("splitBlocks(items, blocks)", () => {
  it("splitBlocks([1..6], 3) gives three consecutive pairs", () => {
    expect(splitBlocks([1, 2, 3, 4, 5, 6], 3)).toEqual([[1, 2], [3, 4], [5, 6]]);
  });
});
