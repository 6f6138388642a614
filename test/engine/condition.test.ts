import { describe, expect, it } from "vitest";
import { Simulation } from "../../src/engine/simulation.js";
import type { ConditionValue } from "../../src/engine/condition.js";

type Trace = [number, string][];

describe("Condition", () => {
  it("yield sim.anyOf(events) resumes at the first event and maps it to its value", () => {
    const sim = new Simulation();
    const trace: Trace = [];
    const served = sim.timeout(3, "served");
    const patience = sim.timeout(5, "gave up");
    sim.process(
      (function* () {
        const first: ConditionValue = yield sim.anyOf([served, patience]);
        trace.push([sim.now, [...first.values()].join()]);
        trace.push([sim.now, `served? ${first.has(served)}, gave up? ${first.has(patience)}`]);
      })(),
    );
    sim.run();
    expect(trace).toEqual([
      [3, "served"],
      [3, "served? true, gave up? false"],
    ]);
  });

  it("yield sim.allOf(events) resumes when the last event happens, with every value in the order given", () => {
    const sim = new Simulation();
    const trace: Trace = [];
    const customs = sim.process((function* () { yield 4; return "customs ok"; })());
    const vet = sim.process((function* () { yield 2; return "vet ok"; })());
    sim.process(
      (function* () {
        const all: ConditionValue = yield sim.allOf([customs, vet]);
        trace.push([sim.now, [...all.values()].join(", ")]);
      })(),
    );
    sim.run();
    expect(trace).toEqual([[4, "customs ok, vet ok"]]);
  });

  it("yield sim.anyOf(events) with an event already processed resumes at once", () => {
    const sim = new Simulation();
    const done = sim.event<string>().succeed("already");
    const trace: Trace = [];
    sim.process(
      (function* () {
        const v: ConditionValue = yield sim.anyOf([sim.timeout(9), done]);
        trace.push([sim.now, String(v.get(done))]);
      })(),
    );
    sim.run(1);
    expect(trace).toEqual([[0, "already"]]);
  });

  it("sim.anyOf([]) and sim.allOf([]) succeed at once with an empty map", () => {
    const sim = new Simulation();
    expect(sim.anyOf([]).value.size).toBe(0);
    expect(sim.allOf([]).value.size).toBe(0);
  });

  it("yield sim.allOf(events) fails as soon as one event fails, with its error", () => {
    const sim = new Simulation();
    const trace: Trace = [];
    const broken = sim.process(
      (function* () {
        yield 1;
        throw new Error("scanner down");
      })(),
    );
    sim.process(
      (function* () {
        try {
          yield sim.allOf([sim.timeout(5), broken]);
        } catch (e) {
          trace.push([sim.now, (e as Error).message]);
        }
      })(),
    );
    sim.run();
    expect(trace).toEqual([[1, "scanner down"]]);
  });

  it("sim.anyOf(events) stops listening once decided, so a later unhandled failure still reaches run()", () => {
    const sim = new Simulation();
    const late = sim.event();
    sim.process(
      (function* () {
        yield sim.anyOf([sim.timeout(1), late]);
      })(),
    );
    sim.schedule(2, () => late.fail(new Error("nobody listens")));
    expect(() => sim.run()).toThrow("run: event failed at time 2 and nothing waited for it: nobody listens");
  });

  it("sim.anyOf(events) and sim.allOf(events) reject a non-array and events of another simulation", () => {
    const sim = new Simulation();
    const other = new Simulation();
    expect(() => sim.anyOf("x" as never)).toThrow("Simulation.anyOf: events must be an array of events, got x");
    expect(() => sim.allOf([sim.timeout(1), other.timeout(1)])).toThrow(
      "Simulation.allOf: events[1] must be an event of this simulation, got [object Object]",
    );
  });
});
