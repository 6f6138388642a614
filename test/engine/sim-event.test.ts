import { describe, expect, it } from "vitest";
import { SimEvent } from "../../src/engine/sim-event.js";
import { Simulation } from "../../src/engine/simulation.js";
import { SimulationError } from "../../src/engine/simulation-error.js";

type Trace = [number, string][];

describe("SimEvent", () => {
  it("event.succeed(value) resumes every waiting process, in the order they started waiting", () => {
    const sim = new Simulation();
    const green = sim.event<string>();
    const trace: Trace = [];
    for (const name of ["A", "B"]) {
      sim.process(
        (function* () {
          const v: string = yield green;
          trace.push([sim.now, `${name} sees ${v}`]);
        })(),
      );
    }
    sim.schedule(3, () => green.succeed("green"));
    sim.run();
    expect(trace).toEqual([
      [3, "A sees green"],
      [3, "B sees green"],
    ]);
  });

  it("event.succeed(value) with nobody waiting processes the event at once; a later waiter resumes at once", () => {
    const sim = new Simulation();
    const ev = sim.event<number>().succeed(9);
    expect([ev.triggered, ev.processed, ev.ok, ev.value]).toEqual([true, true, true, 9]);
    const got: Trace = [];
    sim.process(
      (function* () {
        yield 2;
        const v: number = yield ev;
        got.push([sim.now, `got ${v}`]);
      })(),
    );
    sim.run();
    expect(got).toEqual([[2, "got 9"]]);
  });

  it("event.fail(error) throws the error into waiting processes", () => {
    const sim = new Simulation();
    const ev = sim.event();
    const got: Trace = [];
    sim.process(
      (function* () {
        try {
          yield ev;
        } catch (e) {
          got.push([sim.now, (e as Error).message]);
        }
      })(),
    );
    sim.schedule(1, () => ev.fail(new Error("road closed")));
    sim.run();
    expect(got).toEqual([[1, "road closed"]]);
    expect([ev.ok, ev.error]).toEqual([false, new Error("road closed")]);
  });

  it("event.fail(error) with nothing waiting makes run() throw", () => {
    const sim = new Simulation();
    sim.schedule(2, () => sim.event().fail(new Error("lost")));
    let thrown: unknown;
    try {
      sim.run();
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(SimulationError);
    expect((thrown as Error).message).toBe("run: event failed at time 2 and nothing waited for it: lost");
  });

  it("event.value and event.ok throw while pending; event.value rethrows a failure", () => {
    const sim = new Simulation();
    const ev = sim.event();
    expect(() => ev.value).toThrow("SimEvent.value: the event is still pending");
    expect(() => ev.ok).toThrow("SimEvent.ok: the event is still pending");
    expect(ev.error).toBeUndefined();
    const failed = sim.event();
    failed.addCallback(() => undefined);
    failed.fail(new RangeError("bad"));
    expect(() => failed.value).toThrow(RangeError);
  });

  it("event.succeed and event.fail refuse a second trigger and a non-Error failure", () => {
    const sim = new Simulation();
    const ev = sim.event<number>().succeed(1);
    expect(() => ev.succeed(2)).toThrow("SimEvent.succeed: the event has already been triggered");
    expect(() => ev.fail(new Error("x"))).toThrow("SimEvent.fail: the event has already been triggered");
    expect(() => sim.event().fail("oops" as never)).toThrow("SimEvent.fail: error must be an Error, got oops");
  });

  it("event.addCallback(callback) calls back when the event is processed and counts as handling a failure", () => {
    const sim = new Simulation();
    const seen: Trace = [];
    const ev = sim.event<string>();
    ev.addCallback((e) => seen.push([sim.now, e.value]));
    const failing = sim.event();
    failing.addCallback((e) => seen.push([sim.now, `failed: ${(e.error as Error).message}`]));
    sim.schedule(1, () => ev.succeed("ok"));
    sim.schedule(2, () => failing.fail(new Error("handled")));
    sim.run();
    expect(seen).toEqual([
      [1, "ok"],
      [2, "failed: handled"],
    ]);
    expect(() => ev.addCallback(() => undefined)).toThrow("SimEvent.addCallback: the event has already been processed");
    expect(() => sim.event().addCallback(1 as never)).toThrow("SimEvent.addCallback: callback must be a function, got 1");
  });

  it("new SimEvent(sim) is what sim.event() returns", () => {
    const sim = new Simulation();
    expect(new SimEvent(sim).sim).toBe(sim);
  });
});
