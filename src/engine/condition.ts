import { PENDING, PROCESSED, SimEvent, type Waiter } from "./sim-event.js";
import type { Simulation } from "./simulation.js";

/** The value of a condition: the events that had succeeded when it was decided, with their values, in the order given. */
export type ConditionValue = Map<SimEvent<unknown>, unknown>;

/**
 * An event that waits for any one (`sim.anyOf`) or all (`sim.allOf`) of a list of events.
 * It succeeds with a map from each event that has succeeded so far to its value, and fails as
 * soon as one of its events fails, with that event's error. With an empty list it succeeds at
 * once. Once decided it stops listening, so a later failure of an event nothing else waits for
 * still reaches `run`.
 *
 * @example
 * const sim = new Simulation();
 * const quick = sim.timeout(1, "quick");
 * const either = sim.anyOf([quick, sim.timeout(5)]);
 * sim.run();
 * either.value.get(quick); // => "quick"
 */
export class Condition extends SimEvent<ConditionValue> implements Waiter {
  private declare readonly events: readonly SimEvent<unknown>[];
  private declare remaining: number;

  /**
   * @param sim - the simulation.
   * @param events - the events to wait for, all of this simulation.
   * @param mode - "any" to wait for one, "all" to wait for every one.
   * @throws {TypeError} if events is not an array of events of this simulation.
   */
  constructor(sim: Simulation, events: readonly SimEvent<unknown>[], mode: "any" | "all") {
    super(sim);
    const fn = mode === "any" ? "anyOf" : "allOf";
    if (!Array.isArray(events)) throw new TypeError(`Simulation.${fn}: events must be an array of events, got ${String(events)}`);
    events.forEach((event, i) => {
      if (!(event instanceof SimEvent) || event.sim !== sim) {
        throw new TypeError(`Simulation.${fn}: events[${i}] must be an event of this simulation, got ${String(event)}`);
      }
    });
    this.events = events.slice();
    this.remaining = events.length === 0 ? 0 : mode === "any" ? 1 : events.length;
    if (this.remaining === 0) {
      this._trigger(true, new Map());
      return;
    }
    for (const event of this.events) {
      if (this._state !== PENDING) break;
      if (event._state === PROCESSED) this._onEvent(event);
      else event._addWaiter(this);
    }
  }

  /** @internal One of the events was processed. */
  _onEvent(event: SimEvent<unknown>): void {
    if (this._state !== PENDING) return;
    if (!event._ok) {
      event._defused = true;
      this.decide(false, event._value);
    } else if (--this.remaining === 0) {
      const value: ConditionValue = new Map();
      for (const e of this.events) if (e._state === PROCESSED && e._ok) value.set(e, e._value);
      this.decide(true, value);
    }
  }

  private decide(ok: boolean, value: unknown): void {
    for (const e of this.events) if (e._state !== PROCESSED) e._removeWaiter(this);
    this._trigger(ok, value);
  }
}
