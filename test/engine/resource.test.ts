import { describe, expect, it } from "vitest";
import { Interrupt } from "../../src/engine/interrupt.js";
import { Tally } from "../../src/engine/monitors/tally.js";
import { Preemption } from "../../src/engine/preemption.js";
import type { ProcessGenerator } from "../../src/engine/process.js";
import { randomStream } from "../../src/engine/random-stream.js";
import type { Request } from "../../src/engine/request.js";
import { Resource, type ResourceOptions } from "../../src/engine/resource.js";
import { Simulation } from "../../src/engine/simulation.js";

type Trace = [number, string][];

/** A tiny model: customers arrive at given times and hold one server for their service time. */
function serve(options: ResourceOptions, customers: [name: string, arrival: number, service: number, priority?: number][]) {
  const sim = new Simulation();
  const resource = new Resource(sim, options);
  const trace: Trace = [];
  function* customer(name: string, arrival: number, service: number, priority: number): ProcessGenerator<void> {
    yield arrival;
    const request = resource.request({ priority });
    const granted: boolean = yield request;
    if (!granted) {
      trace.push([sim.now, `${name} balks`]);
      return;
    }
    trace.push([sim.now, `${name} gets server`]);
    yield service;
    resource.release(request);
    trace.push([sim.now, `${name} leaves`]);
  }
  for (const [name, arrival, service, priority = 0] of customers) sim.process(customer(name, arrival, service, priority));
  return { sim, resource, trace };
}

