import { describe, expect, it } from "vitest";
import { Simulation, type ProcessGenerator } from "../../src/engine/index.js";
import { Station, type Visit } from "../../src/model/index.js";

describe("Station", () => {
  it("station.visit(priority, service) resumes a service preempted by breakdowns even when the line has no room (queueLimit 0)", () => {
    const sim = new Simulation();
    // Up 1 h, down 1 h, up 1 h, ...: a 2.5 h service is served 0-1, 2-3, 4-4.5 (no tie with a failure).
    const station = new Station(sim, { id: "scanner", servers: 1, queueLimit: 0, breakdowns: { timeToFailure: () => 1, timeToRepair: () => 1 } });
    const log: [number, Visit | null][] = [];
    sim.process((function* (): ProcessGenerator<void> {
      const visit = yield* station.visit(0, 2.5);
      log.push([sim.now, visit]);
    })());
    sim.run(10);
    expect(log).toEqual([[4.5, { wait: 2, service: 2.5 }]]);
  });

  it("station.visit(priority, service) serves a customer whose service a breakdown interrupted before those waiting", () => {
    const sim = new Simulation();
    // The scanner fails at 1 and is repaired at 3; a is in the scanner at 1, b has waited since 0.5.
    let failures = 0;
    const station = new Station(sim, { id: "scanner", servers: 1, breakdowns: { timeToFailure: () => (failures++ === 0 ? 1 : 100), timeToRepair: () => 2 } });
    const log: [string, number, Visit | null][] = [];
    const truck = (name: string, at: number, service: number) => sim.process((function* (): ProcessGenerator<void> {
      yield at;
      const visit = yield* station.visit(0, service);
      log.push([name, sim.now, visit]);
    })());
    truck("a", 0, 2);
    truck("b", 0.5, 1);
    sim.run(10);
    // a resumes at 3 with 1 h left (done at 4); b follows (5).
    expect(log).toEqual([["a", 4, { wait: 2, service: 2 }], ["b", 5, { wait: 3.5, service: 1 }]]);
    // The station's mean wait counts a's wait after the breakdown, as the visit does; Little's law holds.
    const m = station.metrics();
    expect(m.waitInQueue).toBeCloseTo(2.75, 12);
    expect(m.queueLength).toBeCloseTo(0.55, 12);
  });

  it("station.visit(priority, service) balks an arrival that finds the line full, and only then", () => {
    const sim = new Simulation();
    const station = new Station(sim, { id: "desk", servers: 1, queueLimit: 1 });
    const log: [string, number, Visit | null][] = [];
    for (const name of ["a", "b", "c"]) {
      sim.process((function* (): ProcessGenerator<void> {
        const visit = yield* station.visit(0, 2);
        log.push([name, sim.now, visit]);
      })());
    }
    sim.run(10);
    expect(log).toEqual([["c", 0, null], ["a", 2, { wait: 0, service: 2 }], ["b", 4, { wait: 2, service: 2 }]]);
    expect(station.metrics().balkRate).toBeCloseTo(1 / 10, 12);
  });
});
