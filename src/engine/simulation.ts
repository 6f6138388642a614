import type { Activity } from "./activity.js";
import { Condition } from "./condition.js";
import { EventQueue, MAX_PRIORITY, NORMAL } from "./event-queue.js";
import { isGenerator, Process, type ProcessGenerator } from "./process.js";
import { SimEvent } from "./sim-event.js";
import { Timeout } from "./timeout.js";

/** An entry of the event queue: an event to process (a process is one), an activity to wake, or a plain callback. */
export type QueueEntry = SimEvent<unknown> | Activity | (() => void);

/** Called just before each entry of the event queue is processed, with the time it happens at. */
export type TraceHook = (time: number, entry: QueueEntry) => void;

/** Options of a `Simulation`. */
export interface SimulationOptions {
  /** Clock reading at the start, in model time units. @default 0 */
  readonly startTime?: number;
  /** Sees every event as it is processed, for debugging and traces; costs nothing when absent. */
  readonly trace?: TraceHook;
}

/**
 * The clock and the event loop. Entries are processed in order of (time, priority, sequence):
 * simultaneous entries of equal priority run first-in first-out, so a run is deterministic.
 * Model time has no unit of its own; a model chooses one (borderflow's models use hours).
 *
 * @example
 * const sim = new Simulation();
 * const log: string[] = [];
 * sim.process((function* () { yield 2; log.push(`arrived at ${sim.now}`); })());
 * sim.run();
 * log; // => ["arrived at 2"]
 */
export class Simulation {
  // Number fields set in the constructor are `declare`d: a field declared without a value would start as
  // undefined, and V8 would then box every double written to it (test/architecture/number-fields.test.ts).
  /** @internal The clock; read it through `now`. */
  declare _now: number;
  /** @internal The future event list. */
  readonly _queue = new EventQueue<QueueEntry>();
  /** @internal The process whose generator is running; null between steps and in callbacks. */
  _active: Process<unknown> | null = null;
  /** @internal Number of processes created, for default names. */
  _processCount = 0;
  private readonly trace: TraceHook | undefined;
  private running = false;

  /**
   * @throws {RangeError} if startTime is not a finite number; {TypeError} if trace is not a function.
   */
  constructor(options: SimulationOptions = {}) {
    const { startTime = 0, trace } = options;
    if (typeof startTime !== "number" || !Number.isFinite(startTime)) {
      throw new RangeError(`Simulation: startTime must be a finite number, got ${String(startTime)}`);
    }
    if (trace !== undefined && typeof trace !== "function") {
      throw new TypeError(`Simulation: trace must be a function, got ${String(trace)}`);
    }
    this._now = startTime;
    this.trace = trace;
  }

  /** Current simulation time, in model time units. */
  get now(): number {
    return this._now;
  }

  /** The process currently running, or null (between steps, or in a plain callback). */
  get activeProcess(): Process<unknown> | null {
    return this._active;
  }

  /**
   * Time of the next event to process (model time units); Infinity when nothing is scheduled.
   *
   * @example
   * const sim = new Simulation();
   * sim.timeout(4);
   * sim.peek(); // => 4
   */
  peek(): number {
    this.dropCancelled();
    return this._queue.peekTime();
  }

  /**
   * Calls `callback()` after `delay` model time units, for callback-style code (arrival
   * generators, monitors) that needs no process. Among entries at the same time, lower
   * `priority` runs first (0 is reserved-urgent: process starts, interrupts, capacity changes),
   * then first scheduled first.
   *
   * @param priority - an integer 0..1023. @default 1
   * @throws {RangeError} if delay is not a finite number >= 0 or priority not an integer 0..1023;
   *   {TypeError} if callback is not a function.
   * @example
   * const sim = new Simulation();
   * let at = -1;
   * sim.schedule(1.5, () => { at = sim.now; });
   * sim.run();
   * at; // => 1.5
   */
  schedule(delay: number, callback: () => void, priority: number = NORMAL): void {
    checkDelay("Simulation.schedule", delay);
    if (typeof callback !== "function") {
      throw new TypeError(`Simulation.schedule: callback must be a function, got ${String(callback)}`);
    }
    if (!Number.isInteger(priority) || priority < 0 || priority > MAX_PRIORITY) {
      throw new RangeError(`Simulation.schedule: priority must be an integer from 0 to ${MAX_PRIORITY}, got ${String(priority)}`);
    }
    this._queue.push(this._now + delay, priority, callback);
  }