describe("Resource", () => {
  it("resource.request() serves customers first come, first served", () => {
    const { sim, trace } = serve({ capacity: 1 }, [
      ["A", 0, 3],
      ["B", 1, 3],
      ["C", 1, 1],
    ]);
    sim.run();
    expect(trace).toEqual([
      [0, "A gets server"],
      [3, "A leaves"],
      [3, "B gets server"],
      [6, "B leaves"],
      [6, "C gets server"],
      [7, "C leaves"],
    ]);
  });

  it("resource.request() with two servers serves two at a time", () => {
    const { sim, trace } = serve({ capacity: 2 }, [
      ["A", 0, 4],
      ["B", 0, 2],
      ["C", 1, 1],
    ]);
    sim.run();
    expect(trace).toEqual([
      [0, "A gets server"],
      [0, "B gets server"],
      [2, "B leaves"],
      [2, "C gets server"],
      [3, "C leaves"],
      [4, "A leaves"],
    ]);
  });

  it('resource.request({ priority }) on a "priority" resource serves lower values first, never interrupting', () => {
    const { sim, trace } = serve({ capacity: 1, discipline: "priority" }, [
      ["A", 0, 4, 5],
      ["B", 1, 1, 5],
      ["C", 2, 1, 1],
      ["D", 3, 1, 1],
    ]);
    sim.run();
    expect(trace).toEqual([
      [0, "A gets server"],
      [4, "A leaves"],
      [4, "C gets server"],
      [5, "C leaves"],
      [5, "D gets server"],
      [6, "D leaves"],
      [6, "B gets server"],
      [7, "B leaves"],
    ]);
  });

  it('resource.request({ priority }) on a "fifo" resource ignores the priority', () => {
    const { sim, trace } = serve({ capacity: 1 }, [
      ["A", 0, 2, 5],
      ["B", 1, 1, 5],
      ["C", 1, 1, 0],
    ]);
    sim.run();
    expect(trace.filter(([, what]) => what.endsWith("gets server")).map(([, what]) => what[0])).toEqual(["A", "B", "C"]);
  });

  it('resource.request({ priority }) on a "preemptive" resource preempts a worse user, who resumes its remaining service', () => {
    const sim = new Simulation();
    const lane = new Resource(sim, { capacity: 1, discipline: "preemptive", name: "lane" });
    const trace: Trace = [];
    function* truck(name: string, arrival: number, work: number, priority: number): ProcessGenerator<void> {
      yield arrival;
      let remaining = work;
      while (remaining > 0) {
        const request = lane.request({ priority });
        yield request;
        trace.push([sim.now, `${name} gets server, ${remaining} to do`]);
        try {
          yield remaining;
          remaining = 0;
        } catch (e) {
          if (!(e instanceof Interrupt) || !(e.cause instanceof Preemption)) throw e;
          remaining -= e.cause.at - e.cause.usageSince;
          trace.push([sim.now, `${name} preempted (${e.cause.reason}, since ${e.cause.usageSince}), ${remaining} left`]);
        } finally {
          lane.release(request);
        }
      }
      trace.push([sim.now, `${name} done`]);
    }
    sim.process(truck("transit", 0, 10, 2));
    sim.process(truck("perishable", 3, 2, 0));
    sim.process(truck("same rank", 4, 1, 0));
    sim.run();
    expect(trace).toEqual([
      [0, "transit gets server, 10 to do"],
      [3, "perishable gets server, 2 to do"],
      [3, "transit preempted (priority, since 0), 7 left"],
      [5, "perishable done"],
      [5, "same rank gets server, 1 to do"],
      [6, "same rank done"],
      [6, "transit gets server, 7 to do"],
      [13, "transit done"],
    ]);
  });

  it('resource.request({ priority }) on a "preemptive" resource preempts the worst and latest user only if strictly worse', () => {
    const sim = new Simulation();
    const r = new Resource(sim, { capacity: 2, discipline: "preemptive" });
    const a = r.request({ priority: 3 });
    const b = r.request({ priority: 3 });
    const equal = r.request({ priority: 3 });
    expect([equal.status, r.queueLength]).toEqual(["waiting", 1]);
    const urgent = r.request({ priority: 1 });
    expect([a.status, b.status, urgent.status]).toEqual(["granted", "preempted", "granted"]);
    expect(b.preempted).toBe(true);
  });

  it("resource.request() balks when the line is full: the request succeeds with false", () => {
    const { sim, resource, trace } = serve({ capacity: 1, queueLimit: 1 }, [
      ["A", 0, 5],
      ["B", 1, 1],
      ["C", 2, 1],
    ]);
    sim.run(2.5);
    expect(trace).toEqual([
      [0, "A gets server"],
      [2, "C balks"],
    ]);
    expect(resource.queueLength).toBe(1);
    const lossSystem = new Resource(sim, { capacity: 1, queueLimit: 0 });
    lossSystem.request();
    const refused = lossSystem.request();
    expect([refused.balked, refused.value, refused.status]).toEqual([true, false, "balked"]);
  });

  it("resource.release(request) withdraws a request still waiting (reneging)", () => {
    const sim = new Simulation();
    const booth = new Resource(sim, { capacity: 1 });
    const trace: Trace = [];
    function* impatient(name: string, patience: number, service: number): ProcessGenerator<void> {
      const request = booth.request();
      yield sim.anyOf([request, sim.timeout(patience)]);
      if (!request.triggered) {
        booth.release(request);
        trace.push([sim.now, `${name} reneges (${request.status})`]);
        return;
      }
      trace.push([sim.now, `${name} gets server`]);
      yield service;
      booth.release(request);
    }
    sim.process(impatient("A", 1, 5));
    sim.process(impatient("B", 2, 1));
    sim.process(impatient("C", 9, 1));
    sim.run();
    expect(trace).toEqual([
      [0, "A gets server"],
      [2, "B reneges (withdrawn)"],
      [5, "C gets server"],
    ]);
  });

  it("resource.release(request) of a request already over does nothing", () => {
    const sim = new Simulation();
    const r = new Resource(sim, { capacity: 1 });
    const first = r.request();
    r.request();
    r.release(first);
    r.release(first);
    expect([r.inUse, r.queueLength, first.status]).toEqual([1, 0, "released"]);
  });

  it("resource.setCapacity(n) grants waiting requests when raised and lets busy servers finish when lowered", () => {
    const sim = new Simulation();
    const r = new Resource(sim, { capacity: 2 });
    const a = r.request();
    const b = r.request();
    const c = r.request();
    r.setCapacity(0);
    expect([r.capacity, r.inUse, r.queueLength, a.status, b.status]).toEqual([0, 2, 1, "granted", "granted"]);
    r.release(a);
    expect([r.inUse, r.queueLength]).toEqual([1, 1]);
    r.setCapacity(3);
    expect([r.inUse, r.queueLength, c.status]).toEqual([2, 0, "granted"]);
  });

  it("resource.onChange(listener) reports every change until removed", () => {
    const sim = new Simulation();
    const r = new Resource(sim, { capacity: 1 });
    const seen: string[] = [];
    const stop = r.onChange((res, now) => seen.push(`${now}: cap ${res.capacity} busy ${res.inUse} queue ${res.queueLength}`));
    const a = r.request();
    r.request();
    r.release(a);
    r.setCapacity(2);
    stop();
    r.setCapacity(1);
    expect(seen).toEqual([
      "0: cap 1 busy 1 queue 0",
      "0: cap 1 busy 1 queue 1",
      "0: cap 1 busy 1 queue 0",
      "0: cap 2 busy 1 queue 0",
    ]);
  });

  it("resource.request() remembers the process that asked, or null from a callback", () => {
    const sim = new Simulation();
    const r = new Resource(sim, { capacity: 1 });
    let inside: Request | undefined;
    const p = sim.process(
      (function* () {
        inside = r.request();
        yield inside;
      })(),
    );
    sim.run();
    expect([inside?.process, r.request().process, inside?.requestedAt, inside?.grantedAt]).toEqual([p, null, 0, 0]);
  });

  it("new Resource(sim, options), request, release and setCapacity reject bad arguments", () => {
    const sim = new Simulation();
    expect(() => new Resource(sim, { capacity: 0 })).toThrow("Resource: capacity must be an integer >= 1 or Infinity, got 0");
    expect(() => new Resource(sim, { capacity: 1.5 })).toThrow("Resource: capacity must be an integer >= 1 or Infinity, got 1.5");
    expect(() => new Resource(sim, { capacity: 1, queueLimit: -1 })).toThrow(
      "Resource: queueLimit must be an integer >= 0 or Infinity, got -1",
    );
    expect(() => new Resource(sim, { capacity: 1, discipline: "lifo" as never })).toThrow(
      'Resource: discipline must be "fifo", "priority" or "preemptive", got lifo',
    );
    expect(() => new Resource(sim, undefined as never)).toThrow("Resource: options must be an object such as { capacity: 1 }, got undefined");
    const r = new Resource(sim, { capacity: 1, name: "booth" });
    expect(() => r.request({ priority: NaN })).toThrow("Resource.request: priority must be a finite number, got NaN");
    const other = new Resource(sim, { capacity: 1 });
    expect(() => r.release(other.request())).toThrow('Resource.release: request must be a request of resource "booth", got [object Object]');
    expect(() => r.setCapacity(-1)).toThrow("Resource.setCapacity: n must be an integer >= 0 or Infinity, got -1");
  });
});

