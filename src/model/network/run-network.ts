import {
  Activity, NORMAL, QuantileSketch, Simulation, Tally, TimeWeighted, URGENT, distributionFromSpec, randomStream,
  type Distribution, type RandomSource,
} from "../../engine/index.js";
import { mser5 } from "../../stats/index.js";
import { FlowStation } from "../flow-station.js";
import { DEFAULT_RUN_LIMITS, arrivalsLimit, eventsLimit, inSystemLimit, withinLimits, type RunLimits } from "../run-limits.js";
import { StationJob } from "../station-job.js";
import type { NetworkSpec } from "./network-spec.js";

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
  readonly station: FlowStation;
  /** Service time by class index (the station's own, or the class's). */
  readonly serviceFor: readonly Distribution[];
  readonly serviceStream: RandomSource;
  readonly routeStream: RandomSource;
  readonly routeTo: readonly Node[];
  readonly routeCumulative: readonly number[];
}

function build(sim: Simulation, spec: NetworkSpec, replication: number, classNames: readonly string[]): Map<string, Node> {
  const stream = (name: string): RandomSource => randomStream(spec.seed, replication, name);
  const nodes = new Map<string, Node>();
  const routes: [Node, NetworkSpec["stations"][number]["routes"]][] = [];
  for (const s of spec.stations) {
    const failures = s.breakdowns;
    let breakdowns: { timeToFailure: () => number; timeToRepair: () => number } | undefined;
    if (failures !== undefined) {
      const up = distributionFromSpec(failures.timeToFailure);
      const down = distributionFromSpec(failures.timeToRepair);
      const u = stream(`breakdowns:${s.id}`);
      breakdowns = { timeToFailure: () => up.sample(u), timeToRepair: () => down.sample(u) };
    }
    const station = new FlowStation(sim, {
      id: s.id, servers: s.servers, discipline: s.discipline,
      ...(s.queueLimit !== undefined ? { queueLimit: s.queueLimit } : {}),
      ...(s.schedule !== undefined ? { schedule: s.schedule } : {}),
      ...(breakdowns !== undefined ? { breakdowns } : {}),
    });
    const service = distributionFromSpec(s.service);
    const byClass = new Map(Object.entries(s.serviceByClass ?? {}).map(([c, d]) => [c, distributionFromSpec(d)]));
    let total = 0;
    const node: Node = {
      station,
      serviceFor: classNames.map((c) => byClass.get(c) ?? service),
      serviceStream: stream(`service:${s.id}`),
      routeStream: stream(`routing:${s.id}`),
      routeTo: [],
      routeCumulative: s.routes.map((r) => (total += r.p)),
    };
    nodes.set(s.id, node);
    routes.push([node, s.routes]);
  }
  for (const [node, r] of routes) (node.routeTo as Node[]).push(...r.map((to) => nodes.get(to.to) as Node));
  return nodes;
}

function nextStation(node: Node): Node | null {
  const routeTo = node.routeTo;
  if (routeTo.length === 0) return null;
  const u = node.routeStream();
  const cumulative = node.routeCumulative;
  for (let i = 0; i < routeTo.length; i++) if (u < (cumulative[i] as number)) return routeTo[i] as Node;
  return null;
}

/** What the customers of one replication share: clock, statistics, trace. */
class NetworkState {
  readonly inSystem = new TimeWeighted(0, 0);
  readonly sliceLevel = new TimeWeighted(0, 0);
  readonly timeInSystem = new Tally();
  readonly waitInQueue = new Tally();
  sojourns = new QuantileSketch();
  /** Per class index. */
  readonly classes: { readonly timeInSystem: Tally; readonly waitInQueue: Tally }[];
  /** Records of departed customers, for new arrivals to reuse (fewer allocations, no garbage per customer). */
  readonly pool: Customer[] = [];
  population = 0;
  departures = 0;
  balks = 0;
  customers = 0;

  constructor(
    readonly sim: Simulation,
    readonly classNames: readonly string[],
    readonly trace: NetworkRunOptions["trace"],
    readonly limits: RunLimits,
    readonly stations: readonly FlowStation[],
    readonly horizon: number,
  ) {
    this.classes = classNames.map(() => ({ timeInSystem: new Tally(), waitInQueue: new Tally() }));
  }
}

/**
 * One customer's passage through the network: enters at its arrival's station, is served, routed,
 * and leaves after its last station or a balk. A record moved by the stations, not a process.
 */
class Customer extends StationJob {
  private declare readonly state: NetworkState;
  private declare id: number;
  private declare classIndex: number;
  private declare priority: number;
  private declare first: Node;
  private declare node: Node;
  private declare entered: number;
  private declare waited: number;