  /**
   * Starts a process running `gen` (a generator object: call the generator function) now,
   * before ordinary events already scheduled for now.
   *
   * @param name - used in error messages and traces. @default "process <n>"
   * @throws {TypeError} if gen is not a generator object or name not a string.
   * @example
   * const sim = new Simulation();
   * const p = sim.process((function* () { yield 1; return 42; })(), "truck");
   * sim.run();
   * p.value; // => 42
   */
  process<R>(gen: ProcessGenerator<R>, name?: string): Process<R> {
    if (typeof gen === "function") {
      throw new TypeError("Simulation.process: gen must be a generator object; call the generator function, e.g. sim.process(truck())");
    }
    if (!isGenerator(gen)) {
      throw new TypeError(`Simulation.process: gen must be a generator object made by a generator function, got ${String(gen)}`);
    }
    if (name !== undefined && typeof name !== "string") {
      throw new TypeError(`Simulation.process: name must be a string, got ${String(name)}`);
    }
    return new Process(this, gen, name);
  }

  /**
   * Wakes `activity` (calls its `_fire`) after `delay` model time units, with `priority` among entries
   * at the same time as in `schedule` (0 for a start before ordinary events, as processes start). Its
   * earlier wake-up, if one is still queued, is abandoned. This is how event-scheduling models move a
   * customer without a process; it costs one queue entry and allocates nothing.
   *
   * @param priority - an integer 0..1023 (not checked: this is a model's inner loop). @default 1
   * @throws {RangeError} if delay is not a finite number >= 0.
   * @example
   * const sim = new Simulation();
   * const seen: number[] = [];
   * sim.wake(new (class extends Activity { _fire() { seen.push(sim.now); } })(), 3);
   * sim.run();
   * seen; // => [3]
   */
  wake(activity: Activity, delay: number, priority: number = NORMAL): void {
    if (!(delay >= 0 && delay < Infinity)) {
      throw new RangeError(`Simulation.wake: delay must be a finite number >= 0, got ${String(delay)}`);
    }
    activity._key = this._queue.push(this._now + delay, priority, activity);
  }

  /**
   * An event that succeeds with `value` after `delay` model time units.
   *
   * @throws {RangeError} if delay is not a finite number >= 0.
   * @example
   * const sim = new Simulation();
   * const t = sim.timeout(2, "green");
   * sim.run();
   * [sim.now, t.value]; // => [2, "green"]
   */
  timeout<T = void>(delay: number, value?: T): Timeout<T> {
    checkDelay("Simulation.timeout", delay);
    return new Timeout<T>(this, delay, value as T);
  }

  /**
   * A plain event, triggered by model code with `succeed(value)` or `fail(error)`.
   *
   * @example
   * const sim = new Simulation();
   * sim.event<number>().triggered; // => false
   */
  event<T = void>(): SimEvent<T> {
    return new SimEvent<T>(this);
  }

  /**
   * An event that succeeds when the first of `events` succeeds (or fails when one fails);
   * its value maps the events that have succeeded to their values.
   *
   * @throws {TypeError} if events is not an array of events of this simulation.
   * @example
   * const sim = new Simulation();
   * const a = sim.timeout(1, "a");
   * const c = sim.anyOf([a, sim.timeout(3, "b")]);
   * sim.run(2);
   * [...c.value.values()]; // => ["a"]
   */
  anyOf(events: readonly SimEvent<unknown>[]): Condition {
    return new Condition(this, events, "any");
  }

