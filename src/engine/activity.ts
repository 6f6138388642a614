/**
 * Something the event loop wakes up that is neither an event nor a callback: a record a model keeps
 * for one entity (a customer, a truck) and schedules itself with `sim.wake(activity, delay)`, so that a
 * model can move its customers without a generator, a process or an event object per customer. The
 * loop calls `_fire()` when the latest wake-up comes up; an earlier wake-up still queued is skipped,
 * because only the key of the latest one is kept (`_key`; -1 abandons every queued wake-up).
 *
 * @example
 * const sim = new Simulation();
 * const seen: number[] = [];
 * class Blink extends Activity { _fire() { seen.push(sim.now); } }
 * sim.wake(new Blink(), 2);
 * sim.run();
 * seen; // => [2]
 */
export abstract class Activity {
  // Declared, then assigned in the constructor: see SimEvent (derived objects build faster).
  /** @internal Key of the latest wake-up in the event queue; -1 when none is pending. */
  declare _key: number;

  constructor() {
    this._key = -1;
  }

  /** @internal Called by the event loop when the activity's latest wake-up comes up. */
  abstract _fire(): void;
}