  constructor(state: NetworkState, id: number, classIndex: number, priority: number, first: Node) {
    super();
    this.state = state;
    this.id = id;
    this.classIndex = classIndex;
    this.priority = priority;
    this.first = first;
    this.node = first;
    this.entered = 0;
    this.waited = 0;
  }

  /**
   * A customer for a new arrival: a departed one's record when there is one (no queue entry still
   * counts on it: abandoned wake-ups are told apart by their keys), else a new record.
   */
  static make(state: NetworkState, classIndex: number, priority: number, first: Node): Customer {
    const id = state.customers++;
    const c = state.pool.pop();
    if (c === undefined) return new Customer(state, id, classIndex, priority, first);
    c.id = id;
    c.classIndex = classIndex;
    c.priority = priority;
    c.first = first;
    c.node = first;
    c.entered = 0;
    c.waited = 0;
    return c;
  }

  /** Its start: it enters the network now. */
  protected override resume(): void {
    const state = this.state;
    const now = state.sim._now;
    this.entered = now;
    state.inSystem.update(++state.population, now);
    state.sliceLevel.update(state.population, now);
    this.visit(this.first);
  }

  private visit(node: Node): void {
    this.node = node;
    const service = (node.serviceFor[this.classIndex] as Distribution).sample(node.serviceStream);
    const trace = this.state.trace;
    if (trace !== undefined) trace(this.state.sim._now, "arrive", this.id, node.station.id, this.className());
    node.station.arrive(this, this.priority, service);
  }

  override left(station: FlowStation, wait: number): void {
    const trace = this.state.trace;
    if (trace !== undefined) trace(this.state.sim._now, "leave-station", this.id, station.id, this.className());
    this.waited += wait;
    const next = nextStation(this.node);
    if (next === null) this.depart(false);
    else this.visit(next);
  }

  override balked(station: FlowStation): void {
    const state = this.state;
    state.balks++;
    if (state.trace !== undefined) state.trace(state.sim._now, "balk", this.id, station.id, this.className());
    this.depart(true);
  }

  override started(station: FlowStation): void {
    const trace = this.state.trace;
    if (trace !== undefined) trace(this.state.sim._now, "start", this.id, station.id, this.className());
  }

  override preempted(station: FlowStation): void {
    const trace = this.state.trace;
    if (trace !== undefined) trace(this.state.sim._now, "preempt", this.id, station.id, this.className());
  }

  private className(): string {
    return this.state.classNames[this.classIndex] as string;
  }

  private depart(balked: boolean): void {
    const state = this.state;
    const now = state.sim._now;
    state.inSystem.update(--state.population, now);
    state.sliceLevel.update(state.population, now);
    if (state.trace !== undefined) state.trace(now, "depart", this.id, "", this.className());
    state.pool.push(this);
    if (balked) return;
    const spent = now - this.entered;
    const waited = this.waited;
    state.departures++;
    state.timeInSystem.observe(spent);
    state.waitInQueue.observe(waited);
    state.sojourns.add(spent);
    const c = state.classes[this.classIndex] as { timeInSystem: Tally; waitInQueue: Tally };
    c.timeInSystem.observe(spent);
    c.waitInQueue.observe(waited);
  }
}

/**
 * One stream of external arrivals: wakes at each arrival, starts a customer and draws the next gap.
 * The only place customers are created.
 */
class ArrivalStream extends Activity {
  private declare readonly state: NetworkState;
  private declare readonly gap: Distribution;
  private declare readonly u: RandomSource;
  private declare readonly classIndex: number;
  private declare readonly priority: number;
  private declare readonly to: Node;
  private declare started: boolean;

  constructor(state: NetworkState, gap: Distribution, u: RandomSource, classIndex: number, priority: number, to: Node) {
    super();
    this.state = state;
    this.gap = gap;
    this.u = u;
    this.classIndex = classIndex;
    this.priority = priority;
    this.to = to;
    this.started = false;
  }

  override _fire(): void {
    const state = this.state;
    const sim = state.sim;
    const first = !this.started;
    if (!first) {
      // The one place customers enter: stop a run that would never end or exhaust memory.
      const limits = state.limits;
      if (state.population >= limits.maxInSystem) throw inSystemLimit(limits, state.stations, sim.now, "time units");
      if (state.customers >= limits.maxArrivals) throw arrivalsLimit(limits, sim.now, state.horizon, "time units");
    }
    this.started = true;
    sim.wake(this, this.gap.sample(this.u), NORMAL);
    if (first) return;
    // As a process, the customer would start at once, before ordinary events at this time and after the
    // next arrival was scheduled. Nothing else can come between: the arrival is an ordinary event, so no
    // start-before-ordinary entry at this time is left in the queue. So it starts here, saving a queue entry.
    Customer.make(state, this.classIndex, this.priority, this.to)._fire();
  }
}

