// Frozen copy of src/model/network/run-network.ts as of main de55aca: the models on generator processes (a
// process per customer, yield* station.visit), before the event-scheduling core. Kept only as the oracle the
// equality test (test/model/event-core-equality.test.ts) and the bench compare the new core with, byte for byte.
// Do not edit it to follow the new core.
import {
  QuantileSketch, Simulation, Tally, TimeWeighted, distributionFromSpec, randomStream,
  type Distribution, type ProcessGenerator, type RandomSource,
} from "../../../src/engine/index.js";
import { mser5 } from "../../../src/stats/index.js";
import { DEFAULT_RUN_LIMITS, arrivalsLimit, inSystemLimit, withinLimits, type RunLimits } from "../../../src/model/run-limits.js";
import { Station } from "../../../src/model/station.js";
import type { NetworkArrival, NetworkSpec } from "../../../src/model/network/network-spec.js";

/** Flat metrics of one replication of a network, keyed by dotted path. */
export interface NetworkRun {
  /** Warm-up discarded, in model time units. */
  readonly warmup: number;
  readonly metrics: Record<string, number>;
  /** Mean number in system in each of `slices` equal time slices of the whole run (for MSER-5 and the Welch plot). */
  readonly inSystemSeries: number[];
}

/**
 * What happened to a customer, for the animation's trace: it joins a station's line ("arrive"),
 * its service starts ("start", again after a preemption), it is put back in line by a preemption
 * or a breakdown ("preempt"), its service ends ("leave-station"), it finds the line full ("balk"),
 * it leaves the network ("depart", with station "", after its last station or a balk).
 */
export type NetworkTraceEvent = "arrive" | "start" | "preempt" | "leave-station" | "depart" | "balk";

/** Options of one network replication. */
export interface NetworkRunOptions {
  /** Caps on customers in the system and arrivals per replication. @default DEFAULT_RUN_LIMITS */
  readonly limits?: RunLimits;
  /** Time slices recorded in `inSystemSeries`. @default 200 */
  readonly slices?: number;
  /** Called with (time, event, customer, station, class) for the animation's trace; costs nothing when absent. */
  readonly trace?: (time: number, event: NetworkTraceEvent, customer: number, station: string, customerClass: string) => void;
  /**
   * Called with a station's servers on duty (by its schedule) and broken now: for each station at
   * time 0, then whenever either changes. Busy servers follow from the "start" and "leave-station" events.
   */
  readonly servers?: (time: number, station: string, onDuty: number, broken: number) => void;
}

interface Node {
  readonly station: Station;
  readonly service: Distribution;
  readonly serviceByClass: ReadonlyMap<string, Distribution>;
  readonly serviceStream: RandomSource;
  readonly routeStream: RandomSource;
  readonly routeTo: readonly string[];
  readonly routeCumulative: readonly number[];
}

function build(sim: Simulation, spec: NetworkSpec, replication: number): Map<string, Node> {
  const stream = (name: string): RandomSource => randomStream(spec.seed, replication, name);
  const nodes = new Map<string, Node>();
  for (const s of spec.stations) {
    const failures = s.breakdowns;
    let breakdowns: { timeToFailure: () => number; timeToRepair: () => number } | undefined;
    if (failures !== undefined) {
      const up = distributionFromSpec(failures.timeToFailure);
      const down = distributionFromSpec(failures.timeToRepair);
      const u = stream(`breakdowns:${s.id}`);
      breakdowns = { timeToFailure: () => up.sample(u), timeToRepair: () => down.sample(u) };
    }
    const station = new Station(sim, {
      id: s.id, servers: s.servers, discipline: s.discipline,
      ...(s.queueLimit !== undefined ? { queueLimit: s.queueLimit } : {}),
      ...(s.schedule !== undefined ? { schedule: s.schedule } : {}),
      ...(breakdowns !== undefined ? { breakdowns } : {}),
    });
    let total = 0;
    nodes.set(s.id, {
      station,
      service: distributionFromSpec(s.service),
      serviceByClass: new Map(Object.entries(s.serviceByClass ?? {}).map(([c, d]) => [c, distributionFromSpec(d)])),
      serviceStream: stream(`service:${s.id}`),
      routeStream: stream(`routing:${s.id}`),
      routeTo: s.routes.map((r) => r.to),
      routeCumulative: s.routes.map((r) => (total += r.p)),
    });
  }
  return nodes;
}

