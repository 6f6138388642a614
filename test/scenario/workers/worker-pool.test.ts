import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadScenario, runReplication, type Scenario } from "../../../src/scenario/index.js";
import { replicationPool, unitPool } from "../../../src/scenario/workers/worker-pool.js";

function scenario(file: string): Scenario {
  const loaded = loadScenario(readFileSync(file, "utf8"), file, ["horizon=800", "warmup=50"]);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.scenario;
}

// Several threads need the compiled worker: test/cli/shards.test.ts runs them through the built CLI.
describe("unitPool(workers, onDone) on one worker (this thread)", () => {
  it("unitPool(1).execute(units) returns each unit's output in the order given, calling onDone per unit", async () => {
    const a = scenario("scenarios/mm1.json");
    const b = scenario("scenarios/tandem.json");
    let done = 0;
    const pool = unitPool(1, () => done++);
    const units = [{ scenario: b, replication: 2 }, { scenario: a, replication: 0 }, { scenario: b, replication: 0 }];
    const outputs = await pool.execute(units);
    await pool.close();
    expect(done).toBe(3);
    expect(JSON.stringify(outputs)).toBe(JSON.stringify(units.map((u) => runReplication(u.scenario, u.replication))));
  });

  it("replicationPool(scenario, 1).execute(indices) runs those replications of the scenario", async () => {
    const a = scenario("scenarios/mm1.json");
    const pool = replicationPool(a, 1);
    const outputs = await pool.execute([3, 1]);
    expect(outputs.map((o) => o.replication)).toEqual([3, 1]);
    expect(JSON.stringify(outputs[0])).toBe(JSON.stringify(runReplication(a, 3)));
  });
});
