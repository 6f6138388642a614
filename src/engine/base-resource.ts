import type { SimEvent } from "./sim-event.js";
import type { Simulation } from "./simulation.js";
import { WaitingLine } from "./waiting-line.js";

/**
 * The template every shared resource follows (SimPy's BaseResource): it owns a line of waiting
 * put events and a line of waiting get events and decides when to serve them; a subclass says
 * only what a put and a get mean (`doPut`, `doGet`). For a `Resource` a put is a request for a
 * server and a get is its release; for a `Store` a put adds an item and a get takes one.
 *
 * A put is served at once if nothing waits before it and `doPut` succeeds, otherwise it waits
 * (`enqueuePut` may refuse it instead). Each time one side makes progress, the other side's
 * waiting events are served in order, as long as the first in line can be served.
 */
export abstract class BaseResource<P extends SimEvent<unknown>, G extends SimEvent<unknown>> {
  /** Puts that could not be served yet, in service order. */
  protected readonly putQueue: WaitingLine<P>;
  /** Gets that could not be served yet, in service order. */
  protected readonly getQueue: WaitingLine<G>;

  /**
   * @param sim - the simulation the resource belongs to.
   * @param putOrder - rank of a waiting put, lower first; omit for first-in first-out.
   */
  constructor(
    readonly sim: Simulation,
    putOrder?: (put: P) => number,
  ) {
    this.putQueue = new WaitingLine<P>(putOrder);
    this.getQueue = new WaitingLine<G>();
  }

  /** Serves `put` now, triggering it, and returns true; returns false if it must wait. */
  protected abstract doPut(put: P): boolean;

  /** Serves `get` now, triggering it, and returns true; returns false if it must wait. */
  protected abstract doGet(get: G): boolean;

  /** Queues a put that cannot be served now; a subclass may refuse it instead (balking). */
  protected enqueuePut(put: P): void {
    this.putQueue.push(put);
  }

  /** Serves `put` now if nothing waits before it, or queues it. */
  protected handlePut(put: P): void {
    if (this.putQueue.length === 0 && this.doPut(put)) this.settle(false);
    else this.enqueuePut(put);
  }

  /** Serves `get` now if nothing waits before it, or queues it. */
  protected handleGet(get: G): void {
    if (this.getQueue.length === 0 && this.doGet(get)) this.settle(true);
    else this.getQueue.push(get);
  }

  /**
   * Serves waiting events after a change, starting with puts if `puts`: each side is served
   * until its first event must wait; whenever a side served something, the other side is tried.
   */
  protected settle(puts: boolean): void {
    while ((puts ? this.servePuts() : this.serveGets()) > 0) puts = !puts;
  }

  private servePuts(): number {
    const line = this.putQueue;
    if (line.length === 0) return 0;
    let served = 0;
    for (let next = line.peek(); next !== undefined && this.doPut(next); next = line.peek()) {
      line.shift();
      served++;
    }
    return served;
  }

  private serveGets(): number {
    const line = this.getQueue;
    if (line.length === 0) return 0;
    let served = 0;
    for (let next = line.peek(); next !== undefined && this.doGet(next); next = line.peek()) {
      line.shift();
      served++;
    }
    return served;
  }
}