function nextStation(node: Node): string | null {
  if (node.routeTo.length === 0) return null;
  const u = node.routeStream();
  for (let i = 0; i < node.routeTo.length; i++) if (u < (node.routeCumulative[i] as number)) return node.routeTo[i] as string;
  return null;
}

/** One replication with a fixed warm-up. */
function simulate(spec: NetworkSpec, replication: number, warmup: number, options: NetworkRunOptions): NetworkRun {
  const sim = new Simulation();
  const nodes = build(sim, spec, replication);
  const trace = options.trace;
  if (options.servers !== undefined) watchServers(sim, nodes, options.servers);
  const slices = options.slices ?? 200;
  const inSystem = new TimeWeighted(0, 0);
  const sliceLevel = new TimeWeighted(0, 0);
  const inSystemSeries: number[] = [];
  const timeInSystem = new Tally();
  const waitInQueue = new Tally();
  let sojourns = new QuantileSketch();
  const classes = new Map<string, { timeInSystem: Tally; waitInQueue: Tally }>();
  for (const a of spec.arrivals) if (!classes.has(a.class)) classes.set(a.class, { timeInSystem: new Tally(), waitInQueue: new Tally() });
  let population = 0;
  let departures = 0;
  let balks = 0;
  let customers = 0;

  function* customer(arrival: NetworkArrival, id: number): ProcessGenerator<void> {
    const entered = sim.now;
    inSystem.update(++population, entered);
    sliceLevel.update(population, entered);
    let at: string | null = arrival.to;
    let waited = 0;
    let balked = false;
    while (at !== null) {
      const node = nodes.get(at) as Node;
      const service = (node.serviceByClass.get(arrival.class) ?? node.service).sample(node.serviceStream);
      const here: string = at;
      trace?.(sim.now, "arrive", id, here, arrival.class);
      const listener = trace === undefined ? undefined : {
        start: () => trace(sim.now, "start", id, here, arrival.class),
        preempted: () => trace(sim.now, "preempt", id, here, arrival.class),
      };
      const visit = yield* node.station.visit(arrival.priority, service, listener);
      if (visit === null) {
        balked = true;
        balks++;
        trace?.(sim.now, "balk", id, here, arrival.class);
        break;
      }
      trace?.(sim.now, "leave-station", id, here, arrival.class);
      waited += visit.wait;
      at = nextStation(node);
    }
    inSystem.update(--population, sim.now);
    sliceLevel.update(population, sim.now);
    trace?.(sim.now, "depart", id, "", arrival.class);
    if (balked) return;
    const spent = sim.now - entered;
    departures++;
    timeInSystem.observe(spent);
    waitInQueue.observe(waited);
    sojourns.add(spent);
    const c = classes.get(arrival.class) as { timeInSystem: Tally; waitInQueue: Tally };
    c.timeInSystem.observe(spent);
    c.waitInQueue.observe(waited);
  }

  const limits = options.limits ?? DEFAULT_RUN_LIMITS;
  const stations = [...nodes.values()].map((n) => n.station);
  spec.arrivals.forEach((arrival, i) => {
    const gap = distributionFromSpec(arrival.interarrival);
    const u = randomStream(spec.seed, replication, `arrivals:${i}`);
    sim.process((function* (): ProcessGenerator<void> {
      for (;;) {
        yield gap.sample(u);
        // The one place customers enter: stop a run that would never end or exhaust memory.
        if (population >= limits.maxInSystem) throw inSystemLimit(limits, stations, sim.now, "time units");
        if (customers >= limits.maxArrivals) throw arrivalsLimit(limits, sim.now, spec.horizon, "time units");
        sim.process(customer(arrival, customers++));
      }
    })(), `arrivals ${i}`);
  });

  const sliceLength = spec.horizon / slices;
  for (let k = 1; k <= slices; k++) {
    sim.schedule(k * sliceLength - sim.now, () => {
      inSystemSeries.push(sliceLevel.mean(sim.now));
      sliceLevel.reset(sim.now);
    });
  }
  if (warmup > 0) {
    sim.schedule(warmup, () => {
      inSystem.reset(sim.now);
      for (const t of [timeInSystem, waitInQueue]) t.reset();
      for (const c of classes.values()) { c.timeInSystem.reset(); c.waitInQueue.reset(); }
      sojourns = new QuantileSketch();
      for (const n of nodes.values()) n.station.reset();
      departures = 0;
      balks = 0;
    }, 0);
  }
  withinLimits(() => sim.run(spec.horizon));
  // run(horizon) leaves events at exactly the horizon undone, among them the end of the last slice.
  if (inSystemSeries.length < slices) inSystemSeries.push(sliceLevel.mean(sim.now));

  const span = spec.horizon - warmup;
  const metrics: Record<string, number> = {};
  metrics["system.throughput"] = departures / span;
  if (timeInSystem.count > 0) {
    metrics["system.timeInSystem"] = timeInSystem.mean;
    metrics["system.waitInQueue"] = waitInQueue.mean;
    metrics["system.timeInSystem.p50"] = sojourns.quantile(0.5);
    metrics["system.timeInSystem.p90"] = sojourns.quantile(0.9);
    metrics["system.timeInSystem.p95"] = sojourns.quantile(0.95);
  }
  metrics["system.inSystem"] = inSystem.mean(sim.now);
  if (spec.stations.some((s) => s.queueLimit !== undefined)) metrics["system.balkRate"] = balks / span;
  for (const [id, node] of nodes) {
    for (const [name, value] of Object.entries(node.station.metrics())) {
      if (value !== undefined) metrics[`stations.${id}.${name}`] = value;
    }
  }
  for (const [name, c] of classes) {
    if (c.timeInSystem.count === 0) continue;
    metrics[`classes.${name}.timeInSystem`] = c.timeInSystem.mean;
    metrics[`classes.${name}.waitInQueue`] = c.waitInQueue.mean;
  }
  return { warmup, metrics, inSystemSeries };
}