  /**
   * An event that succeeds when all of `events` have succeeded (or fails when one fails);
   * its value maps each event to its value, in the order given.
   *
   * @throws {TypeError} if events is not an array of events of this simulation.
   * @example
   * const sim = new Simulation();
   * const c = sim.allOf([sim.timeout(1, "a"), sim.timeout(3, "b")]);
   * sim.run();
   * [...c.value.values()]; // => ["a", "b"]
   */
  allOf(events: readonly SimEvent<unknown>[]): Condition {
    return new Condition(this, events, "all");
  }

  /**
   * Processes the next event, advancing the clock to its time.
   *
   * @returns false if nothing was left to process.
   * @throws {SimulationError} if a process or event failed with nothing waiting for it;
   *   {Error} if called from inside the simulation.
   * @example
   * const sim = new Simulation();
   * sim.timeout(3);
   * [sim.step(), sim.now, sim.step()]; // => [true, 3, false]
   */
  step(): boolean {
    this.enter("step");
    try {
      this.dropCancelled();
      if (this._queue.size === 0) return false;
      this.next();
      return true;
    } finally {
      this.leave();
    }
  }

  /**
   * Processes events until none is left or, with `until`, every event before time `until`.
   * Events at exactly `until` do not run (a later `run` starts with them) and the clock then
   * reads `until`, so `run(8); run(16)` processes the same events as `run(16)`. A model with a
   * source of events that never ends (an arrival process, a capacity schedule, breakdowns)
   * needs `until`.
   *
   * @param until - end time, in model time units, >= now. @default Infinity (until no event is left)
   * @param maxEvents - most events to process in this call; @default Infinity
   * @returns true when it ran to `until`, false when `maxEvents` stopped it first (the clock stays
   *   at the last event processed, and the remaining events wait)
   * @throws {RangeError} if until is NaN or earlier than now; {SimulationError} if a process or
   *   event fails with nothing waiting for it (the clock stays at the failure);
   *   {Error} if called from inside the simulation.
   * @example
   * const sim = new Simulation();
   * sim.process((function* () { for (;;) yield 1; })());
   * sim.run(10);
   * sim.now; // => 10
   */
  run(until = Infinity, maxEvents = Infinity): boolean {
    if (typeof until !== "number" || !(until >= this._now)) {
      throw new RangeError(`Simulation.run: until must be a number >= now (${this._now}), got ${String(until)}`);
    }
    this.enter("run");
    try {
      const queue = this._queue;
      let events = 0;
      while (queue.peekTime() < until) {
        // A budget, so that a model that would never end (customers looping for ever) stops instead.
        if (events++ >= maxEvents) return false;
        this.next();
      }
    } finally {
      this.leave();
    }
    if (until !== Infinity) this._now = until;
    return true;
  }

  private next(): void {
    const queue = this._queue;
    const entry = queue.pop()!;
    const time = queue.lastTime;
    if (typeof entry === "function") {
      this._now = time;
      if (this.trace !== undefined) this.trace(time, entry);
      entry();
    } else if (entry._key === queue.lastKey) {
      // Entries whose key no longer matches were abandoned (an interrupted delay, a later wake-up): skip them.
      this._now = time;
      if (this.trace !== undefined) this.trace(time, entry);
      entry._fire();
    }
  }

  private dropCancelled(): void {
    const queue = this._queue;
    for (;;) {
      const entry = queue.peekTarget();
      if (entry === undefined || typeof entry === "function" || entry._key === queue.peekKey()) return;
      queue.pop();
    }
  }

  private enter(fn: string): void {
    if (this.running) throw new Error(`Simulation.${fn}: the simulation is already running; call it from outside processes and callbacks`);
    this.running = true;
  }

  private leave(): void {
    this.running = false;
    this._active = null;
  }
}

function checkDelay(fn: string, delay: number): void {
  if (typeof delay !== "number" || !(delay >= 0 && delay < Infinity)) {
    throw new RangeError(`${fn}: delay must be a finite number >= 0, got ${String(delay)}`);
  }
}
