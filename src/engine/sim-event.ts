import { NORMAL } from "./event-queue.js";
import type { Simulation } from "./simulation.js";
import { SimulationError } from "./simulation-error.js";

/** @internal The event has neither succeeded nor failed yet. */
export const PENDING = 0;
/** @internal The event has a value and sits in the event queue until its waiters are resumed. */
export const TRIGGERED = 1;
/** @internal The event's waiters have been resumed; later waiters resume at once. */
export const PROCESSED = 2;

/** @internal Something resumed when an event is processed: a process, a condition, a callback. */
export interface Waiter {
  _onEvent(event: SimEvent<unknown>): void;
}

class CallbackWaiter<T> implements Waiter {
  constructor(private readonly callback: (event: SimEvent<T>) => void) {}
  _onEvent(event: SimEvent<unknown>): void {
    this.callback(event as SimEvent<T>);
  }
}

/**
 * Something that happens at one moment of simulated time and that processes can wait for by
 * yielding it; `const v = yield event` receives its value, and a failed event throws its error
 * into the waiting process. An event is pending, then triggered (it has a value and is queued),
 * then processed (its waiters have been resumed).
 *
 * Waiting for an event that is already processed resumes the process at once, without passing
 * through the event queue; an event that succeeds while nothing waits for it is processed at once
 * for the same reason (a resource request granted on arrival costs no queue operation).
 * A failed event that nothing waited for is never dropped: `Simulation.run` throws its error.
 *
 * @example
 * const sim = new Simulation();
 * const green = sim.event<string>();
 * let seen = "";
 * sim.process((function* () { seen = yield green; })());
 * sim.schedule(5, () => green.succeed("go"));
 * sim.run();
 * seen; // => "go"
 */
export class SimEvent<T = unknown> {
  // Fields are declared and assigned in the constructor rather than initialized as class fields:
  // V8 builds objects of derived classes with field initializers much more slowly (an event is
  // created per customer, several times over).
  /** The simulation whose clock this event belongs to. */
  declare readonly sim: Simulation;
  /** @internal Key of this event's entry in the event queue; -1 when it has none. */
  declare _key: number;
  /** @internal PENDING, TRIGGERED or PROCESSED. */
  declare _state: number;
  /** @internal */
  declare _ok: boolean;
  /** @internal The value, or the error when the event failed. */
  declare _value: unknown;
  /** @internal True once something took responsibility for a failure. */
  declare _defused: boolean;
  // The first waiter is kept apart: nearly every event has at most one, and needs no array.
  /** @internal */
  declare _w0: Waiter | null;
  /** @internal */
  declare _ws: Waiter[] | null;

  /** @param sim - the simulation whose clock this event belongs to. */
  constructor(sim: Simulation) {
    this.sim = sim;
    this._key = -1;
    this._state = PENDING;
    this._ok = true;
    this._value = undefined;
    this._defused = false;
    this._w0 = null;
    this._ws = null;
  }

  /** True once the event has succeeded or failed (its value is known). */
  get triggered(): boolean {
    return this._state !== PENDING;
  }

  /** True once the processes waiting for the event have been resumed. */
  get processed(): boolean {
    return this._state === PROCESSED;
  }

  /**
   * True if the event succeeded, false if it failed.
   *
   * @throws {Error} if the event is still pending.
   */
  get ok(): boolean {
    if (this._state === PENDING) throw new Error("SimEvent.ok: the event is still pending");
    return this._ok;
  }

  /**
   * The value the event succeeded with.
   *
   * @throws {Error} if the event is still pending; rethrows the event's error if it failed.
   */
  get value(): T {
    if (this._state === PENDING) throw new Error("SimEvent.value: the event is still pending");
    if (!this._ok) throw this._value;
    return this._value as T;
  }

  /** The error the event failed with; undefined if it is pending or succeeded. */
  get error(): unknown {
    return this._ok ? undefined : this._value;
  }

  /**
   * Triggers the event with `value`; its waiters resume at the current time, after the events
   * already scheduled for this time.
   *
   * @throws {Error} if the event has already been triggered.
   * @example
   * const ev = new Simulation().event<number>();
   * ev.succeed(5).value; // => 5
   */
  succeed(value: T): this {
    if (this._state !== PENDING) throw new Error("SimEvent.succeed: the event has already been triggered");
    this._trigger(true, value);
    return this;
  }

  /**
   * Fails the event with `error`, which is thrown into every process waiting for it.
   *
   * @throws {TypeError} if error is not an Error; {Error} if the event has already been triggered.
   * @example
   * const ev = new Simulation().event();
   * ev.fail(new Error("road closed")).ok; // => false
   */
  fail(error: Error): this {
    if (!(error instanceof Error)) throw new TypeError(`SimEvent.fail: error must be an Error, got ${String(error)}`);
    if (this._state !== PENDING) throw new Error("SimEvent.fail: the event has already been triggered");
    this._trigger(false, error);
    return this;
  }

  /**
   * Calls `callback(event)` when the event is processed, for callback-style code (monitors);
   * a callback counts as handling a failure.
   *
   * @throws {TypeError} if callback is not a function; {Error} if the event is already processed.
   * @example
   * const sim = new Simulation();
   * sim.timeout(2).addCallback(() => console.log(sim.now)); // logs 2 once the clock reaches 2
   */
  addCallback(callback: (event: SimEvent<T>) => void): void {
    if (typeof callback !== "function") {
      throw new TypeError(`SimEvent.addCallback: callback must be a function, got ${String(callback)}`);
    }
    if (this._state === PROCESSED) throw new Error("SimEvent.addCallback: the event has already been processed");
    this._addWaiter(new CallbackWaiter(callback));
  }

  /** @internal Sets the outcome and queues the event at the current time. */
  _trigger(ok: boolean, value: unknown): void {
    this._ok = ok;
    this._value = value;
    if (ok && this._w0 === null) {
      this._state = PROCESSED;
      return;
    }
    this._state = TRIGGERED;
    this._key = this.sim._queue.push(this.sim._now, NORMAL, this);
  }

  /** @internal Called by the event loop when the event's queue entry comes up. */
  _fire(): void {
    this._state = PROCESSED;
    const first = this._w0;
    if (first === null) {
      if (!this._ok && !this._defused) throw this._unhandled();
      return;
    }
    const rest = this._ws;
    this._w0 = null;
    this._ws = null;
    if (!this._ok) this._defused = true;
    first._onEvent(this);
    if (rest !== null) for (const waiter of rest) waiter._onEvent(this);
  }

  /** @internal The error `run` throws for a failure nothing waited for. */
  _unhandled(): SimulationError {
    return new SimulationError(`event failed at time ${this.sim._now} and nothing waited for it`, this._value, this.sim._now);
  }

  /** @internal */
  _addWaiter(waiter: Waiter): void {
    if (this._w0 === null) this._w0 = waiter;
    else if (this._ws === null) this._ws = [waiter];
    else this._ws.push(waiter);
  }

  /** @internal Forgets `waiter` (an interrupted process, a condition already decided). */
  _removeWaiter(waiter: Waiter): void {
    const rest = this._ws;
    if (this._w0 === waiter) {
      this._w0 = rest === null || rest.length === 0 ? null : rest.shift()!;
      return;
    }
    if (rest === null) return;
    const i = rest.indexOf(waiter);
    if (i >= 0) rest.splice(i, 1);
  }
}
