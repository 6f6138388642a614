import { describe, expect, it } from "vitest";
import { breakdowns } from "../../src/engine/breakdowns.js";
import { capacitySchedule } from "../../src/engine/capacity-schedule.js";
import { Interrupt } from "../../src/engine/interrupt.js";
import { Preemption } from "../../src/engine/preemption.js";
import type { ProcessGenerator } from "../../src/engine/process.js";
import { randomStream } from "../../src/engine/random-stream.js";
import { Resource } from "../../src/engine/resource.js";
import { ResourceMonitor } from "../../src/engine/resource-monitor.js";
import { Simulation } from "../../src/engine/simulation.js";

type Trace = [number, string][];

/** A sampler returning the given durations in turn, then `rest` forever. */
const durations = (rest: number, ...xs: number[]) => () => xs.shift() ?? rest;

describe("breakdowns", () => {
  it("breakdowns(sim, resource, options) preempts the user of a failed server, who resumes after the repair", () => {
    const sim = new Simulation();
    const scanner = new Resource(sim, { capacity: 1, name: "scanner" });
    breakdowns(sim, scanner, { timeToFailure: durations(1000, 4), timeToRepair: durations(2) });
    const trace: Trace = [];
    sim.process(
      (function* (): ProcessGenerator<void> {
        let remaining = 6;
        while (remaining > 0) {
          const request = scanner.request();
          yield request;
          trace.push([sim.now, `scan starts, ${remaining} to do`]);
          try {
            yield remaining;
            remaining = 0;
          } catch (e) {
            if (!(e instanceof Interrupt) || !(e.cause instanceof Preemption)) throw e;
            remaining -= e.cause.at - e.cause.usageSince;
            trace.push([sim.now, `scanner ${e.cause.reason} (capacity ${scanner.capacity}), ${remaining} left`]);
          } finally {
            scanner.release(request);
          }
        }
        trace.push([sim.now, "scan done"]);
      })(),
    );
    sim.run(20);
    expect(trace).toEqual([
      [0, "scan starts, 6 to do"],
      [4, "scanner breakdown (capacity 0), 2 left"],
      [6, "scan starts, 2 to do"],
      [8, "scan done"],
    ]);
  });

  it("breakdowns(sim, resource, options) interrupts a service when server k fails while more than k are busy", () => {
    const sim = new Simulation();
    const booths = new Resource(sim, { capacity: 3 });
    // Server 0 fails at 1, server 2 at 2, server 1 never; repairs take 3.
    breakdowns(sim, booths, { timeToFailure: durations(1000, 1, 1000, 2), timeToRepair: durations(3) });
    const first = booths.request();
    const second = booths.request();
    sim.run(1.5);
    // Server 0 counts as busy (2 busy > 0): the latest user is preempted.
    expect([booths.capacity, booths.broken, booths.inUse, first.status, second.status]).toEqual([2, 1, 1, "granted", "preempted"]);
    sim.run(2.5);
    // Server 2 counts as idle (1 busy, not > 2): nobody is preempted.
    expect([booths.capacity, booths.broken, booths.inUse, first.status]).toEqual([1, 2, 1, "granted"]);
    sim.run(6);
    expect([booths.capacity, booths.broken]).toEqual([3, 0]);
  });

  it("breakdowns(sim, resource, options) interrupts services at the rate failures x mean busy servers / servers", () => {
    const sim = new Simulation();
    const booths = new Resource(sim, { capacity: 3 });
    const stats = new ResourceMonitor(booths);
    const exp = (u: () => number, mean: number) => () => -mean * Math.log(1 - u());
    const meanTimeToFailure = 50;
    breakdowns(sim, booths, { timeToFailure: exp(randomStream(7, 0, "failures"), meanTimeToFailure), timeToRepair: () => 0.01 });
    const interarrival = exp(randomStream(7, 0, "arrivals"), 1 / 1.5);
    const service = exp(randomStream(7, 0, "service"), 1);
    let interrupted = 0;
    function* customer(): ProcessGenerator<void> {
      const request = booths.request();
      try {
        yield request;
        yield service();
      } catch (e) {
        if (!(e instanceof Interrupt)) throw e;
        interrupted++; // gives up: only the count matters here
      } finally {
        booths.release(request);
      }
    }
    sim.process(
      (function* (): ProcessGenerator<void> {
        for (;;) {
          yield interarrival();
          sim.process(customer());
        }
      })(),
    );
    const horizon = 100_000;
    sim.run(horizon);
    // Each server fails as a Poisson process; server k catches a service when more than k are busy,
    // so the expected count is (horizon / MTTF) x mean busy. The count is Poisson: 99% band.
    const expected = (horizon / meanTimeToFailure) * stats.busy.mean(horizon);
    expect(Math.abs(interrupted - expected)).toBeLessThan(2.576 * Math.sqrt(expected));
  });

  it("breakdowns(sim, resource, options) and a capacity schedule compose: a server broken off shift is missing when the shift starts", () => {
    const sim = new Simulation();
    const booths = new Resource(sim, { capacity: 2 });
    // Two booths open from 6 to 22; booth 1 fails at 23 and takes 10 hours to repair; booth 2 never fails.
    capacitySchedule(sim, booths, { periodLength: 24, changes: [{ at: 6, capacity: 2 }, { at: 22, capacity: 0 }] });
    breakdowns(sim, booths, { servers: 2, timeToFailure: durations(1e6, 23, 1e6), timeToRepair: durations(10) });
    const seen: string[] = [];
    booths.onChange((r, now) => seen.push(`${now}: scheduled ${r.scheduledCapacity}, broken ${r.broken}, capacity ${r.capacity}`));
    sim.run(40);
    expect(seen).toEqual([
      "6: scheduled 2, broken 0, capacity 2",
      "22: scheduled 0, broken 0, capacity 0",
      "23: scheduled 0, broken 1, capacity 0",
      "30: scheduled 2, broken 1, capacity 1",
      "33: scheduled 2, broken 0, capacity 2",
    ]);
  });

  it("breakdowns(sim, resource, options) makes run() throw when a sampler returns a bad duration", () => {
    const sim = new Simulation();
    const r = new Resource(sim, { capacity: 1 });
    breakdowns(sim, r, { timeToFailure: () => 1, timeToRepair: () => NaN });
    expect(() => sim.run(10)).toThrow("breakdowns: timeToRepair() must return a finite number >= 0, got NaN");
  });

  it("breakdowns(sim, resource, options) rejects bad samplers, a bad server count and a foreign resource", () => {
    const sim = new Simulation();
    const r = new Resource(sim, { capacity: 1 });
    const ok = () => 1;
    expect(() => breakdowns(sim, r, { timeToFailure: 5 as never, timeToRepair: ok })).toThrow(
      "breakdowns: timeToFailure must be a function returning a duration, got 5",
    );
    expect(() => breakdowns(sim, r, { timeToFailure: ok, timeToRepair: null as never })).toThrow(
      "breakdowns: timeToRepair must be a function returning a duration, got null",
    );
    expect(() => breakdowns(sim, r, { timeToFailure: ok, timeToRepair: ok, servers: 0 })).toThrow(
      "breakdowns: servers must be an integer >= 1 (give it when the scheduled capacity is 0 or Infinity), got 0",
    );
    r.setCapacity(0);
    expect(() => breakdowns(sim, r, { timeToFailure: ok, timeToRepair: ok })).toThrow(/servers must be an integer >= 1 .*got 0/);
    expect(() => breakdowns(new Simulation(), r, { timeToFailure: ok, timeToRepair: ok })).toThrow(
      "breakdowns: resource must belong to sim",
    );
  });
});
