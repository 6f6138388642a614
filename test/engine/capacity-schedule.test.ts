import { describe, expect, it } from "vitest";
import { capacitySchedule } from "../../src/engine/capacity-schedule.js";
import type { ProcessGenerator } from "../../src/engine/process.js";
import { Resource } from "../../src/engine/resource.js";
import { Simulation } from "../../src/engine/simulation.js";

type Trace = [number, string][];

/** Open from 6 to 22 with one booth, closed at night; hours counted from midnight of day 0. */
const dayShift = { periodLength: 24, changes: [{ at: 22, capacity: 0 }, { at: 6, capacity: 1 }] };

describe("capacitySchedule", () => {
  it("capacitySchedule(sim, resource, options) closes at night and lets the customer in service finish", () => {
    const sim = new Simulation();
    const booth = new Resource(sim, { capacity: 1 });
    capacitySchedule(sim, booth, dayShift);
    const trace: Trace = [];
    function* truck(name: string, arrival: number, service: number): ProcessGenerator<void> {
      yield arrival;
      const request = booth.request();
      yield request;
      trace.push([sim.now, `${name} gets booth`]);
      yield service;
      booth.release(request);
      trace.push([sim.now, `${name} leaves (capacity ${booth.capacity})`]);
    }
    sim.process(truck("A", 20, 3));
    sim.process(truck("B", 21, 3));
    sim.run(48); // a schedule never runs out of events: run needs an end time
    expect(trace).toEqual([
      [20, "A gets booth"],
      [23, "A leaves (capacity 0)"],
      [30, "B gets booth"],
      [33, "B leaves (capacity 1)"],
    ]);
  });

  it("capacitySchedule(sim, resource, options) applies at time 0 the last change of the period when none is at 0", () => {
    const sim = new Simulation();
    const booth = new Resource(sim, { capacity: 5 });
    capacitySchedule(sim, booth, dayShift);
    expect(booth.capacity).toBe(0);
    const withMidnight = new Resource(sim, { capacity: 5 });
    capacitySchedule(sim, withMidnight, { periodLength: 24, changes: [{ at: 0, capacity: 3 }, { at: 12, capacity: 1 }] });
    expect(withMidnight.capacity).toBe(3);
  });

  it("capacitySchedule(sim, resource, options) repeats the pattern every period, counted from time 0", () => {
    const sim = new Simulation();
    const booth = new Resource(sim, { capacity: 1 });
    sim.run(30); // set up in the middle of day 1, at 6:00
    capacitySchedule(sim, booth, { periodLength: 24, changes: [{ at: 6, capacity: 2 }, { at: 14, capacity: 3 }, { at: 22, capacity: 1 }] });
    const seen: [number, number][] = [[sim.now, booth.capacity]];
    booth.onChange((r, now) => seen.push([now, r.capacity]));
    sim.run(80);
    expect(seen).toEqual([
      [30, 2],
      [38, 3],
      [46, 1],
      [54, 2],
      [62, 3],
      [70, 1],
      [78, 2],
    ]);
  });

  it("capacitySchedule(sim, resource, options) changes capacity before ordinary events at the same time", () => {
    const sim = new Simulation();
    const booth = new Resource(sim, { capacity: 1 });
    const trace: Trace = [];
    sim.process(
      (function* (): ProcessGenerator<void> {
        yield 6; // arrives exactly at opening time
        yield booth.request();
        trace.push([sim.now, "served at opening"]);
      })(),
    );
    capacitySchedule(sim, booth, dayShift); // set up after the truck's arrival was scheduled
    sim.run(7);
    expect(trace).toEqual([[6, "served at opening"]]);
  });

  it("capacitySchedule(sim, resource, options) rejects a bad period, offsets, capacities and a foreign resource", () => {
    const sim = new Simulation();
    const r = new Resource(sim, { capacity: 1 });
    expect(() => capacitySchedule(sim, r, { periodLength: 0, changes: [{ at: 0, capacity: 1 }] })).toThrow(
      "capacitySchedule: periodLength must be a finite number > 0, got 0",
    );
    expect(() => capacitySchedule(sim, r, { periodLength: 24, changes: [] })).toThrow(
      "capacitySchedule: changes must be a non-empty array of { at, capacity }",
    );
    expect(() => capacitySchedule(sim, r, { periodLength: 24, changes: [{ at: 24, capacity: 1 }] })).toThrow(
      "capacitySchedule: changes[0].at must be a number in [0, 24), got 24",
    );
    expect(() => capacitySchedule(sim, r, { periodLength: 24, changes: [{ at: 1, capacity: -1 }] })).toThrow(
      "capacitySchedule: changes[0].capacity must be an integer >= 0 or Infinity, got -1",
    );
    expect(() =>
      capacitySchedule(sim, r, { periodLength: 24, changes: [{ at: 5, capacity: 1 }, { at: 5, capacity: 2 }] }),
    ).toThrow("capacitySchedule: two changes at the same offset 5");
    expect(() => capacitySchedule(new Simulation(), r, dayShift)).toThrow("capacitySchedule: resource must belong to sim");
  });
});
