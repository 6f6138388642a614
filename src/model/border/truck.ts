import type { WaitingPlace } from "./border-trace.js";

/**
 * One truck and everything drawn for it at arrival. Every random attribute is drawn when the
 * truck arrives, each from its own stream, whether or not a lever uses it, so switching a
 * measure on or off never shifts the numbers other trucks or other stages get. A truck that comes
 * back after being turned back keeps what was drawn at its first arrival.
 */
export class Truck {
  /** Where it waits for a checkpoint place now; null when not waiting. */
  waiting: WaitingPlace | null;
  /** Whether it waited in the logistics centre at some point. */
  visitedCentre: boolean;
  /** Whether it was pre-cleared in the centre (its pre-clearance stages go faster). */
  precleared: boolean;

  constructor(
    /** Number in order of arrival, both directions together, from 0. */
    readonly id: number,
    /** Index of its class in the direction's classes. */
    readonly classIndex: number,
    /** Carries an electronic navigation seal. */
    readonly sealed: boolean,
    /** Its seal was flagged by the monitoring: it skips nothing and is inspected. */
    readonly alarm: boolean,
    /** Arrives with incomplete documents. */
    readonly incomplete: boolean,
    /** Hours until its missing documents come (drawn for every truck). */
    readonly documentsHours: number,
    /** Rank for a checkpoint place under the electronic queue: 0 fast track, 1 priority slot, 2 the rest. */
    readonly rank: number,
    /** Uniform draw deciding pre-clearance if it waits in the centre. */
    readonly preclearDraw: number,
    /** Service hours at each stage line of its direction, inspection already chosen, before any lever's factor. */
    readonly serviceHours: ArrayLike<number>,
  ) {
    // Assigned here rather than as field initializers: one object shape, built faster (one truck per arrival).
    this.waiting = null;
    this.visitedCentre = false;
    this.precleared = false;
  }

  /**
   * The same truck come back with complete documents after being turned back: same number, class,
   * seal and draws (so it takes no new random numbers), nothing of its first visit kept.
   */
  withDocuments(): Truck {
    return new Truck(this.id, this.classIndex, this.sealed, this.alarm, false, this.documentsHours, this.rank, this.preclearDraw, this.serviceHours);
  }
}
