/**
 * The recorded trace of one border replication, as the plan's animation replays it: one row per event
 * in time order, in columns of typed arrays (20 bytes an event), transferred from the worker without copying.
 */

/** Event codes of the `code` column; what `value` holds is said for each. */
export const BorderCode = {
  /** A truck arrives at the back of the queue; value = class index × 2 + 1 if sealed. */
  arrive: 0,
  /** Turned back for missing documents; a truck that returns later arrives again under the same number. */
  turnedBack: 1,
  /** Waits for a place in the checkpoint; value = 0 road, 1 logistics centre, 2 booked slot. */
  wait: 2,
  /** Moves from the road into the logistics centre. */
  toCentre: 3,
  /** Enters the checkpoint; value = the station whose line it joins (-1 if the trace does not show one). */
  enterZone: 4,
  /** Its control at `station` starts (again, after a breakdown). */
  stageStart: 5,
  /** A breakdown takes its lane; it waits in line again. */
  stagePreempt: 6,
  /** Its control at `station` ends; value = the next station's line it joins, or -1 (held, or leaving). */
  stageEnd: 7,
  /** Held aside inside the checkpoint until its documents come. */
  documentsHeld: 8,
  /** Its documents came; value = the next station's line it joins, or -1. */
  documentsArrived: 9,
  /** Leaves the last post. */
  depart: 10,
  /** Lanes on duty at `station` now, in value (truck -1). */
  onDuty: 11,
  /** Lanes broken at `station` now, in value (truck -1). */
  broken: 12,
} as const;

export type BorderCode = (typeof BorderCode)[keyof typeof BorderCode];

/** Where a waiting truck waits, by the `wait` event's value. */
export const waitingPlaces = ["road", "centre", "booked"] as const;

/** One border replication's events, oldest first. */
export interface BorderTraceRecord {
  /** Station ids; the `station` column indexes them (-1 for none). */
  readonly stations: readonly string[];
  /** Truck classes of both directions; arrivals' values index them. */
  readonly classes: readonly string[];
  readonly length: number;
  /** Hours since the start of the run. */
  readonly time: Float64Array;
  readonly code: Uint8Array;
  /** Truck number (both directions count together), or -1 for a lane event. */
  readonly truck: Int32Array;
  /** 0 Kyrgyzstan → Kazakhstan, 1 Kazakhstan → Kyrgyzstan. */
  readonly direction: Uint8Array;
  readonly station: Int16Array;
  readonly value: Int32Array;
  /** Hours up to which the trace holds every event: the horizon, or where the event limit cut it. */
  readonly until: number;
  readonly complete: boolean;
  readonly horizon: number;
  readonly warmup: number;
  readonly replication: number;
}

/** The trace's columns, for `postMessage(message, transferables)`. */
export function borderTraceBuffers(trace: BorderTraceRecord): ArrayBuffer[] {
  return [trace.time, trace.code, trace.truck, trace.direction, trace.station, trace.value].map((a) => a.buffer as ArrayBuffer);
}
