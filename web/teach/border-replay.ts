import { TraceCursor } from "./trace-cursor.js";
import { BorderCode, type BorderTraceRecord } from "./border-trace-record.js";
import type { ReplayStation } from "./network-replay.js";

/** A truck in the replay: its direction, class and seal. */
export interface ReplayTruck {
  readonly direction: 0 | 1;
  readonly cls: number;
  readonly sealed: boolean;
}

/** Where one direction's trucks are that are not at a station. */
export interface ReplayDirection {
  /** Waiting on the road, the logistics centre and booked slots, longest-waiting first. */
  readonly road: number[];
  readonly centre: number[];
  readonly booked: number[];
  /** Inside the checkpoint, held aside for documents. */
  readonly held: number[];
  /** Inside the checkpoint with no line the trace shows (past the recording's end). */
  readonly yard: number[];
  arrived: number;
  crossed: number;
  turnedBack: number;
}

/**
 * Replays a recorded border trace: where every truck is at any hour, each direction's road queue, the
 * lines and lanes of each station, and the counts of trucks crossed and turned back. It only reads the
 * trace, forward; going back replays from the start.
 */
export class BorderReplay extends TraceCursor<BorderTraceRecord> {
  readonly stations: ReplayStation[] = [];
  readonly directions: [ReplayDirection, ReplayDirection] = [emptyDirection(), emptyDirection()];
  readonly trucks = new Map<number, ReplayTruck>();
  /** Control starts whose truck was not waiting in that station's line: 0 for a whole trace (a check on the recording). */
  misplaced = 0;
  readonly #lanes: readonly number[];
  readonly #pending: number[][] = [];

  /** @param lanes lanes drawn at each station of `trace.stations` (the most ever on duty). */
  constructor(trace: BorderTraceRecord, lanes: readonly number[]) {
    super(trace);
    this.#lanes = lanes;
    this.reset();
  }

  /** Back to hour 0, before the first event. */
  override reset(): void {
    super.reset();
    this.stations.length = 0;
    this.#pending.length = 0;
    this.trace.stations.forEach((id, i) => {
      const n = this.#lanes[i] ?? 1;
      this.stations.push({ id, queue: [], servers: new Array<number>(n).fill(-1), onDuty: n, broken: 0, served: 0, balked: 0 });
      this.#pending.push([]);
    });
    this.directions[0] = emptyDirection();
    this.directions[1] = emptyDirection();
    this.trucks.clear();
    this.misplaced = 0;
  }

  protected apply(i: number): void {
    const t = this.trace;
    const truck = t.truck[i] as number;
    const value = t.value[i] as number;
    const station = this.stations[t.station[i] as number];
    const s = t.station[i] as number;
    const d = this.directions[(t.direction[i] as number) === 0 ? 0 : 1];
    switch (t.code[i]) {
      case BorderCode.arrive:
        this.trucks.set(truck, { direction: (t.direction[i] as number) === 0 ? 0 : 1, cls: value >> 1, sealed: (value & 1) === 1 });
        d.arrived++;
        return;
      case BorderCode.turnedBack:
        this.trucks.delete(truck);
        d.turnedBack++;
        return;
      case BorderCode.wait:
        (value === 1 ? d.centre : value === 2 ? d.booked : d.road).push(truck);
        return;
      case BorderCode.toCentre:
        remove(d.road, truck);
        d.centre.push(truck);
        return;
      case BorderCode.enterZone:
        if (!remove(d.road, truck) && !remove(d.centre, truck)) remove(d.booked, truck);
        this.#join(d, truck, value);
        return;
      case BorderCode.stageStart:
        if (station === undefined) return;
        if (!remove(station.queue, truck)) {
          this.misplaced++;
          remove(d.yard, truck);
        }
        this.#seat(s, station, truck);
        return;
      case BorderCode.stagePreempt:
        if (station === undefined) return;
        this.#unseat(s, station, truck);
        station.queue.push(truck);
        return;
      case BorderCode.stageEnd:
        if (station === undefined) return;
        this.#unseat(s, station, truck);
        station.served++;
        this.#join(d, truck, value);
        return;
      case BorderCode.documentsHeld:
        remove(d.yard, truck);
        d.held.push(truck);
        return;
      case BorderCode.documentsArrived:
        remove(d.held, truck);
        this.#join(d, truck, value);
        return;
      case BorderCode.depart:
        remove(d.yard, truck);
        this.trucks.delete(truck);
        d.crossed++;
        return;
      case BorderCode.onDuty:
        if (station !== undefined) station.onDuty = value;
        return;
      case BorderCode.broken:
        if (station !== undefined) station.broken = value;
        return;
    }
  }

  /** Puts a truck in the line of station `next`, or in the yard when the trace names none. */
  #join(d: ReplayDirection, truck: number, next: number): void {
    const station = this.stations[next];
    if (station !== undefined) station.queue.push(truck);
    else d.yard.push(truck);
  }

  #seat(s: number, station: ReplayStation, truck: number): void {
    const free = station.servers.indexOf(-1);
    if (free >= 0) station.servers[free] = truck;
    else this.#pending[s]?.push(truck);
  }

  #unseat(s: number, station: ReplayStation, truck: number): void {
    const pending = this.#pending[s] as number[];
    if (remove(pending, truck)) return;
    const at = station.servers.indexOf(truck);
    if (at >= 0) station.servers[at] = pending.shift() ?? -1;
  }
}

function emptyDirection(): ReplayDirection {
  return { road: [], centre: [], booked: [], held: [], yard: [], arrived: 0, crossed: 0, turnedBack: 0 };
}

function remove(list: number[], x: number): boolean {
  const at = list.indexOf(x);
  if (at < 0) return false;
  list.splice(at, 1);
  return true;
}