/** Reports each station's servers on duty and broken now, and again whenever either changes. */
function watchServers(sim: Simulation, nodes: ReadonlyMap<string, Node>, report: NonNullable<NetworkRunOptions["servers"]>): void {
  for (const [id, { station }] of nodes) {
    const resource = station.resource;
    let onDuty = resource.scheduledCapacity;
    let broken = resource.broken;
    report(sim.now, id, onDuty, broken);
    // The resource calls back on every request and release too; only shift and failure changes matter here.
    resource.onChange((r, now) => {
      if (r.scheduledCapacity === onDuty && r.broken === broken) return;
      onDuty = r.scheduledCapacity;
      broken = r.broken;
      report(now, id, onDuty, broken);
    });
  }
}

/**
 * Runs one replication of an open queueing network: statistics cover (warmup, horizon]. With
 * `warmup: "auto"` the run is made twice on the same random numbers: once to find the MSER-5
 * truncation point of the number in system, once to measure after it.
 */
export function runNetwork(spec: NetworkSpec, replication: number, options: NetworkRunOptions = {}): NetworkRun {
  if (spec.warmup !== "auto") return simulate(spec, replication, spec.warmup, options);
  const pilot = simulate(spec, replication, 0, {
    ...(options.slices !== undefined ? { slices: options.slices } : {}),
    ...(options.limits !== undefined ? { limits: options.limits } : {}),
  });
  const { truncateIndex } = mser5(pilot.inSystemSeries);
  const warmup = (truncateIndex * spec.horizon) / pilot.inSystemSeries.length;
  return simulate(spec, replication, warmup, options);
}
