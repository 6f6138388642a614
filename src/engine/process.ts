import { NORMAL, URGENT } from "./event-queue.js";
import { Interrupt } from "./interrupt.js";
import { PENDING, PROCESSED, SimEvent, type Waiter } from "./sim-event.js";
import type { Simulation } from "./simulation.js";
import { SimulationError } from "./simulation-error.js";

// Every native generator shares these two functions. Calling them directly keeps the call site
// monomorphic; `gen.next` would not be, as each generator function (each model closure, each
// replication) gives its generators a map of their own.
const generatorPrototype = Object.getPrototypeOf(function* () {}).prototype as Generator;
const generatorNext = generatorPrototype.next;
const generatorThrow = generatorPrototype.throw;

/** @internal True if `x` is a generator object made by a generator function. */
export function isGenerator(x: unknown): x is Generator {
  return typeof x === "object" && x !== null && generatorPrototype.isPrototypeOf(x);
}

/** What a process may yield: a delay in model time units, or an event to wait for. */
export type Yieldable = number | SimEvent<unknown>;

/**
 * The generator a process runs. `yield 5` waits 5 time units; `const v = yield event` waits for
 * the event and receives its value (a failed event throws instead); the return value becomes the
 * process's own value.
 */
// `any` for what `yield` gives back: it depends on the event yielded, which TypeScript cannot follow.
export type ProcessGenerator<R = unknown> = Generator<Yieldable, R, any>;

/**
 * A generator run by the simulation, and itself an event that succeeds with the generator's
 * return value when it finishes, so other processes can wait for it.
 *
 * A process starts at the time it is created, before ordinary events already scheduled for that
 * time. Yielding a number schedules the process itself: no event object is allocated. An error the
 * generator does not catch fails the process; if nothing waits for the process, `run` throws it.
 * Create it with `sim.process(generator, name)`.
 *
 * @example
 * const sim = new Simulation();
 * const p = sim.process((function* () { yield 2; return "parked"; })());
 * sim.run();
 * p.value; // => "parked"
 */
export class Process<R = unknown> extends SimEvent<R> implements Waiter {
  // Declared, then assigned in the constructor: see SimEvent.
  /** @internal The event the process waits for; null while it runs, sleeps or has finished. */
  declare _target: SimEvent<unknown> | null;
  private declare gen: ProcessGenerator<R> | null;
  private declare readonly given: string | undefined;
  private declare readonly id: number;

  /**
   * @param sim - the simulation.
   * @param gen - the generator object to run (checked by `sim.process`).
   * @param name - used in error messages; defaults to `process <n>`.
   */
  constructor(sim: Simulation, gen: ProcessGenerator<R>, name?: string) {
    super(sim);
    this._target = null;
    this.gen = gen;
    this.given = name;
    this.id = sim._processCount++;
    this._key = sim._queue.push(sim._now, URGENT, this);
  }

  /** The process's name, for messages and traces. */
  get name(): string {
    return this.given ?? `process ${this.id}`;
  }

  /** True until the generator returns or throws. */
  get isAlive(): boolean {
    return this._state === PENDING;
  }

  /**
   * Throws an `Interrupt` with `cause` into the process at its current `yield`, abandoning that
   * wait (a pending delay is cancelled; an awaited event still happens, without this process).
   * The interrupt is delivered at the current time before ordinary events, and is dropped if the
   * process has finished by then. A resource request the process was waiting for stays in the
   * queue: release or cancel it (`resource.release(request)`), typically in a `finally` block.
   *
   * @throws {Error} if the process has finished, or if a process tries to interrupt itself.
   * @example
   * const sim = new Simulation();
   * const p = sim.process((function* () { try { yield 10; } catch (e) { return sim.now; } })());
   * sim.schedule(3, () => p.interrupt("call"));
   * sim.run();
   * p.value; // => 3
   */
  interrupt(cause?: unknown): void {
    if (this._state !== PENDING) throw new Error(`Process.interrupt: process "${this.name}" has already finished`);
    if (this.sim._active === this) throw new Error(`Process.interrupt: process "${this.name}" cannot interrupt itself`);
    this._interrupt(cause);
  }

