import { describe, expect, it } from "vitest";
import type { DistributionSpec } from "../../../src/engine/index.js";
import { runNetwork, type NetworkSpec, type NetworkStation } from "../../../src/model/index.js";
import { estimate, jackson, mg1, mg1Priority, mmc, mmck, pairedDifference, type Estimate } from "../../../src/stats/index.js";

// Each check: the analytic value lies inside the 99.9% Student-t interval of the replications (seed fixed),
// and that interval is narrow (half-width below `maxRelative` of the value), so the check can fail.
const LEVEL = 0.999;

function replicate(spec: NetworkSpec, replications: number): Record<string, number>[] {
  return Array.from({ length: replications }, (_, r) => runNetwork(spec, r).metrics);
}

function interval(runs: readonly Record<string, number>[], metric: string): Estimate {
  return estimate(runs.map((m) => {
    const v = m[metric];
    if (v === undefined) throw new Error(`metric ${metric} missing`);
    return v;
  }), LEVEL);
}

function expectAgrees(runs: readonly Record<string, number>[], metric: string, theory: number, maxRelative = 0.1): void {
  const e = interval(runs, metric);
  expect(e.halfWidth as number, `${metric}: interval too wide to test anything`).toBeLessThan(maxRelative * Math.abs(theory));
  expect(theory, `${metric}: theory ${theory} outside [${e.lo}, ${e.hi}]`).toBeGreaterThanOrEqual(e.lo as number);
  expect(theory, `${metric}: theory ${theory} outside [${e.lo}, ${e.hi}]`).toBeLessThanOrEqual(e.hi as number);
}

const exp = (mean: number): DistributionSpec => ({ dist: "exponential", mean });
const station = (id: string, service: DistributionSpec, extra: Partial<NetworkStation> = {}): NetworkStation =>
  ({ id, servers: 1, service, discipline: "fifo", routes: [], ...extra });
const single = (interarrival: number, s: NetworkStation, horizon = 40_000): NetworkSpec => ({
  seed: 11, horizon, warmup: horizon / 10,
  arrivals: [{ to: s.id, class: "a", priority: 0, interarrival: exp(interarrival) }],
  stations: [s],
});

function measured<T extends { applies: boolean }>(r: T): Extract<T, { applies: true }> {
  if (!r.applies) throw new Error("theory does not apply");
  return r as Extract<T, { applies: true }>;
}

