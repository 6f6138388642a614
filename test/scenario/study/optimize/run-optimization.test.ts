import { describe, expect, it } from "vitest";
import { configurationAt } from "../../../../src/scenario/study/optimize/configurations.js";
import { runOptimization } from "../../../../src/scenario/study/optimize/run-optimization.js";
import { executor, scenario, study } from "./synthetic-study.js";

// The synthetic capacity problem of neighbourhood-search.test.ts as a study (synthetic-study.ts): a costs
// 3 and buys 1 unit, b costs 2 and buys 0.2; the target g = 10.5 - a - 0.2 b <= 0 (tolerance 0.25). The
// cheapest feasible configuration is a = 11, b = 0 (cost 33); every cheaper one has g >= 0.3.

describe("runOptimization(study, scenario, execute)", () => {
  it("runOptimization searches a 900-configuration space, and judges its finalists on fresh replications", async () => {
    const s = study(29);
    const execute = executor(s);
    const result = await runOptimization(s, scenario, execute);
    expect(result.best?.decisions).toEqual({ a: 11, b: 0 });
    expect(result.best?.cost).toBe(33);
    expect(result.search).toMatchObject({ method: "neighbourhood", space: 900, capped: false });
    expect(result.search.visited).toBeLessThan(900);
    expect(result.search.finalists).toBeLessThanOrEqual(10);
    expect(result.search.replications).toBe(execute.calls.flat().length);
    expect(result.evaluated).toHaveLength(result.search.visited);
    const finalists = result.evaluated.filter((c) => c.status !== "not-finalist");
    expect(finalists).toHaveLength(result.search.finalists);
    expect(result.evaluated.filter((c) => c.status === "chosen")).toHaveLength(1);
    // a finalist's metrics come from replications numbered from maxReplications (100) on, apart from the search's
    const chosen = configurationAt(s, 11 * 30 + 0).index;
    const fresh = execute.calls.flat().filter((u) => u.configuration === chosen && u.replication >= 100);
    expect(fresh.length).toBe(finalists.find((c) => c.status === "chosen")?.replications);
    expect(fresh.map((u) => u.replication)).toEqual(fresh.map((_, i) => 100 + i));
    expect(result.guarantee.statement).toMatch(/This holds among the \d+ finalists only: a neighbourhood search ran \d+ of the 900 configurations .*heuristic with no guarantee/);
    expect(result.guarantee.procedure).toMatch(/^finalists from a multi-start neighbourhood search .*\(a heuristic, no guarantee\)/);
    expect(result.search.statement).toMatch(/^A neighbourhood search from 3 starts ran \d+ of the 900 configurations/);
  });

  it("runOptimization runs a space of at most maxConfigurations whole, on replications numbered from 0", async () => {
    const s = study(14);
    const execute = executor(s);
    const result = await runOptimization(s, scenario, execute);
    expect(result.best?.decisions).toEqual({ a: 11, b: 0 });
    expect(result.search).toMatchObject({ method: "whole", space: 225, visited: 225, finalists: 225, capped: false });
    expect(result.evaluated).toHaveLength(225);
    expect(Math.max(...execute.calls.flat().map((u) => u.replication))).toBeLessThan(100);
    expect(result.guarantee.statement).not.toMatch(/finalist/);
  });

  it("runOptimization with maxConfigurations below the space searches it, and says when the cap stopped the search", async () => {
    const s = study(14, { maxConfigurations: 12 });
    const result = await runOptimization(s, scenario, executor(s));
    expect(result.search).toMatchObject({ method: "neighbourhood", space: 225, visited: 12, capped: true });
    expect(result.search.statement).toMatch(/It stopped at its cap: it would have run more than maxConfigurations \(12\) configurations; raise maxConfigurations to let it search further \(at 225 or more, the whole space, every configuration is run instead\)\./);
    expect(result.guarantee.statement).toMatch(/stopped at its cap of maxConfigurations/);
  });
});
