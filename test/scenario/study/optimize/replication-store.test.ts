import { describe, expect, it } from "vitest";
import type { ReplicationOutput } from "../../../../src/scenario/study/replication-output.js";
import { MissingMetricError, replicationStore, type OptimizationUnit } from "../../../../src/scenario/study/optimize/replication-store.js";

/** An executor whose replication r of configuration c reports a = 10c + r, b = -r, and a series. */
function executor(): (units: readonly OptimizationUnit[]) => Promise<ReplicationOutput[]> {
  return async (units) => units.map((u) => ({
    replication: u.replication, warmup: 0,
    metrics: { a: 10 * u.configuration + u.replication, b: -u.replication },
    series: { queue: [1, 2, 3] },
  }));
}

describe("replicationStore(execute, first, describe, keep)", () => {
  it("replicationStore(..., ['a']) gives a's values and keeps nothing else of a replication", async () => {
    const store = replicationStore(executor(), 5, String, ["a"]);
    await store.ensure([{ configuration: 2, n: 3 }]);
    expect(store.values(2, "a")).toEqual([25, 26, 27]);
    expect(() => store.value(2, 0, "b")).toThrow(MissingMetricError);
  });

  it("replicationStore(..., keep) keeps a replication that lacks a kept metric whole, so the message lists what it reported", async () => {
    const store = replicationStore(executor(), 0, (c) => `#${c}`, ["a", "system.throughput"]);
    await store.ensure([{ configuration: 1, n: 1 }]);
    expect(() => store.value(1, 0, "system.throughput")).toThrow('metric "system.throughput" has no value in replication 0 of configuration #1; metrics reported: a, b');
  });

  it("replicationStore without keep holds every metric", async () => {
    const store = replicationStore(executor(), 0, String);
    await store.ensure([{ configuration: 0, n: 2 }]);
    expect(store.values(0, "b")).toEqual([-0, -1]);
  });
});