describe("runNetwork(spec, replication) against queueing theory", () => {
  it("runNetwork(M/M/1, ρ = 0.8) matches W, Wq, L and utilization", () => {
    const runs = replicate(single(1.25, station("desk", exp(1))), 12);
    const t = measured(mmc(0.8, 1, 1));
    expectAgrees(runs, "system.timeInSystem", t.W);
    expectAgrees(runs, "system.waitInQueue", t.Wq);
    expectAgrees(runs, "system.inSystem", t.L);
    expectAgrees(runs, "stations.desk.utilization", t.utilization, 0.02);
    expectAgrees(runs, "stations.desk.queueLength", t.Lq);
  });

  it("runNetwork(M/M/3, ρ = 0.9) matches the Erlang C wait", () => {
    const runs = replicate(single(1 / 2.7, station("desk", exp(1), { servers: 3 })), 12);
    const t = measured(mmc(2.7, 1, 3));
    expectAgrees(runs, "system.waitInQueue", t.Wq, 0.15);
    expectAgrees(runs, "system.timeInSystem", t.W);
    expectAgrees(runs, "stations.desk.utilization", t.utilization, 0.02);
  });

  it("runNetwork(M/D/1, ρ = 0.8) matches Pollaczek–Khinchine with cs² = 0", () => {
    const runs = replicate(single(1.25, station("scan", { dist: "deterministic", value: 1 })), 12);
    const t = measured(mg1(0.8, 1, 0));
    expectAgrees(runs, "system.waitInQueue", t.Wq);
    expectAgrees(runs, "system.timeInSystem", t.W);
  });

  it("runNetwork(M/G/1 with lognormal service, cv = 2) matches Pollaczek–Khinchine with cs² = 4", () => {
    const runs = replicate(single(1.25, station("check", { dist: "lognormal", mean: 1, cv: 2 }), 100_000), 20);
    const t = measured(mg1(0.8, 1, 4));
    expectAgrees(runs, "system.waitInQueue", t.Wq, 0.2);
    expectAgrees(runs, "system.timeInSystem", t.W, 0.2);
  });

  it("runNetwork(M/M/1/K) matches the blocking probability of M/M/1/5", () => {
    const runs = replicate(single(1, station("lane", exp(1), { queueLimit: 4 })), 12);
    const t = measured(mmck(1, 1, 1, 5));
    expectAgrees(runs, "system.throughput", t.effectiveArrivalRate, 0.03);
    expectAgrees(runs, "stations.lane.balkRate", 1 - t.effectiveArrivalRate, 0.1);
    expectAgrees(runs, "system.timeInSystem", t.W, 0.05);
  });

  it("runNetwork(tandem with feedback) matches the open Jackson network", () => {
    const spec: NetworkSpec = {
      seed: 5, horizon: 40_000, warmup: 4_000,
      arrivals: [{ to: "first", class: "a", priority: 0, interarrival: exp(2) }],
      stations: [
        station("first", exp(0.6), { routes: [{ to: "second", p: 1 }] }),
        station("second", exp(1.4), { servers: 2, routes: [{ to: "first", p: 0.2 }] }),
      ],
    };
    const runs = replicate(spec, 12);
    const t = measured(jackson({
      stations: [{ id: "first", servers: 1, meanService: 0.6 }, { id: "second", servers: 2, meanService: 1.4 }],
      externalArrivals: { first: 0.5 }, routing: { first: { second: 1 }, second: { first: 0.2 } },
    }));
    expectAgrees(runs, "system.timeInSystem", t.W);
    expectAgrees(runs, "system.inSystem", t.L);
    for (const s of t.stations) {
      expectAgrees(runs, `stations.${s.id}.utilization`, s.utilization, 0.03);
      expectAgrees(runs, `stations.${s.id}.waitInQueue`, s.Wq, 0.15);
    }
  });

  it("runNetwork(two non-preemptive priority classes) matches Cobham's per-class waits", () => {
    const spec: NetworkSpec = {
      seed: 3, horizon: 60_000, warmup: 6_000,
      arrivals: [
        { to: "desk", class: "urgent", priority: 0, interarrival: exp(1 / 0.3) },
        { to: "desk", class: "normal", priority: 1, interarrival: exp(1 / 0.5) },
      ],
      stations: [station("desk", exp(1), { discipline: "priority" })],
    };
    const runs = replicate(spec, 12);
    const t = measured(mg1Priority([{ lambda: 0.3, meanService: 1, scv: 1 }, { lambda: 0.5, meanService: 1, scv: 1 }]));
    expectAgrees(runs, "classes.urgent.waitInQueue", (t.classes[0] as { Wq: number }).Wq);
    expectAgrees(runs, "classes.normal.waitInQueue", (t.classes[1] as { Wq: number }).Wq);
  });

  it("runNetwork(spec) obeys Little's law L = λW on every run (paired difference contains 0)", () => {
    const spec: NetworkSpec = {
      seed: 9, horizon: 20_000, warmup: 2_000,
      arrivals: [{ to: "a", class: "x", priority: 0, interarrival: exp(1.5) }],
      stations: [station("a", { dist: "gamma", mean: 1, cv: 0.5 }, { routes: [{ to: "b", p: 0.5 }] }), station("b", exp(1.2))],
    };
    const runs = replicate(spec, 10);
    const L = runs.map((m) => m["system.inSystem"] as number);
    const lambdaW = runs.map((m) => (m["system.throughput"] as number) * (m["system.timeInSystem"] as number));
    for (let i = 0; i < runs.length; i++) expect(Math.abs((L[i] as number) - (lambdaW[i] as number)) / (L[i] as number)).toBeLessThan(0.05);
    const d = pairedDifference(L, lambdaW, LEVEL);
    expect(d.lo as number).toBeLessThanOrEqual(0);
    expect(d.hi as number).toBeGreaterThanOrEqual(0);
  });
});
