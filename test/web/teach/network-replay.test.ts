import { describe, expect, it } from "vitest";
import type { NetworkScenario } from "../../../src/scenario/index.js";
import { NetworkReplay, replayNetwork, serverStates } from "../../../web/teach/network-replay.js";
import type { NetworkTrace } from "../../../web/teach/network-trace.js";
import { recordNetworkRun } from "../../../web/teach/record-network-trace.js";
import { network, tandem } from "./network-fixtures.js";

const exp = (mean: number) => ({ dist: "exponential", mean });

/** Two desks with a short line, so some arrivals are turned away. */
const limited = network({
  name: "two desks, line of 3", horizon: 3000, warmup: 300,
  arrivals: [{ to: "desks", interarrival: exp(0.5) }],
  stations: [{ id: "desks", servers: 2, queueLimit: 3, service: exp(0.9) }],
});

/** Preemptive priorities on a desk that breaks down and works a rota. */
const eventful = network({
  name: "preemptive rota", horizon: 4000, warmup: 400,
  arrivals: [
    { to: "desk", class: "urgent", priority: 0, interarrival: exp(4) },
    { to: "desk", class: "regular", priority: 1, interarrival: exp(1.6) },
  ],
  stations: [{
    id: "desk", discipline: "preemptive", service: exp(0.8),
    schedule: { periodLength: 100, changes: [{ at: 0, servers: 2 }, { at: 60, servers: 1 }] },
    breakdowns: { timeToFailure: exp(50), timeToRepair: exp(3) },
  }],
});

interface Replayed {
  departed: number;
  balked: number;
  served: Record<string, number>;
  inSystem: number;
  queueLength: Record<string, number>;
  utilization: Record<string, number>;
}

/** Steps through the whole trace, counting and time-averaging over (warm-up, end] as the model's statistics do. */
function replayStatistics(scenario: NetworkScenario, trace: NetworkTrace): Replayed {
  const replay = new NetworkReplay(trace, replayNetwork(scenario, trace.classes));
  replay.seek(trace.warmup);
  const start = { departed: replay.departed, balked: replay.balked, served: replay.stations.map((s) => s.served) };
  let last = trace.warmup;
  let inSystemArea = 0;
  const queueArea = replay.stations.map(() => 0);
  const busyArea = replay.stations.map(() => 0);
  const availableArea = replay.stations.map(() => 0);
  for (;;) {
    const next = Math.min(replay.nextTime, trace.until);
    const dt = next - last;
    inSystemArea += replay.inSystem * dt;
    replay.stations.forEach((s, i) => {
      const busy = s.servers.filter((c) => c >= 0).length;
      queueArea[i]! += s.queue.length * dt;
      busyArea[i]! += busy * dt;
      availableArea[i]! += Math.max(Math.max(0, s.onDuty - s.broken), busy) * dt;
    });
    last = next;
    if (!replay.step()) break;
  }
  const span = trace.until - trace.warmup;
  const byStation = (f: (i: number) => number): Record<string, number> => Object.fromEntries(trace.stations.map((id, i) => [id, f(i)]));
  return {
    departed: replay.departed - start.departed,
    balked: replay.balked - start.balked,
    served: byStation((i) => (replay.stations[i]?.served ?? 0) - (start.served[i] ?? 0)),
    inSystem: inSystemArea / span,
    queueLength: byStation((i) => (queueArea[i] ?? 0) / span),
    utilization: byStation((i) => (busyArea[i] ?? 0) / (availableArea[i] ?? 1)),
  };
}

/** Counts must match exactly; time averages up to the rounding of summing in a different order. */
function expectSameAsResult(scenario: NetworkScenario, replication: number): void {
  const { run, trace } = recordNetworkRun(scenario, replication);
  expect(trace.complete).toBe(true);
  const m = run.metrics;
  const span = trace.horizon - trace.warmup;
  const replayed = replayStatistics(scenario, trace);
  expect(replayed.departed).toBe(Math.round((m["system.throughput"] as number) * span));
  expect(replayed.inSystem).toBeCloseTo(m["system.inSystem"] as number, 9);
  if (m["system.balkRate"] !== undefined) expect(replayed.balked).toBe(Math.round(m["system.balkRate"] * span));
  for (const id of trace.stations) {
    expect(replayed.served[id]).toBe(Math.round((m[`stations.${id}.throughput`] as number) * span));
    expect(replayed.queueLength[id]).toBeCloseTo(m[`stations.${id}.queueLength`] as number, 9);
    expect(replayed.utilization[id]).toBeCloseTo(m[`stations.${id}.utilization`] as number, 9);
  }
}

