import { describe, expect, it } from "vitest";
import type { ProcessGenerator } from "../../src/engine/process.js";
import { Activity } from "../../src/engine/activity.js";
import { randomStream } from "../../src/engine/random-stream.js";
import { Resource } from "../../src/engine/resource.js";
import { Simulation } from "../../src/engine/simulation.js";
import { SimEvent } from "../../src/engine/sim-event.js";

type Trace = [number, string][];

describe("Simulation", () => {
  it("new Simulation() starts at time 0, or at startTime", () => {
    expect(new Simulation().now).toBe(0);
    expect(new Simulation({ startTime: 8 }).now).toBe(8);
  });

  it("sim.run() runs processes due at the same time first-in first-out", () => {
    const sim = new Simulation();
    const trace: Trace = [];
    for (const name of ["A", "B", "C"]) {
      sim.process(
        (function* () {
          trace.push([sim.now, `${name} starts`]);
          yield 1;
          trace.push([sim.now, `${name} wakes`]);
        })(),
      );
    }
    sim.run();
    expect(trace).toEqual([
      [0, "A starts"],
      [0, "B starts"],
      [0, "C starts"],
      [1, "A wakes"],
      [1, "B wakes"],
      [1, "C wakes"],
    ]);
  });

  it("sim.schedule(delay, callback, priority) runs lower priorities first, then first scheduled first", () => {
    const sim = new Simulation();
    const order: string[] = [];
    sim.schedule(1, () => order.push("normal 1"));
    sim.schedule(1, () => order.push("low"), 5);
    sim.schedule(1, () => order.push("urgent"), 0);
    sim.schedule(1, () => order.push("normal 2"));
    sim.schedule(0.5, () => order.push("earlier"), 9);
    sim.run();
    expect(order).toEqual(["earlier", "urgent", "normal 1", "normal 2", "low"]);
  });

  it("sim.process(gen) starts the process before ordinary events already due now", () => {
    const sim = new Simulation();
    const order: string[] = [];
    sim.schedule(0, () => order.push("callback scheduled first"));
    sim.process(
      (function* () {
        order.push("process created second");
      })(),
    );
    sim.run();
    expect(order).toEqual(["process created second", "callback scheduled first"]);
  });

  it("sim.run(until) leaves events at exactly until for later and sets the clock to until", () => {
    const sim = new Simulation();
    const seen: number[] = [];
    for (const t of [1, 2, 3]) sim.schedule(t, () => seen.push(sim.now));
    sim.run(2);
    expect([seen, sim.now]).toEqual([[1], 2]);
    sim.run(2.5);
    expect([seen, sim.now]).toEqual([[1, 2], 2.5]);
    sim.run(10);
    expect([seen, sim.now]).toEqual([[1, 2, 3], 10]);
  });

  it("sim.run() without until stops when no event is left, at the time of the last one", () => {
    const sim = new Simulation();
    sim.timeout(7);
    sim.run();
    expect(sim.now).toBe(7);
  });

  it("sim.step() processes one event and returns false when none is left", () => {
    const sim = new Simulation();
    sim.schedule(2, () => undefined);
    sim.schedule(5, () => undefined);
    expect([sim.step(), sim.now]).toEqual([true, 2]);
    expect([sim.step(), sim.now]).toEqual([true, 5]);
    expect(sim.step()).toBe(false);
  });

  it("sim.peek() gives the time of the next event, skipping a delay abandoned by an interrupt", () => {
    const sim = new Simulation();
    const p = sim.process(
      (function* () {
        try {
          yield 10;
        } catch {
          yield sim.event(); // wait forever
        }
      })(),
    );
    sim.schedule(1, () => p.interrupt());
    sim.schedule(20, () => undefined);
    sim.run(5);
    expect(sim.peek()).toBe(20);
  });

  it("new Simulation({ trace }) sees every event with its time", () => {
    const seen: [number, string][] = [];
    const sim = new Simulation({
      trace: (time, entry) => seen.push([time, typeof entry === "function" ? "callback" : entry.constructor.name]),
    });
    sim.process(
      (function* () {
        yield 1;
        yield sim.timeout(2);
      })(),
    );
    sim.schedule(1.5, () => undefined);
    sim.run();
    expect(seen).toEqual([
      [0, "Process"],
      [1, "Process"],
      [1.5, "callback"],
      [3, "Timeout"],
    ]);
  });

  it("sim.timeout(delay, value) succeeds with value after delay", () => {
    const sim = new Simulation();
    const got: [number, string][] = [];
    sim.process(
      (function* () {
        const v: string = yield sim.timeout(4, "green light");
        got.push([sim.now, v]);
      })(),
    );
    sim.run();
    expect(got).toEqual([[4, "green light"]]);
  });

  it("sim.event() gives a pending event of this simulation", () => {
    const sim = new Simulation();
    const ev = sim.event<number>();
    expect(ev).toBeInstanceOf(SimEvent);
    expect([ev.triggered, ev.sim]).toEqual([false, sim]);
  });

  it("sim.run() gives the same trace for the same seed and a different one for another seed", () => {
    const model = (seed: number): Trace => {
      const sim = new Simulation();
      const booths = new Resource(sim, { capacity: 2 });
      const arrivals = randomStream(seed, 0, "arrivals");
      const service = randomStream(seed, 0, "service");
      const trace: Trace = [];
      function* truck(i: number): ProcessGenerator<void> {
        const request = booths.request();
        yield request;
        trace.push([sim.now, `truck ${i} gets a booth`]);
        yield -2 * Math.log(1 - service());
        booths.release(request);
        trace.push([sim.now, `truck ${i} leaves`]);
      }
      sim.process(
        (function* (): ProcessGenerator<void> {
          for (let i = 0; i < 8; i++) {
            yield -Math.log(1 - arrivals());
            sim.process(truck(i));
          }
        })(),
      );
      sim.run();
      return trace;
    };
    const first = model(1);
    expect(first).toHaveLength(16);
    expect(model(1)).toEqual(first);
    expect(model(2)).not.toEqual(first);
  });

  it("sim.run() and sim.step() refuse to be called from inside the simulation", () => {
    const sim = new Simulation();
    sim.schedule(1, () => sim.run());
    expect(() => sim.run()).toThrow(/Simulation.run: the simulation is already running/);
    const other = new Simulation();
    other.schedule(1, () => other.step());
    expect(() => other.run()).toThrow(/Simulation.step: the simulation is already running/);
  });

  it("new Simulation(options), sim.schedule, sim.timeout and sim.run reject bad arguments", () => {
    expect(() => new Simulation({ startTime: NaN })).toThrow("Simulation: startTime must be a finite number, got NaN");
    expect(() => new Simulation({ trace: 3 as never })).toThrow("Simulation: trace must be a function, got 3");
    const sim = new Simulation();
    expect(() => sim.schedule(-1, () => undefined)).toThrow("Simulation.schedule: delay must be a finite number >= 0, got -1");
    expect(() => sim.schedule(NaN, () => undefined)).toThrow("Simulation.schedule: delay must be a finite number >= 0, got NaN");
    expect(() => sim.schedule(1, "x" as never)).toThrow("Simulation.schedule: callback must be a function, got x");
    expect(() => sim.schedule(1, () => undefined, 1.5)).toThrow("Simulation.schedule: priority must be an integer from 0 to 1023, got 1.5");
    expect(() => sim.schedule(1, () => undefined, -1)).toThrow(/priority must be an integer from 0 to 1023, got -1/);
    expect(() => sim.timeout(Infinity)).toThrow("Simulation.timeout: delay must be a finite number >= 0, got Infinity");
    expect(() => sim.run(NaN)).toThrow("Simulation.run: until must be a number >= now (0), got NaN");
    sim.run(5);
    expect(() => sim.run(4)).toThrow("Simulation.run: until must be a number >= now (5), got 4");
  });

  it("sim.wake(activity, delay, priority) fires the activity's latest wake-up only, in (time, priority, order) with other entries", () => {
    const sim = new Simulation();
    const seen: [number, string][] = [];
    class Named extends Activity {
      constructor(readonly name: string) { super(); }
      _fire(): void { seen.push([sim.now, this.name]); }
    }
    const a = new Named("a");
    sim.wake(a, 1);
    sim.wake(a, 3); // abandons the wake-up at 1
    sim.schedule(2, () => seen.push([sim.now, "callback"]));
    sim.wake(new Named("urgent"), 2, 0); // before the ordinary callback at 2, though scheduled after it
    sim.run();
    expect(seen).toEqual([[2, "urgent"], [2, "callback"], [3, "a"]]);
    expect(() => sim.wake(a, -1)).toThrow("Simulation.wake: delay must be a finite number >= 0, got -1");
  });
  it("sim.run(until, maxEvents) stops after maxEvents events and returns false; a later run goes on from there", () => {
    const sim = new Simulation();
    const seen: number[] = [];
    sim.process((function* () { for (;;) { seen.push(sim.now); yield 1; } })());
    expect(sim.run(100, 5)).toBe(false);
    expect(seen).toEqual([0, 1, 2, 3, 4]);
    expect(sim.now).toBe(4);
    expect(sim.run(10)).toBe(true);
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(sim.now).toBe(10);
  });
});
