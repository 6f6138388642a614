import { Resource, TimeWeighted, type Simulation } from "../../engine/index.js";
import type { WaitingPlace } from "./border-trace.js";
import type { Truck } from "./truck.js";

/** Options of a direction's queue area. */
export interface QueueAreaOptions {
  /** Name of the checkpoint zone's resource, for messages. */
  readonly name: string;
  /** Places inside the checkpoint (from the gate to the last stage). */
  readonly zonePlaces: number;
  /** Waiting places in the logistics centre (0: none). */
  readonly centrePlaces: number;
  /** Electronic queue: waiting trucks wait at their booked slot, not on the road, and ranks decide who enters first. */
  readonly booking: boolean;
}

/**
 * Where a direction's trucks wait for a place in the checkpoint, and the checkpoint's places
 * themselves. A truck that finds no place waits in the logistics centre if it has a free place,
 * at its booked slot under the electronic queue, and otherwise on the road; places are given
 * first come, first served (by rank first under the electronic queue). When a truck leaves the
 * centre for the checkpoint, the longest-waiting truck on the road moves into the centre.
 * Keeps time-weighted counts of each, constant memory apart from the line of trucks on the road.
 */
export class QueueArea {
  /** The checkpoint's places: a truck holds one from the gate until it leaves the last stage. */
  readonly zone: Resource;
  /** Trucks queued on the road over time. */
  readonly road: TimeWeighted;
  /** Trucks waiting in the logistics centre over time. */
  readonly centre: TimeWeighted;
  /** Trucks waiting at their booked slot over time. */
  readonly booked: TimeWeighted;
  /** Trucks on the road over the current hour (reset every hour for the hour-of-day series). */
  readonly roadThisHour: TimeWeighted;
  private readonly centrePlaces: number;
  private readonly booking: boolean;
  private onRoad = 0;
  private inCentre = 0;
  private atSlot = 0;
  /** Trucks on the road in order of arrival; entries before `head` have left, others may be stale. */
  private roadLine: Truck[] = [];
  private head = 0;

  constructor(sim: Simulation, options: QueueAreaOptions) {
    this.zone = new Resource(sim, { capacity: options.zonePlaces, discipline: options.booking ? "priority" : "fifo", name: options.name });
    this.centrePlaces = options.centrePlaces;
    this.booking = options.booking;
    const now = sim.now;
    this.road = new TimeWeighted(now, 0);
    this.centre = new TimeWeighted(now, 0);
    this.booked = new TimeWeighted(now, 0);
    this.roadThisHour = new TimeWeighted(now, 0);
  }

  /** Trucks on the road now. */
  get roadTrucks(): number {
    return this.onRoad;
  }

  /** Trucks waiting anywhere for a place now (road, centre, booked slot). */
  get waitingTrucks(): number {
    return this.onRoad + this.inCentre + this.atSlot;
  }

  /** A truck that found no place starts waiting at time `now`; returns where. */
  join(truck: Truck, now: number): WaitingPlace {
    let where: WaitingPlace;
    if (this.inCentre < this.centrePlaces) {
      where = "centre";
      this.inCentre++;
      this.centre.update(this.inCentre, now);
      truck.visitedCentre = true;
    } else if (this.booking) {
      where = "booked";
      this.atSlot++;
      this.booked.update(this.atSlot, now);
    } else {
      where = "road";
      this.setRoad(this.onRoad + 1, now);
      // Only a centre ever calls road trucks forward by name; without one, keep no list.
      if (this.centrePlaces > 0) this.roadLine.push(truck);
    }
    truck.waiting = where;
    return where;
  }

  /**
   * The waiting `truck` got its place at time `now`. Returns the truck that moved from the road
   * into the centre place it freed, or null.
   */
  leave(truck: Truck, now: number): Truck | null {
    const was = truck.waiting;
    truck.waiting = null;
    if (was === "road") {
      this.setRoad(this.onRoad - 1, now);
      return null;
    }
    if (was === "booked") {
      this.atSlot--;
      this.booked.update(this.atSlot, now);
      return null;
    }
    this.inCentre--;
    const moved = this.nextOnRoad();
    if (moved === null) {
      this.centre.update(this.inCentre, now);
      return null;
    }
    this.inCentre++;
    moved.waiting = "centre";
    moved.visitedCentre = true;
    this.setRoad(this.onRoad - 1, now);
    return moved;
  }

  /** Starts every average afresh at `now` (end of warm-up); the current counts carry on. */
  reset(now: number): void {
    for (const t of [this.road, this.centre, this.booked, this.roadThisHour]) t.reset(now);
  }

  private setRoad(count: number, now: number): void {
    this.onRoad = count;
    this.road.update(count, now);
    this.roadThisHour.update(count, now);
  }

  /** Takes the longest-waiting truck still on the road off the line, or null. */
  private nextOnRoad(): Truck | null {
    const line = this.roadLine;
    while (this.head < line.length) {
      const truck = line[this.head++] as Truck;
      if (truck.waiting === "road") {
        this.compact();
        return truck;
      }
    }
    this.compact();
    return null;
  }

  private compact(): void {
    if (this.head > 1024 && this.head * 2 > this.roadLine.length) {
      this.roadLine = this.roadLine.slice(this.head);
      this.head = 0;
    }
  }
}
