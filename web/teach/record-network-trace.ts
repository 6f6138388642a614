import { runNetwork, type NetworkRun, type NetworkTraceEvent } from "../../src/model/index.js";
import type { NetworkScenario } from "../../src/scenario/index.js";
import { TraceCode, type NetworkTrace } from "./network-trace.js";

/** Options of recordNetworkRun. */
export interface RecordOptions {
  /** Most events to keep; the rest of the run is simulated but not recorded. @default 250000 */
  readonly limit?: number;
  /** Time slices of the number-in-system series (for the Welch plot). @default 200 */
  readonly slices?: number;
}

const codes: Readonly<Record<NetworkTraceEvent, TraceCode>> = {
  arrive: TraceCode.arrive, start: TraceCode.start, preempt: TraceCode.preempt,
  "leave-station": TraceCode.leave, balk: TraceCode.balk, depart: TraceCode.depart,
};

/**
 * Runs one replication of a network and records its own event trace on the way: the events the model
 * emits as it runs, never a second simulation. Keeps the first `limit` events; if the run has more, the
 * trace ends cleanly before the first event it had no room for (every event at that time is dropped), so
 * the replayed state is exact up to `until`. Memory: 19 bytes an event.
 */
export function recordNetworkRun(scenario: NetworkScenario, replication: number, options: RecordOptions = {}): { run: NetworkRun; trace: NetworkTrace } {
  const limit = options.limit ?? 250_000;
  const stationIndex = new Map(scenario.stations.map((s, i) => [s.id, i]));
  const classIndex = new Map<string, number>();
  for (const a of scenario.arrivals) if (!classIndex.has(a.class)) classIndex.set(a.class, classIndex.size);
  let capacity = Math.min(limit, 4096);
  let time = new Float64Array(capacity);
  let code = new Uint8Array(capacity);
  let customer = new Int32Array(capacity);
  let station = new Int16Array(capacity);
  let value = new Int32Array(capacity);
  let length = 0;
  let cutAt = Infinity;
  const grow = (): void => {
    capacity = Math.min(limit, capacity * 2);
    const copy = <T extends Float64Array | Uint8Array | Int32Array | Int16Array>(a: T, make: new (n: number) => T): T => {
      const b = new make(capacity);
      b.set(a);
      return b;
    };
    time = copy(time, Float64Array);
    code = copy(code, Uint8Array);
    customer = copy(customer, Int32Array);
    station = copy(station, Int16Array);
    value = copy(value, Int32Array);
  };
  const push = (t: number, c: TraceCode, who: number, where: number, v: number): void => {
    if (cutAt !== Infinity) return;
    if (length === capacity) {
      if (capacity === limit) {
        cutAt = t;
        // Events at the cut time were only partly kept: drop them, so the state before `until` is whole.
        while (length > 0 && time[length - 1] === t) length--;
        return;
      }
      grow();
    }
    time[length] = t;
    code[length] = c;
    customer[length] = who;
    station[length] = where;
    value[length] = v;
    length++;
  };
  const run = runNetwork(scenario, replication, {
    ...(options.slices !== undefined ? { slices: options.slices } : {}),
    trace: (t, event, who, where, customerClass) => push(t, codes[event], who, stationIndex.get(where) ?? -1, classIndex.get(customerClass) ?? -1),
    servers: (t, where, onDuty, broken) => {
      const s = stationIndex.get(where) ?? -1;
      push(t, TraceCode.onDuty, -1, s, onDuty);
      push(t, TraceCode.broken, -1, s, broken);
    },
  });
  const trace: NetworkTrace = {
    stations: scenario.stations.map((s) => s.id), classes: [...classIndex.keys()], length,
    time: time.slice(0, length), code: code.slice(0, length), customer: customer.slice(0, length), station: station.slice(0, length), value: value.slice(0, length),
    until: Math.min(cutAt, scenario.horizon), complete: cutAt === Infinity, horizon: scenario.horizon, warmup: run.warmup, replication,
  };
  return { run, trace };
}
