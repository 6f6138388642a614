import { describe, expect, it } from "vitest";
import { breakdowns } from "../../src/engine/breakdowns.js";
import type { ProcessGenerator } from "../../src/engine/process.js";
import { Resource } from "../../src/engine/resource.js";
import { ResourceMonitor } from "../../src/engine/resource-monitor.js";
import { Simulation } from "../../src/engine/simulation.js";

describe("ResourceMonitor", () => {
  it("monitor.utilization(now) is busy server-time over available server-time", () => {
    const sim = new Simulation();
    const booths = new Resource(sim, { capacity: 2 });
    const stats = new ResourceMonitor(booths);
    function* truck(arrival: number, service: number): ProcessGenerator<void> {
      yield arrival;
      const r = booths.request();
      yield r;
      yield service;
      booths.release(r);
    }
    sim.process(truck(0, 4)); // busy 0-4
    sim.process(truck(1, 2)); // busy 1-3
    sim.process(truck(2, 2)); // waits 2-3, busy 3-5
    sim.run(10);
    // Busy server-time 4 + 2 + 2 = 8 over 2 servers x 10 hours; one truck waited 1 hour.
    expect(stats.utilization(10)).toBeCloseTo(8 / 20, 12);
    expect(stats.busy.mean(10)).toBeCloseTo(0.8, 12);
    expect(stats.queue.mean(10)).toBeCloseTo(0.1, 12);
    expect(stats.busy.max).toBe(2);
  });

  it("monitor.utilization(now) counts time down as unavailable, not busy", () => {
    const sim = new Simulation();
    const scanner = new Resource(sim, { capacity: 1 });
    const stats = new ResourceMonitor(scanner);
    const durations = (...xs: number[]) => () => xs.shift() ?? 1e9;
    breakdowns(sim, scanner, { timeToFailure: durations(2), timeToRepair: durations(3) });
    sim.process(
      (function* (): ProcessGenerator<void> {
        const r = scanner.request();
        yield r;
        try {
          yield 10;
        } catch {
          // preempted by the breakdown at 2; gives up
        }
        scanner.release(r);
      })(),
    );
    sim.run(10);
    // Available 10 - 3 = 7 hours; busy 2 hours (0 to 2).
    expect(stats.available.mean(10)).toBeCloseTo(0.7, 12);
    expect(stats.utilization(10)).toBeCloseTo(2 / 7, 12);
  });

  it("monitor.available counts a server finishing after its shift as available while it works", () => {
    const sim = new Simulation();
    const booth = new Resource(sim, { capacity: 1 });
    const stats = new ResourceMonitor(booth);
    sim.process(
      (function* (): ProcessGenerator<void> {
        const r = booth.request();
        yield r;
        yield 4;
        booth.release(r);
      })(),
    );
    sim.schedule(1, () => booth.setCapacity(0));
    sim.run(8);
    expect([stats.available.mean(8), stats.utilization(8)]).toEqual([0.5, 1]);
  });

  it("monitor.reset(now) restarts the averages; monitor.stop() stops listening", () => {
    const sim = new Simulation();
    const booth = new Resource(sim, { capacity: 1 });
    const stats = new ResourceMonitor(booth);
    const r = booth.request();
    sim.run(5);
    stats.reset(5);
    booth.release(r);
    sim.run(10);
    expect(stats.utilization(10)).toBe(0);
    stats.stop();
    booth.request();
    expect(stats.busy.value).toBe(0);
  });

  it("monitor.utilization(now) throws when no server was available, and an unlimited resource is refused", () => {
    const sim = new Simulation();
    const closed = new Resource(sim, { capacity: 1, name: "night gate" });
    closed.setCapacity(0);
    const stats = new ResourceMonitor(closed);
    sim.run(3);
    expect(() => stats.utilization(3)).toThrow('ResourceMonitor.utilization: no server of "night gate" was available up to 3');
    expect(() => new ResourceMonitor(new Resource(sim, { capacity: Infinity, name: "road" }))).toThrow(
      'ResourceMonitor: resource "road" has an unlimited capacity, so utilization is undefined',
    );
  });
});
