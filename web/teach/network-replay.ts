import { TraceCursor } from "./trace-cursor.js";
import type { NetworkScenario } from "../../src/scenario/index.js";
import { maxServers } from "../charts/network-layout.js";
import { TraceCode, type NetworkTrace } from "./network-trace.js";

/** What the replay needs to know of the network besides its trace. */
export interface ReplayNetwork {
  /** Per station, in trace order: servers drawn (the most ever on duty) and order of service. */
  readonly stations: readonly { readonly maxServers: number; readonly discipline: "fifo" | "priority" | "preemptive" }[];
  /** Priority of each class, in trace order (lower is served first). */
  readonly classPriority: readonly number[];
}

/** One station as the replay last left it. */
export interface ReplayStation {
  readonly id: string;
  /** Customers waiting, in the order they will be served. */
  readonly queue: number[];
  /** The customer at each server, or -1 for none. */
  readonly servers: number[];
  /** Servers on duty by the rota, and broken, now. */
  onDuty: number;
  broken: number;
  /** Services completed and arrivals turned away since the start. */
  served: number;
  balked: number;
}

/**
 * Replays a recorded network trace: the lines, the servers and who is where at any model time. It only
 * reads the trace, forward; going back starts again from the beginning (a few milliseconds for a quarter
 * of a million events), so the animation's speed and seeking cannot change what happened.
 */
export class NetworkReplay extends TraceCursor<NetworkTrace> {
  readonly stations: ReplayStation[] = [];
  /** Class index of each customer in the network now. */
  readonly classOf = new Map<number, number>();
  /** Customers in the network now, arrived so far, and gone after service (not counting those turned away). */
  inSystem = 0;
  arrived = 0;
  departed = 0;
  balked = 0;
  private readonly network: ReplayNetwork;
  /** Customers whose service started while every server drawn was still held (a preemption resolving within the instant). */
  private readonly pending: number[][] = [];

  constructor(trace: NetworkTrace, network: ReplayNetwork) {
    if (network.stations.length !== trace.stations.length) {
      throw new RangeError(`NetworkReplay: the network has ${network.stations.length} stations but the trace ${trace.stations.length}`);
    }
    super(trace);
    this.network = network;
    this.reset();
  }

  /** Back to time 0, before the first event. */
  override reset(): void {
    super.reset();
    this.stations.length = 0;
    this.trace.stations.forEach((id, i) => {
      const n = this.network.stations[i]?.maxServers ?? 1;
      this.stations.push({ id, queue: [], servers: new Array<number>(n).fill(-1), onDuty: n, broken: 0, served: 0, balked: 0 });
    });
    this.pending.length = 0;
    for (let i = 0; i < this.stations.length; i++) this.pending.push([]);
    this.classOf.clear();
    this.inSystem = this.arrived = this.departed = this.balked = 0;
  }

  protected apply(i: number): void {
    const trace = this.trace;
    const code = trace.code[i] as TraceCode;
    const s = trace.station[i] as number;
    const station = this.stations[s];
    const customer = trace.customer[i] as number;
    const value = trace.value[i] as number;
    switch (code) {
      case TraceCode.arrive:
        if (!this.classOf.has(customer)) {
          this.classOf.set(customer, value);
          this.inSystem++;
          this.arrived++;
        }
        if (station !== undefined) this.enqueue(s, station, customer);
        return;
      case TraceCode.start:
        if (station === undefined) return;
        remove(station.queue, customer);
        this.seat(s, station, customer);
        return;
      case TraceCode.preempt:
        if (station === undefined) return;
        this.unseat(s, station, customer);
        this.enqueue(s, station, customer);
        return;
      case TraceCode.leave:
        if (station === undefined) return;
        this.unseat(s, station, customer);
        station.served++;
        return;
      case TraceCode.balk:
        if (station === undefined) return;
        remove(station.queue, customer);
        station.balked++;
        this.balked++;
        this.departed--; // its departure follows; it was turned away, not served
        return;
      case TraceCode.depart:
        this.classOf.delete(customer);
        this.inSystem--;
        this.departed++;
        return;
      case TraceCode.onDuty:
        if (station !== undefined) station.onDuty = value;
        return;
      case TraceCode.broken:
        if (station !== undefined) station.broken = value;
        return;
    }
  }

  /** Puts a customer in line behind everyone it would not overtake: all under FIFO, equal or better priority otherwise. */
  private enqueue(s: number, station: ReplayStation, customer: number): void {
    const queue = station.queue;
    if (this.network.stations[s]?.discipline === "fifo") {
      queue.push(customer);
      return;
    }
    const priority = this.priorityOf(customer);
    let at = queue.length;
    while (at > 0 && this.priorityOf(queue[at - 1] as number) > priority) at--;
    queue.splice(at, 0, customer);
  }

  private priorityOf(customer: number): number {
    return this.network.classPriority[this.classOf.get(customer) ?? -1] ?? 0;
  }

  /** Seats a customer at the lowest free server, or holds it until one frees within the same instant. */
  private seat(s: number, station: ReplayStation, customer: number): void {
    const free = station.servers.indexOf(-1);
    if (free >= 0) station.servers[free] = customer;
    else this.pending[s]?.push(customer);
  }

  private unseat(s: number, station: ReplayStation, customer: number): void {
    const pending = this.pending[s] as number[];
    if (remove(pending, customer)) return;
    const at = station.servers.indexOf(customer);
    if (at < 0) return;
    station.servers[at] = pending.shift() ?? -1;
  }
}

/** Removes `x` from `list` if it is there. */
function remove(list: number[], x: number): boolean {
  const at = list.indexOf(x);
  if (at < 0) return false;
  list.splice(at, 1);
  return true;
}

/** What a server is doing, as the animation colours it. */
export type ServerState = "busy" | "idle" | "off-shift" | "broken";

/**
 * What each server of a station shows: busy with a customer, or else (filling the free servers from the
 * last one down) off shift, broken, and idle. Counts follow the rota and breakdowns; a server still
 * finishing a customer after its shift ended shows busy.
 */
export function serverStates(station: ReplayStation): ServerState[] {
  const free: number[] = [];
  const states = station.servers.map((c, i): ServerState => {
    if (c >= 0) return "busy";
    free.push(i);
    return "idle";
  });
  let offShift = Math.max(0, station.servers.length - station.onDuty);
  let broken = station.broken;
  for (let k = free.length - 1; k >= 0; k--) {
    const i = free[k] as number;
    if (offShift > 0) {
      states[i] = "off-shift";
      offShift--;
    } else if (broken > 0) {
      states[i] = "broken";
      broken--;
    }
  }
  return states;
}

/** The replay's view of a network scenario: servers drawn, orders of service, and class priorities in trace order. */
export function replayNetwork(scenario: NetworkScenario, classes: readonly string[]): ReplayNetwork {
  return {
    stations: scenario.stations.map((s) => ({ maxServers: maxServers(s), discipline: s.discipline })),
    classPriority: classes.map((c) => scenario.arrivals.find((a) => a.class === c)?.priority ?? 0),
  };
}
