import { describe, expect, it } from "vitest";
import { runNetwork, type NetworkSpec } from "../../../src/model/index.js";

const constant = (value: number) => ({ dist: "deterministic", value }) as const;

// Two classes on one preemptive desk, all times constant, so the trace is known exactly.
const preemptive: NetworkSpec = {
  seed: 1, horizon: 7.9, warmup: 0,
  arrivals: [
    { to: "desk", class: "low", priority: 1, interarrival: constant(4) },
    { to: "desk", class: "high", priority: 0, interarrival: constant(5) },
  ],
  stations: [{ id: "desk", servers: 1, discipline: "preemptive", service: constant(3), serviceByClass: { high: constant(1) }, routes: [] }],
};

describe("runNetwork(spec, replication, { trace, servers })", () => {
  it("runNetwork(spec, 0, { trace }) reports arrivals, starts, preemptions, ends and departures in order", () => {
    const log: string[] = [];
    runNetwork(preemptive, 0, { trace: (t, event, customer, station, c) => log.push(`${t} ${event} ${customer} ${station} ${c}`) });
    expect(log).toEqual([
      "4 arrive 0 desk low",
      "4 start 0 desk low",
      "5 arrive 1 desk high",
      "5 start 1 desk high",
      "5 preempt 0 desk low",
      "6 leave-station 1 desk high",
      "6 depart 1  high",
      "6 start 0 desk low",
    ]);
  });

  it("runNetwork(spec, 0, { servers }) reports servers on duty and broken at the start and at each change", () => {
    const log: string[] = [];
    runNetwork({
      seed: 1, horizon: 12, warmup: 0,
      arrivals: [{ to: "desk", class: "a", priority: 0, interarrival: constant(100) }],
      stations: [{
        id: "desk", servers: 1, discipline: "fifo", service: constant(1), routes: [],
        schedule: { periodLength: 10, changes: [{ at: 0, servers: 2 }, { at: 6, servers: 1 }] },
        breakdowns: { timeToFailure: constant(4), timeToRepair: constant(1) },
      }],
    }, 0, { servers: (t, station, onDuty, broken) => log.push(`${t} ${station} ${onDuty} ${broken}`) });
    // Both servers fail at 4 and are repaired at 5; the shift drops to one at 6 and returns to two at 10.
    expect(log).toEqual(["0 desk 2 0", "4 desk 2 1", "4 desk 2 2", "5 desk 2 1", "5 desk 2 0", "6 desk 1 0", "9 desk 1 1", "9 desk 1 2", "10 desk 2 2", "10 desk 2 1", "10 desk 2 0"]);
  });

  it("runNetwork(spec, r, { trace }) gives the same metrics as without a trace", () => {
    const spec: NetworkSpec = { ...preemptive, horizon: 500, warmup: 50, arrivals: preemptive.arrivals.map((a) => ({ ...a, interarrival: { dist: "exponential", mean: 3 } })) };
    const traced = runNetwork(spec, 2, { trace: () => undefined, servers: () => undefined });
    expect(traced.metrics).toEqual(runNetwork(spec, 2).metrics);
  });

  it("runNetwork(spec, r, { slices }) gives one mean number in system per slice, the last one ending at the horizon", () => {
    // One customer at a time, arriving every 4 and staying 3: the system holds 1 for 3 of every 4 time units.
    const spec: NetworkSpec = { ...preemptive, horizon: 40, arrivals: [preemptive.arrivals[0]!], stations: [{ ...preemptive.stations[0]!, discipline: "fifo" }] };
    const series = runNetwork(spec, 0, { slices: 10 }).inSystemSeries;
    expect(series).toEqual([0, 0.75, 0.75, 0.75, 0.75, 0.75, 0.75, 0.75, 0.75, 0.75]);
  });
});
