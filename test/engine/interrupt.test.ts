import { describe, expect, it } from "vitest";
import { Interrupt } from "../../src/engine/interrupt.js";
import type { ProcessGenerator } from "../../src/engine/process.js";
import { Resource } from "../../src/engine/resource.js";
import { Simulation } from "../../src/engine/simulation.js";

type Trace = [number, string][];

describe("Interrupt", () => {
  it("new Interrupt(cause) keeps the cause and says so in its message", () => {
    const e = new Interrupt("radio call");
    expect([e.cause, e.message, e.name]).toEqual(["radio call", "interrupted: radio call", "Interrupt"]);
    expect(new Interrupt().message).toBe("interrupted");
  });

  it("process.interrupt(cause) throws an Interrupt into a sleeping process and cancels its delay", () => {
    const sim = new Simulation();
    const trace: Trace = [];
    const driver = sim.process(
      (function* () {
        try {
          yield 10;
          trace.push([sim.now, "rested fully"]);
        } catch (e) {
          trace.push([sim.now, `interrupted by ${String((e as Interrupt).cause)}`]);
        }
        yield 1;
        trace.push([sim.now, "drives on"]);
      })(),
    );
    sim.schedule(3, () => driver.interrupt("customs officer"));
    sim.run();
    expect(trace).toEqual([
      [3, "interrupted by customs officer"],
      [4, "drives on"],
    ]);
    expect(sim.now).toBe(4); // the abandoned wake-up at 10 is no event: the clock stops at the last one
  });

  it("process.interrupt(cause) abandons a wait for an event, which still happens without the process", () => {
    const sim = new Simulation();
    const trace: Trace = [];
    const barrier = sim.timeout(5, "barrier up");
    const truck = sim.process(
      (function* () {
        try {
          yield barrier;
        } catch (e) {
          trace.push([sim.now, `truck: ${(e as Error).message}`]);
        }
      })(),
    );
    sim.process(
      (function* () {
        const v: string = yield barrier;
        trace.push([sim.now, `car sees ${v}`]);
      })(),
    );
    sim.schedule(2, () => truck.interrupt("turned back"));
    sim.run();
    expect(trace).toEqual([
      [2, "truck: interrupted: turned back"],
      [5, "car sees barrier up"],
    ]);
  });

  it("process.interrupt(cause) of a process waiting in a resource queue leaves its request to release", () => {
    const sim = new Simulation();
    const booth = new Resource(sim, { capacity: 1 });
    const trace: Trace = [];
    function* truck(name: string, service: number): ProcessGenerator<void> {
      const request = booth.request();
      try {
        yield request;
        trace.push([sim.now, `${name} served`]);
        yield service;
      } catch (e) {
        if (!(e instanceof Interrupt)) throw e;
        trace.push([sim.now, `${name} leaves the queue (${booth.queueLength} waiting)`]);
      } finally {
        booth.release(request);
      }
    }
    sim.process(truck("A", 4));
    const b = sim.process(truck("B", 4));
    sim.process(truck("C", 4));
    sim.schedule(1, () => b.interrupt("rerouted"));
    sim.run();
    expect(trace).toEqual([
      [0, "A served"],
      [1, "B leaves the queue (2 waiting)"],
      [4, "C served"],
    ]);
    expect([booth.inUse, booth.queueLength]).toEqual([0, 0]);
  });

  it("process.interrupt(cause) that the process does not catch makes run() throw, naming the process", () => {
    const sim = new Simulation();
    const p = sim.process((function* () { yield 10; })(), "driver");
    sim.schedule(1, () => p.interrupt("alarm"));
    expect(() => sim.run()).toThrow('run: process "driver" failed at time 1: interrupted: alarm');
  });

  it("process.interrupt(cause) is dropped if the process finishes before it is delivered", () => {
    const sim = new Simulation();
    const trace: Trace = [];
    const p = sim.process((function* () { trace.push([sim.now, "ran to the end"]); })());
    // The process has not started yet; its start was queued first, so it ends before the interrupt.
    p.interrupt("too late");
    sim.run();
    expect(trace).toEqual([[0, "ran to the end"]]);
  });

  it("process.interrupt(cause) of a process not yet started reaches it at its first yield", () => {
    const sim = new Simulation();
    const trace: Trace = [];
    const p = sim.process(
      (function* () {
        trace.push([sim.now, "starts"]);
        try {
          yield 5;
        } catch (e) {
          trace.push([sim.now, (e as Error).message]);
        }
      })(),
    );
    p.interrupt("early");
    sim.run();
    expect(trace).toEqual([
      [0, "starts"],
      [0, "interrupted: early"],
    ]);
  });

  it("process.interrupt(cause) refuses a finished process and a process interrupting itself", () => {
    const sim = new Simulation();
    const done = sim.process((function* () {})(), "done");
    sim.run();
    expect(() => done.interrupt()).toThrow('Process.interrupt: process "done" has already finished');
    const selfish: { p?: ReturnType<Simulation["process"]> } = {};
    selfish.p = sim.process(
      (function* () {
        selfish.p!.interrupt();
      })(),
      "selfish",
    );
    expect(() => sim.run()).toThrow('Process.interrupt: process "selfish" cannot interrupt itself');
  });
});