describe("recordNetworkRun(scenario, replication) and NetworkReplay(trace, network)", () => {
  it("NetworkReplay(trace) of a run with balking gives the run's own counts and averages", () => {
    expectSameAsResult(limited, 0);
    const { run } = recordNetworkRun(limited, 0);
    expect(run.metrics["system.balkRate"]).toBeGreaterThan(0); // the check above did count some balks
  });

  it("NetworkReplay(trace) of a network with feedback gives the run's own counts and averages", () => {
    expectSameAsResult({ ...tandem, horizon: 3000, warmup: 300 }, 1);
  });

  it("NetworkReplay(trace) with preemption, breakdowns and a rota gives the run's own counts and averages", () => {
    expectSameAsResult(eventful, 2);
  });

  it("recordNetworkRun(scenario, r) gives the same metrics as the study runs without a trace", async () => {
    const { runReplication } = await import("../../../src/scenario/index.js");
    expect(recordNetworkRun(eventful, 3).run.metrics).toEqual(runReplication(eventful, 3).metrics);
  });

  it("recordNetworkRun(scenario, r, { limit }) stops before the first event it has no room for, and the state up to there is exact", () => {
    const full = recordNetworkRun(limited, 0).trace;
    const cut = recordNetworkRun(limited, 0, { limit: 500 }).trace;
    expect(cut.complete).toBe(false);
    expect(cut.length).toBeLessThanOrEqual(500);
    expect(cut.time[cut.length - 1]).toBeLessThan(cut.until);
    expect([...cut.time]).toEqual([...full.time.slice(0, cut.length)]);
    const a = new NetworkReplay(cut, replayNetwork(limited, cut.classes));
    const b = new NetworkReplay(full, replayNetwork(limited, full.classes));
    a.seek(cut.until);
    b.seek(cut.time[cut.length - 1] as number);
    expect(a.stations).toEqual(b.stations);
    expect(a.inSystem).toBe(b.inSystem);
  });

  it("NetworkReplay.seek(time) back in time replays from the start to the same state", () => {
    const { trace } = recordNetworkRun(eventful, 0);
    const replay = new NetworkReplay(trace, replayNetwork(eventful, trace.classes));
    replay.seek(1500);
    const at1500 = structuredClone({ stations: replay.stations, inSystem: replay.inSystem, cursor: replay.cursor });
    replay.seek(3000);
    replay.seek(1500);
    expect({ stations: replay.stations, inSystem: replay.inSystem, cursor: replay.cursor }).toEqual(at1500);
  });

  it("NetworkReplay.step() moves to the next event time and applies every event at it", () => {
    const { trace } = recordNetworkRun(limited, 0);
    const replay = new NetworkReplay(trace, replayNetwork(limited, trace.classes));
    expect(replay.step()).toBe(true); // the servers on duty at time 0
    expect([replay.time, replay.inSystem]).toEqual([0, 0]);
    expect(replay.step()).toBe(true); // the first arrival, who finds a desk free and starts at once
    expect(replay.time).toBeGreaterThan(0);
    expect(replay.nextTime).toBeGreaterThan(replay.time);
    expect(replay.inSystem).toBe(1);
    expect(replay.stations[0]?.servers).toEqual([0, -1]);
  });
});

describe("serverStates(station)", () => {
  it("serverStates(station) shows busy servers, then off shift, broken and idle from the last free server down", () => {
    const station = { id: "desk", queue: [], servers: [7, -1, -1, -1, 9], onDuty: 4, broken: 1, served: 0, balked: 0 };
    expect(serverStates(station)).toEqual(["busy", "idle", "broken", "off-shift", "busy"]);
  });
});
