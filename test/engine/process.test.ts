import { describe, expect, it } from "vitest";
import type { ProcessGenerator } from "../../src/engine/process.js";
import { Simulation } from "../../src/engine/simulation.js";
import { SimulationError } from "../../src/engine/simulation-error.js";

type Trace = [number, string][];

describe("Process", () => {
  it("sim.process(gen) waits for yielded delays and returns the generator's value", () => {
    const sim = new Simulation();
    const trace: Trace = [];
    const p = sim.process(
      (function* (): ProcessGenerator<string> {
        yield 1.5;
        trace.push([sim.now, "after 1.5"]);
        yield 0;
        trace.push([sim.now, "after 0"]);
        return "done";
      })(),
    );
    sim.run();
    expect(trace).toEqual([
      [1.5, "after 1.5"],
      [1.5, "after 0"],
    ]);
    expect([p.value, p.isAlive]).toEqual(["done", false]);
  });

  it("yield process waits for another process and receives its return value", () => {
    const sim = new Simulation();
    const trace: Trace = [];
    const inspection = sim.process(
      (function* (): ProcessGenerator<string> {
        yield 3;
        trace.push([sim.now, "inspection ends"]);
        return "cleared";
      })(),
    );
    sim.process(
      (function* () {
        trace.push([sim.now, "driver waits"]);
        const verdict: string = yield inspection;
        trace.push([sim.now, `driver told ${verdict}`]);
      })(),
    );
    sim.run();
    expect(trace).toEqual([
      [0, "driver waits"],
      [3, "inspection ends"],
      [3, "driver told cleared"],
    ]);
  });

  it("yield process resumes at once when that process has already finished", () => {
    const sim = new Simulation();
    const quick = sim.process((function* (): ProcessGenerator<number> { return 7; })());
    const got: Trace = [];
    sim.process(
      (function* () {
        yield 5;
        const v: number = yield quick;
        got.push([sim.now, `got ${v}`]);
      })(),
    );
    sim.run();
    expect(got).toEqual([[5, "got 7"]]);
  });

  it("yield process throws the other process's error into the waiter, which may catch it", () => {
    const sim = new Simulation();
    const failing = sim.process(
      (function* () {
        yield 2;
        throw new Error("seal broken");
      })(),
    );
    const caught: Trace = [];
    sim.process(
      (function* () {
        try {
          yield failing;
        } catch (e) {
          caught.push([sim.now, (e as Error).message]);
        }
      })(),
    );
    sim.run();
    expect(caught).toEqual([[2, "seal broken"]]);
  });

  it("sim.run() throws an error no process caught, naming the process and the time", () => {
    const sim = new Simulation();
    const boom = new Error("boom");
    sim.process(
      (function* () {
        yield 4;
        throw boom;
      })(),
      "truck 17",
    );
    let thrown: unknown;
    try {
      sim.run();
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(SimulationError);
    const error = thrown as SimulationError;
    expect(error.message).toBe('run: process "truck 17" failed at time 4: boom');
    expect([error.cause, error.time, error.processName, sim.now]).toEqual([boom, 4, "truck 17", 4]);
  });

  it("yield of something that is neither a delay nor an event fails the process with a clear message", () => {
    const sim = new Simulation();
    sim.process((function* () { yield "soon" as never; })(), "clerk");
    expect(() => sim.run()).toThrow(
      'run: process "clerk" failed at time 0: process "clerk": yield a delay (a number >= 0) or an event of this simulation, got "soon"',
    );
    const other = new Simulation();
    other.process((function* () { yield -2; })(), "clerk");
    expect(() => other.run()).toThrow('process "clerk": a yielded delay must be a finite number >= 0, got -2');
    const third = new Simulation();
    third.process((function* () { yield sim.event(); })(), "clerk");
    expect(() => third.run()).toThrow("got an event of another simulation");
  });

  it("yield of a bad delay throws into the generator, which may catch it", () => {
    const sim = new Simulation();
    const p = sim.process(
      (function* (): ProcessGenerator<string> {
        try {
          yield NaN;
        } catch (e) {
          return (e as Error).name;
        }
        return "not thrown";
      })(),
    );
    sim.run();
    expect(p.value).toBe("RangeError");
  });

  it("process.name defaults to a numbered name", () => {
    const sim = new Simulation();
    const a = sim.process((function* () {})());
    const b = sim.process((function* () {})(), "gate");
    expect([a.name, b.name]).toEqual(["process 0", "gate"]);
  });

  it("sim.process(gen, name) rejects a generator function, a non-generator and a non-string name", () => {
    const sim = new Simulation();
    function* truck(): ProcessGenerator<void> {}
    expect(() => sim.process(truck as never)).toThrow(
      "Simulation.process: gen must be a generator object; call the generator function, e.g. sim.process(truck())",
    );
    expect(() => sim.process({ next() {}, throw() {} } as never)).toThrow(
      "Simulation.process: gen must be a generator object made by a generator function, got [object Object]",
    );
    expect(() => sim.process(truck(), 5 as never)).toThrow("Simulation.process: name must be a string, got 5");
  });

  it("process.succeed(value) and process.fail(error) are refused: a process ends by returning or throwing", () => {
    const sim = new Simulation();
    const p = sim.process((function* () {})(), "p");
    expect(() => p.succeed(undefined)).toThrow('Process.succeed: process "p" succeeds by returning from its generator');
    expect(() => p.fail(new Error("x"))).toThrow('Process.fail: process "p" fails by throwing from its generator');
  });
});