/** Student t quantile t(0.995, 9), for a 99% interval from 10 replications. */
const T_995_9 = 3.249835541592;

/** Erlang's C formula: the probability that an arrival to M/M/c must wait, with offered load a = λ/μ. */
function erlangC(c: number, a: number): number {
  let term = 1;
  let sum = 1;
  for (let k = 1; k < c; k++) {
    term *= a / k;
    sum += term;
  }
  const last = ((term * a) / c) * (c / (c - a));
  return last / (sum + last);
}

/** Mean wait in queue of customers arriving after `warmUp`, one number per replication. */
function replicateMeanWait(servers: number, lambda: number, mu: number, warmUp: number, horizon: number): number[] {
  return Array.from({ length: 10 }, (_, rep) => {
    const sim = new Simulation();
    const resource = new Resource(sim, { capacity: servers });
    const ua = randomStream(42, rep, "arrivals");
    const us = randomStream(42, rep, "service");
    const waits = new Tally();
    function* customer(): ProcessGenerator<void> {
      const arrived = sim.now;
      const request = resource.request();
      yield request;
      if (arrived >= warmUp) waits.observe(sim.now - arrived);
      yield -Math.log(1 - us()) / mu;
      resource.release(request);
    }
    sim.process(
      (function* () {
        for (;;) {
          yield -Math.log(1 - ua()) / lambda;
          sim.process(customer());
        }
      })(),
    );
    sim.run(horizon);
    return waits.mean;
  });
}

function interval(xs: number[]): [number, number] {
  const tally = new Tally();
  for (const x of xs) tally.observe(x);
  const half = (T_995_9 * tally.stdDev) / Math.sqrt(xs.length);
  return [tally.mean - half, tally.mean + half];
}

describe("Resource against queueing theory", () => {
  it("Resource(sim, { capacity: 1 }) gives the M/M/1 mean wait rho / (mu - lambda) within a 99% interval", () => {
    const [lo, hi] = interval(replicateMeanWait(1, 0.5, 1, 1_000, 21_000));
    const theory = 0.5 / (1 - 0.5);
    expect(lo).toBeLessThan(theory);
    expect(hi).toBeGreaterThan(theory);
  });

  it("Resource(sim, { capacity: 3 }) gives the M/M/3 mean wait C(3, a) / (3 mu - lambda) within a 99% interval", () => {
    const lambda = 2.1;
    const [lo, hi] = interval(replicateMeanWait(3, lambda, 1, 500, 5_500));
    const theory = erlangC(3, lambda) / (3 - lambda);
    expect(lo).toBeLessThan(theory);
    expect(hi).toBeGreaterThan(theory);
  });
});
