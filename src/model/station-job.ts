import { Activity } from "../engine/index.js";
import type { FlowStation } from "./flow-station.js";

/** @internal Where a job stands at its station (the values of `StationJob._phase`). */
export const JobPhase = {
  /** Not at a station: the job's own wake-ups (its start, a hold) call `resume`. */
  Away: 0,
  /** In a station's line, with nothing queued. */
  Waiting: 1,
  /** Granted a server from the line; its wake-up starts the service. */
  Granted: 2,
  /** In service; its wake-up ends the service. */
  Serving: 3,
} as const;

/**
 * A customer of the event-scheduling core: one record per customer that passes through
 * `FlowStation`s, with no generator and no event object. The station keeps the visit's state in the
 * record's `_`-fields and calls back `left` (service done) or `balked` (line full); `started` and
 * `preempted` are hooks for traces. Wake-ups of the job's own (`sim.wake(job, delay)`, e.g. its start
 * or a hold between stations) call `resume`.
 */
export abstract class StationJob extends Activity {
  // Declared, then assigned in the constructor: derived objects build faster (one per customer).
  /** @internal The station visited now; null between stations. */
  declare _at: FlowStation | null;
  /** @internal A JobPhase. */
  declare _phase: number;
  /** @internal Rank in the line, lower first. */
  declare _priority: number;
  /** @internal Arrival order at the station, to break ties between equal priorities. */
  declare _order: number;
  /** @internal Position among the station's users while it holds a server. */
  declare _slot: number;
  /** @internal When its server was granted (model time units). */
  declare _grantedAt: number;
  /** @internal It resumes an interrupted service: waits ahead of its priority, never balks. */
  declare _resume: boolean;
  /** @internal Whether its first service at this station has started. */
  declare _started: boolean;
  /** @internal When it joined the line, and when it rejoined after its last preemption. */
  declare _arrived: number;
  declare _requeued: number;
  /** @internal Time not in service at this station so far. */
  declare _wait: number;
  /** @internal Service requirement at this station, and what is left of it. */
  declare _service: number;
  declare _remaining: number;

  constructor() {
    super();
    this._at = null;
    this._phase = JobPhase.Away;
    this._priority = 0;
    this._order = 0;
    this._slot = -1;
    this._grantedAt = 0;
    this._resume = false;
    this._started = false;
    this._arrived = 0;
    this._requeued = 0;
    this._wait = 0;
    this._service = 0;
    this._remaining = 0;
  }

  /** @internal The event loop reached the job's wake-up. */
  override _fire(): void {
    const at = this._at;
    if (at === null) this.resume();
    else at._wake(this);
  }

  /** A wake-up of the job's own came up (`sim.wake(job, delay)` while it is at no station). */
  protected abstract resume(): void;

  /** Its service at `station` ended; it waited `wait` and was served `service` (model time units) there. */
  abstract left(station: FlowStation, wait: number, service: number): void;

  /** It found the line of `station` full and was refused. */
  abstract balked(station: FlowStation): void;

  /** Its service at `station` starts (again, after a preemption). For traces; does nothing by default. */
  started(_station: FlowStation): void {}

  /** It lost its server at `station` and rejoins the line. For traces; does nothing by default. */
  preempted(_station: FlowStation): void {}
}
