import { describe, expect, it } from "vitest";
import { cachingExecutor } from "../../../../src/scenario/study/optimize/caching-executor.js";
import { executor, study, units } from "./synthetic-study.js";

describe("cachingExecutor(given, execute)", () => {
  it("cachingExecutor answers given units from them, runs the others once, and counts both", async () => {
    const s = study(2);
    const run = executor(s);
    const given = { unit: { configuration: 4, replication: 1 }, output: { replication: 1, warmup: 0, metrics: { g: 123 } } };
    const cached = cachingExecutor([given], run);
    const asked = [{ configuration: 4, replication: 1 }, { configuration: 2, replication: 0 }, { configuration: 2, replication: 0 }];
    const got = await cached.execute(asked);
    expect(got[0]).toBe(given.output);
    expect(got[1]).toBe(got[2]);
    expect(run.calls.map(units)).toEqual([["2#0"]]);
    await cached.execute([{ configuration: 2, replication: 0 }, { configuration: 4, replication: 1 }]);
    expect(run.calls).toHaveLength(1);
    expect([cached.fromGiven(), cached.ran()]).toEqual([1, 1]);
  });
});
