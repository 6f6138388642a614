/**
 * The recorded trace of one network replication, as the animation replays it: one row per event in
 * time order, in columns of typed arrays, so a trace of a quarter of a million events is a few
 * megabytes and crosses from the worker to the page without copying.
 */

/** Event codes of the `code` column. Customer events carry the class index in `value`; server events the count. */
export const TraceCode = {
  /** A customer joins a station's line. */
  arrive: 0,
  /** Its service starts (again, after a preemption). */
  start: 1,
  /** A preemption or breakdown puts it back in line. */
  preempt: 2,
  /** Its service ends and it leaves the station. */
  leave: 3,
  /** It found the line full and was turned away. */
  balk: 4,
  /** It leaves the network (station -1). */
  depart: 5,
  /** Servers on duty at the station by its rota, in `value` (customer -1). */
  onDuty: 6,
  /** Servers broken at the station, in `value` (customer -1). */
  broken: 7,
} as const;

export type TraceCode = (typeof TraceCode)[keyof typeof TraceCode];

/** One replication's events, oldest first. */
export interface NetworkTrace {
  /** Station ids; the `station` column indexes them (-1 for none). */
  readonly stations: readonly string[];
  /** Customer classes; customer events' `value` indexes them. */
  readonly classes: readonly string[];
  /** Events kept. */
  readonly length: number;
  /** Model time of each event. */
  readonly time: Float64Array;
  readonly code: Uint8Array;
  /** Customer number, or -1 for a server event. */
  readonly customer: Int32Array;
  readonly station: Int16Array;
  readonly value: Int32Array;
  /** Model time up to which the trace holds every event: the horizon, or where the event limit cut it. */
  readonly until: number;
  /** False when the event limit cut the trace before the end of the run. */
  readonly complete: boolean;
  /** Whole run length and warm-up of the replication, in model time units. */
  readonly horizon: number;
  readonly warmup: number;
  /** The replication the trace is of (0-based). */
  readonly replication: number;
}

/** The trace's columns, for `postMessage(message, transferables)`. */
export function traceBuffers(trace: NetworkTrace): ArrayBuffer[] {
  return [trace.time, trace.code, trace.customer, trace.station, trace.value].map((a) => a.buffer as ArrayBuffer);
}
