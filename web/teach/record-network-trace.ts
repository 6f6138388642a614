import { runNetwork, type NetworkRun, type NetworkTraceEvent } from "../../src/model/index.js";
import type { NetworkScenario } from "../../src/scenario/index.js";
import { BoundedColumns } from "./bounded-columns.js";
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
 * trace ends cleanly before the first event it had no room for (see BoundedColumns), so the replayed
 * state is exact up to `until`. Memory: 19 bytes an event.
 */
export function recordNetworkRun(scenario: NetworkScenario, replication: number, options: RecordOptions = {}): { run: NetworkRun; trace: NetworkTrace } {
  const limit = options.limit ?? 250_000;
  const stationIndex = new Map(scenario.stations.map((s, i) => [s.id, i]));
  const classIndex = new Map<string, number>();
  for (const a of scenario.arrivals) if (!classIndex.has(a.class)) classIndex.set(a.class, classIndex.size);
  const log = new BoundedColumns(limit, (n) => ({
    time: new Float64Array(n), code: new Uint8Array(n), customer: new Int32Array(n), station: new Int16Array(n), value: new Int32Array(n),
  }));
  const push = (t: number, c: TraceCode, who: number, where: number, v: number): void => {
    const i = log.slot(t);
    if (i < 0) return;
    const columns = log.columns;
    columns.code[i] = c;
    columns.customer[i] = who;
    columns.station[i] = where;
    columns.value[i] = v;
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
  const columns = log.finish();
  const trace: NetworkTrace = {
    stations: scenario.stations.map((s) => s.id), classes: [...classIndex.keys()], length: log.length, ...columns,
    until: Math.min(log.cutAt, scenario.horizon), complete: log.cutAt === Infinity, horizon: scenario.horizon, warmup: run.warmup, replication,
  };
  return { run, trace };
}