  /**
   * A process succeeds by returning; calling this throws.
   *
   * @throws {Error} always.
   */
  override succeed(_value: R): this {
    throw new Error(`Process.succeed: process "${this.name}" succeeds by returning from its generator`);
  }

  /**
   * A process fails by throwing; calling this throws.
   *
   * @throws {Error} always.
   */
  override fail(_error: Error): this {
    throw new Error(`Process.fail: process "${this.name}" fails by throwing from its generator`);
  }

  /** @internal Schedules an interrupt without the checks meant for model code (preemption). */
  _interrupt(cause: unknown): void {
    new Interruption(this, cause);
  }

  /** @internal Either a wake-up (start, end of a delay) or, once finished, its own completion. */
  override _fire(): void {
    if (this._state === PENDING) this._resume(true, undefined);
    else super._fire();
  }

  /** @internal The awaited event was processed. */
  _onEvent(event: SimEvent<unknown>): void {
    this._target = null;
    this._resume(event._ok, event._value);
  }

  /** @internal Stops waiting: leaves the awaited event, invalidates a pending wake-up. */
  _detach(): void {
    if (this._target !== null) {
      this._target._removeWaiter(this);
      this._target = null;
    }
    this._key = -1;
  }

  /** @internal Runs the generator until it waits for something or finishes. */
  _resume(ok: boolean, value: unknown): void {
    const sim = this.sim;
    const gen = this.gen!;
    sim._active = this as Process<unknown>;
    for (;;) {
      let step: IteratorResult<Yieldable, R>;
      try {
        step = (ok ? generatorNext.call(gen, value) : generatorThrow.call(gen, value)) as IteratorResult<Yieldable, R>;
      } catch (error) {
        this.finish(false, error);
        break;
      }
      if (step.done === true) {
        this.finish(true, step.value);
        break;
      }
      const yielded = step.value;
      if (typeof yielded === "number") {
        if (yielded >= 0 && yielded < Infinity) {
          this._key = sim._queue.push(sim._now + yielded, NORMAL, this);
          break;
        }
        ok = false;
        value = new RangeError(
          `process "${this.name}": a yielded delay must be a finite number >= 0, got ${String(yielded)}`,
        );
      } else if (yielded instanceof SimEvent && yielded.sim === sim) {
        if (yielded._state !== PROCESSED) {
          this._target = yielded;
          yielded._addWaiter(this);
          break;
        }
        ok = yielded._ok;
        value = yielded._value;
        if (!ok) yielded._defused = true;
      } else {
        ok = false;
        value = new TypeError(
          `process "${this.name}": yield a delay (a number >= 0) or an event of this simulation, got ${describe(yielded)}`,
        );
      }
    }
    sim._active = null;
  }

  /** @internal Names the process in the error `run` throws. */
  override _unhandled(): SimulationError {
    const now = this.sim._now;
    return new SimulationError(`process "${this.name}" failed at time ${now}`, this._value, now, this.name);
  }

  private finish(ok: boolean, value: unknown): void {
    this.gen = null; // nothing per customer outlives the customer
    this._trigger(ok, value);
  }
}

/** The queued delivery of an interrupt; an event so that it takes its turn in the event loop. */
class Interruption extends SimEvent<void> {
  private declare readonly process: Process<unknown>;
  private declare readonly cause: unknown;

  constructor(process: Process<unknown>, cause: unknown) {
    super(process.sim);
    this.process = process;
    this.cause = cause;
    this._key = process.sim._queue.push(process.sim._now, URGENT, this);
  }

  override _fire(): void {
    this._state = PROCESSED;
    const p = this.process;
    if (p._state !== PENDING) return;
    p._detach();
    p._resume(false, new Interrupt(this.cause));
  }
}

function describe(x: unknown): string {
  if (x === null || typeof x !== "object") return typeof x === "string" ? `"${x}"` : String(x);
  if (x instanceof SimEvent) return "an event of another simulation";
  return `a ${x.constructor?.name ?? "object"}`;
}
