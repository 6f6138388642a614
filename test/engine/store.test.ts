import { describe, expect, it } from "vitest";
import type { ProcessGenerator } from "../../src/engine/process.js";
import { Simulation } from "../../src/engine/simulation.js";
import { Store } from "../../src/engine/store.js";

type Trace = [number, string][];

describe("Store", () => {
  it("store.put(item) blocks the producer while the store is full", () => {
    const sim = new Simulation();
    const parking = new Store<string>(sim, { capacity: 2, name: "parking" });
    const trace: Trace = [];
    sim.process(
      (function* (): ProcessGenerator<void> {
        for (const truck of ["T1", "T2", "T3", "T4"]) {
          yield parking.put(truck);
          trace.push([sim.now, `${truck} parked (${parking.size} in the lot)`]);
        }
      })(),
    );
    sim.process(
      (function* (): ProcessGenerator<void> {
        for (;;) {
          yield 5;
          const truck: string = yield parking.get();
          trace.push([sim.now, `${truck} leaves`]);
        }
      })(),
    );
    sim.run(16);
    expect(trace).toEqual([
      [0, "T1 parked (1 in the lot)"],
      [0, "T2 parked (2 in the lot)"],
      [5, "T1 leaves"],
      [5, "T3 parked (2 in the lot)"],
      [10, "T2 leaves"],
      [10, "T4 parked (2 in the lot)"],
      [15, "T3 leaves"],
    ]);
  });

  it("store.get() blocks the consumer while the store is empty and serves consumers in order", () => {
    const sim = new Simulation();
    const yard = new Store<number>(sim);
    const trace: Trace = [];
    for (const name of ["first", "second"]) {
      sim.process(
        (function* (): ProcessGenerator<void> {
          const item: number = yield yard.get();
          trace.push([sim.now, `${name} got ${item}`]);
        })(),
      );
    }
    sim.schedule(2, () => yard.put(20));
    sim.schedule(3, () => yard.put(30));
    sim.run();
    expect(trace).toEqual([
      [2, "first got 20"],
      [3, "second got 30"],
    ]);
    expect([yard.size, yard.getQueueLength, yard.putQueueLength]).toEqual([0, 0, 0]);
  });

  it("store.get() takes the oldest item; store.put(item) succeeds at once when there is room", () => {
    const sim = new Simulation();
    const s = new Store<string>(sim, { capacity: 3 });
    expect([s.put("a").triggered, s.put("b").triggered]).toEqual([true, true]);
    expect([s.get().value, s.get().value, s.size]).toEqual(["a", "b", 0]);
    expect(s.get().triggered).toBe(false);
  });

  it("storeGet.cancel() withdraws an interrupted consumer, so the item goes to the next one", () => {
    const sim = new Simulation();
    const yard = new Store<string>(sim);
    const trace: Trace = [];
    function* consumer(name: string): ProcessGenerator<void> {
      const get = yard.get();
      try {
        const item: string = yield get;
        trace.push([sim.now, `${name} got ${item}`]);
      } catch (e) {
        trace.push([sim.now, `${name}: ${(e as Error).message}`]);
      } finally {
        get.cancel();
      }
    }
    const first = sim.process(consumer("first"));
    sim.process(consumer("second"));
    sim.schedule(1, () => first.interrupt("shift over"));
    sim.schedule(2, () => yard.put("T1"));
    sim.run();
    expect(trace).toEqual([
      [1, "first: interrupted: shift over"],
      [2, "second got T1"],
    ]);
  });

  it("storePut.cancel() withdraws a waiting producer's item; after it is in, cancel does nothing", () => {
    const sim = new Simulation();
    const yard = new Store<string>(sim, { capacity: 1 });
    const inside = yard.put("A");
    const waiting = yard.put("B");
    waiting.cancel();
    inside.cancel();
    expect([yard.size, yard.putQueueLength, yard.get().value, yard.size]).toEqual([1, 0, "A", 0]);
  });

  it("new Store(sim, options) rejects a bad capacity and name", () => {
    const sim = new Simulation();
    expect(() => new Store(sim, { capacity: 0 })).toThrow("Store: capacity must be an integer >= 1 or Infinity, got 0");
    expect(() => new Store(sim, { capacity: 2.5 })).toThrow("Store: capacity must be an integer >= 1 or Infinity, got 2.5");
    expect(() => new Store(sim, { name: 1 as never })).toThrow("Store: name must be a string, got 1");
  });
});
