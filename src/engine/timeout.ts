import { NORMAL } from "./event-queue.js";
import { SimEvent, TRIGGERED } from "./sim-event.js";
import type { Simulation } from "./simulation.js";

/**
 * An event that succeeds with `value` after `delay` model time units. As in SimPy it counts as
 * triggered from its creation (its value is known); its waiters resume when the clock reaches it.
 * Yielding a plain number is cheaper when nothing else needs to hold the event.
 * Create it with `sim.timeout(delay, value)`, which validates the arguments.
 *
 * @example
 * const sim = new Simulation();
 * sim.timeout(3, "done").triggered; // => true
 */
export class Timeout<T = void> extends SimEvent<T> {
  /** Model time units from creation to the event. */
  declare readonly delay: number;

  /**
   * @param sim - the simulation.
   * @param delay - model time units from now; a finite number >= 0 (checked by `sim.timeout`).
   * @param value - the value waiters receive.
   */
  constructor(sim: Simulation, delay: number, value: T) {
    super(sim);
    this.delay = delay;
    this._state = TRIGGERED;
    this._value = value;
    this._key = sim._queue.push(sim._now + delay, NORMAL, this);
  }
}
