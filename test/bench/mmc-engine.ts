import { Tally } from "../../src/engine/monitors/tally.js";
import { TimeWeighted } from "../../src/engine/monitors/time-weighted.js";
import type { ProcessGenerator } from "../../src/engine/process.js";
import { randomStream } from "../../src/engine/random-stream.js";
import { Resource } from "../../src/engine/resource.js";
import { Simulation } from "../../src/engine/simulation.js";
import { exponential, type MmcParams, type MmcRun, type Sampler } from "./mmc-model.js";

/**
 * M/M/c written as a model author would on the engine's process API: an arrival process spawns
 * one customer process per arrival; the customer requests a server, holds it for an exponential
 * service and releases it. Waits go to a Tally, the queue length to a TimeWeighted monitor kept
 * by a resource listener. `sampler` makes the interarrival and service draws (default: the bench's
 * own inversion with Math.log, shared with the bare loop).
 */
export function engineMmc(p: MmcParams, sampler: Sampler = exponential): MmcRun {
  const sim = new Simulation();
  const servers = new Resource(sim, { capacity: p.servers, name: "servers" });
  const interarrival = sampler(randomStream(p.seed, 0, "arrivals"), 1 / p.arrivalRate);
  const service = sampler(randomStream(p.seed, 0, "service"), 1 / p.serviceRate);
  const waits = new Tally();
  const queue = new TimeWeighted(0, 0);
  servers.onChange((r, now) => queue.update(r.queueLength, now));

  function* customer(): ProcessGenerator<void> {
    const arrived = sim.now;
    const request = servers.request();
    yield request;
    waits.observe(sim.now - arrived);
    yield service();
    servers.release(request);
  }

  function* arrivals(): ProcessGenerator<void> {
    for (;;) {
      yield interarrival();
      sim.process(customer());
    }
  }

  sim.process(arrivals(), "arrivals");
  return {
    runUntil: (until) => sim.run(until),
    get customers() {
      return waits.count;
    },
    get meanWait() {
      return waits.mean;
    },
    meanQueue: (now) => queue.mean(now),
  };
}