/** One replication with a fixed warm-up. */
function simulate(spec: NetworkSpec, replication: number, warmup: number, options: NetworkRunOptions): NetworkRun {
  const sim = new Simulation();
  const classNames: string[] = [];
  for (const a of spec.arrivals) if (!classNames.includes(a.class)) classNames.push(a.class);
  const nodes = build(sim, spec, replication, classNames);
  if (options.servers !== undefined) watchServers(sim, nodes, options.servers);
  const slices = options.slices ?? 200;
  const state = new NetworkState(sim, classNames, options.trace, options.limits ?? DEFAULT_RUN_LIMITS, [...nodes.values()].map((n) => n.station), spec.horizon);
  const inSystemSeries: number[] = [];

  spec.arrivals.forEach((arrival, i) => {
    const gap = distributionFromSpec(arrival.interarrival);
    const u = randomStream(spec.seed, replication, `arrivals:${i}`);
    // Starts before ordinary events at time 0, as a process would.
    sim.wake(new ArrivalStream(state, gap, u, classNames.indexOf(arrival.class), arrival.priority, nodes.get(arrival.to) as Node), 0, URGENT);
  });

  const sliceLevel = state.sliceLevel;
  const sliceLength = spec.horizon / slices;
  // One slice end in the queue at a time (a smaller queue than all of them at once), each at exactly
  // k * sliceLength. Its place among other entries at the same time does not matter: a time-weighted
  // mean taken at `now` is the same before and after an update at `now`.
  let k = 1;
  const sliceEnded = (): void => {
    inSystemSeries.push(sliceLevel.mean(sim.now));
    sliceLevel.reset(sim.now);
    if (++k <= slices) sim._queue.push(k * sliceLength, NORMAL, sliceEnded);
  };
  sim._queue.push(k * sliceLength, NORMAL, sliceEnded);
  if (warmup > 0) {
    sim.schedule(warmup, () => {
      state.inSystem.reset(sim.now);
      for (const t of [state.timeInSystem, state.waitInQueue]) t.reset();
      for (const c of state.classes) { c.timeInSystem.reset(); c.waitInQueue.reset(); }
      state.sojourns = new QuantileSketch();
      for (const n of nodes.values()) n.station.reset();
      state.departures = 0;
      state.balks = 0;
    }, 0);
  }
  if (!withinLimits(() => sim.run(spec.horizon, state.limits.maxEvents))) {
    throw eventsLimit(state.limits, state.stations, sim.now, spec.horizon, "time units");
  }
  // run(horizon) leaves events at exactly the horizon undone, among them the end of the last slice.
  if (inSystemSeries.length < slices) inSystemSeries.push(sliceLevel.mean(sim.now));

  const span = spec.horizon - warmup;
  const metrics: Record<string, number> = {};
  const { timeInSystem, waitInQueue, sojourns } = state;
  metrics["system.throughput"] = state.departures / span;
  if (timeInSystem.count > 0) {
    metrics["system.timeInSystem"] = timeInSystem.mean;
    metrics["system.waitInQueue"] = waitInQueue.mean;
    metrics["system.timeInSystem.p50"] = sojourns.quantile(0.5);
    metrics["system.timeInSystem.p90"] = sojourns.quantile(0.9);
    metrics["system.timeInSystem.p95"] = sojourns.quantile(0.95);
  }
  metrics["system.inSystem"] = state.inSystem.mean(sim.now);
  if (spec.stations.some((s) => s.queueLimit !== undefined)) metrics["system.balkRate"] = state.balks / span;
  for (const [id, node] of nodes) {
    for (const [name, value] of Object.entries(node.station.metrics())) {
      if (value !== undefined) metrics[`stations.${id}.${name}`] = value;
    }
  }
  classNames.forEach((name, i) => {
    const c = state.classes[i] as { timeInSystem: Tally; waitInQueue: Tally };
    if (c.timeInSystem.count === 0) return;
    metrics[`classes.${name}.timeInSystem`] = c.timeInSystem.mean;
    metrics[`classes.${name}.waitInQueue`] = c.waitInQueue.mean;
  });
  return { warmup, metrics, inSystemSeries };
}

/** Reports each station's servers on duty and broken now, and again whenever either changes. */
function watchServers(sim: Simulation, nodes: ReadonlyMap<string, Node>, report: NonNullable<NetworkRunOptions["servers"]>): void {
  for (const [id, { station }] of nodes) {
    let onDuty = station.scheduledCapacity;
    let broken = station.broken;
    report(sim.now, id, onDuty, broken);
    // The station calls back on every shift change, failure and repair; report only those that change a number.
    station.onServers((r, now) => {
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
