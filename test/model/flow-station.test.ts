import { describe, expect, it } from "vitest";
import { Simulation } from "../../src/engine/index.js";
import { FlowStation, StationJob } from "../../src/model/index.js";

/** A job that arrives at `at` with `service`, and logs when it leaves (with its wait) or balks. */
class Job extends StationJob {
  constructor(
    private readonly station: FlowStation,
    readonly name: string,
    private readonly service: number,
    private readonly log: (string | number)[][],
    private readonly priority = 0,
  ) {
    super();
  }

  protected override resume(): void {
    this.station.arrive(this, this.priority, this.service);
  }

  override left(station: FlowStation, wait: number, service: number): void {
    this.log.push([this.name, station.sim.now, wait, service]);
  }

  override balked(station: FlowStation): void {
    this.log.push([this.name, station.sim.now, "balked"]);
  }

  override preempted(station: FlowStation): void {
    this.log.push([this.name, station.sim.now, "preempted"]);
  }
}

function arrive(sim: Simulation, job: Job, at: number): void {
  sim.wake(job, at);
}

describe("FlowStation", () => {
  it("station.arrive(job, priority, service) serves first come first served on two servers and reports the waits", () => {
    const sim = new Simulation();
    const station = new FlowStation(sim, { id: "desks", servers: 2 });
    const log: (string | number)[][] = [];
    arrive(sim, new Job(station, "a", 3, log), 0);
    arrive(sim, new Job(station, "b", 3, log), 1);
    arrive(sim, new Job(station, "c", 1, log), 2); // waits for a's server, from 3 to 4
    sim.run(10);
    expect(log).toEqual([["a", 3, 0, 3], ["b", 4, 0, 3], ["c", 4, 1, 1]]);
    const m = station.metrics();
    // Busy server-hours 3 + 3 + 1 = 7 of 2 x 10 available; waits 0, 0, 1; one waiting from 2 to 3.
    expect(m.utilization).toBeCloseTo(7 / 20, 12);
    expect(m.waitInQueue).toBeCloseTo(1 / 3, 12);
    expect(m.queueLength).toBeCloseTo(1 / 10, 12);
    expect(m.throughput).toBeCloseTo(3 / 10, 12);
  });

  it("station.arrive(job, priority, service) balks an arrival that finds the line full, and only then", () => {
    const sim = new Simulation();
    const station = new FlowStation(sim, { id: "desk", servers: 1, queueLimit: 1 });
    const log: (string | number)[][] = [];
    for (const name of ["a", "b", "c"]) arrive(sim, new Job(station, name, 2, log), 0);
    sim.run(10);
    expect(log).toEqual([["c", 0, "balked"], ["a", 2, 0, 2], ["b", 4, 2, 2]]);
    expect(station.metrics().balkRate).toBeCloseTo(1 / 10, 12);
  });

  it("station.arrive(job, priority, service) resumes a service preempted by a breakdown before those waiting", () => {
    const sim = new Simulation();
    // The scanner fails at 1 and is repaired at 3; a is in the scanner at 1, b has waited since 0.5.
    let failures = 0;
    const station = new FlowStation(sim, { id: "scanner", servers: 1, breakdowns: { timeToFailure: () => (failures++ === 0 ? 1 : 100), timeToRepair: () => 2 } });
    const log: (string | number)[][] = [];
    arrive(sim, new Job(station, "a", 2, log), 0);
    arrive(sim, new Job(station, "b", 1, log), 0.5);
    sim.run(10);
    // a resumes at 3 with 1 h left (done at 4); b follows (5).
    expect(log).toEqual([["a", 1, "preempted"], ["a", 4, 2, 2], ["b", 5, 3.5, 1]]);
    // The station's wait counts a's wait again in line (1 to 3) as the job's does: (2 + 3.5) / 2. Little's law
    // then holds: 5.5 customer-hours waiting in 10 hours is 0.55 = 2 services / 10 hours x 2.75.
    const m = station.metrics();
    expect(m.waitInQueue).toBeCloseTo(2.75, 12);
    expect(m.queueLength).toBeCloseTo(0.55, 12);
    expect((m.throughput as number) * (m.waitInQueue as number)).toBeCloseTo(m.queueLength, 12);
  });

  it("station.arrive(job, priority, service) on a preemptive station lets a better priority take the server at once", () => {
    const sim = new Simulation();
    const station = new FlowStation(sim, { id: "desk", servers: 1, discipline: "preemptive" });
    const log: (string | number)[][] = [];
    arrive(sim, new Job(station, "low", 4, log, 2), 0);
    arrive(sim, new Job(station, "high", 1, log, 0), 1);
    sim.run(10);
    expect(log).toEqual([["low", 1, "preempted"], ["high", 2, 0, 1], ["low", 5, 1, 4]]);
    // low waited 1 (from 1 to 2) after it was preempted, high none.
    expect(station.metrics().waitInQueue).toBeCloseTo(0.5, 12);
  });

  it("station.setCapacity(n) on a schedule serves the line when servers come on duty, and reports each change", () => {
    const sim = new Simulation();
    const station = new FlowStation(sim, { id: "desk", servers: 1, schedule: { periodLength: 10, changes: [{ at: 0, servers: 0 }, { at: 5, servers: 1 }] } });
    const changes: number[][] = [];
    station.onServers((s, now) => changes.push([now, s.scheduledCapacity, s.broken]));
    const log: (string | number)[][] = [];
    arrive(sim, new Job(station, "a", 1, log), 2);
    sim.run(12);
    expect(log).toEqual([["a", 6, 3, 1]]);
    expect(changes).toEqual([[5, 1, 0], [10, 0, 0]]);
  });
});
