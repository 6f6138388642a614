import type { Request } from "../../engine/index.js";
import type { FlowStation } from "../flow-station.js";
import { StationJob } from "../station-job.js";
import type { BorderDirection } from "./border-direction.js";
import type { ClassStats } from "./direction-stats.js";
import type { StageLine } from "./stage-line.js";
import type { Truck } from "./truck.js";

/** What the crossing's own wake-up (not a station's) is for. */
const START = 0;
const DOCUMENTS = 1;

/**
 * One truck's passage through its direction: queue for a checkpoint place, then every stage it passes,
 * in order, held aside at its first control if its documents are missing; then it leaves the last post.
 * A record moved by the stations and by its own wake-ups, not a process: it does what the truck's
 * process did, in the same order, so the run is the same.
 */
export class Crossing extends StationJob {
  private declare readonly direction: BorderDirection;
  private declare truck: Truck;
  private declare next: number;
  private declare arrived: number;
  private declare gateWait: number;
  private declare controlled: number;
  private declare held: boolean;
  /** Hours held aside for missing documents (0 until it is, and for a truck whose documents are complete). */
  private declare heldHours: number;
  /** Index of the stage line being visited (or held after). */
  private declare stage: number;
  private declare place: Request | null;

  constructor(direction: BorderDirection, truck: Truck) {
    super();
    this.direction = direction;
    this.truck = truck;
    this.next = START;
    this.arrived = 0;
    this.gateWait = 0;
    this.controlled = 0;
    this.held = false;
    this.heldHours = 0;
    this.stage = 0;
    this.place = null;
  }

  /**
   * The crossing of `truck`, arriving now: a finished crossing's record when there is one (no queue
   * entry or event still counts on it: abandoned wake-ups are told apart by their keys), else a new one.
   */
  static make(direction: BorderDirection, truck: Truck): Crossing {
    const c = direction._crossings.pop();
    if (c === undefined) return new Crossing(direction, truck);
    c.truck = truck;
    c.next = START;
    c.arrived = 0;
    c.gateWait = 0;
    c.controlled = 0;
    c.held = false;
    c.heldHours = 0;
    c.stage = 0;
    c.place = null;
    return c;
  }

  /** Its own wake-ups: the start, and the end of a documents hold. */
  protected override resume(): void {
    if (this.next === START) this.begin();
    else this.documentsArrived();
  }

  /** The truck arrives at the back of the queue now. */
  private begin(): void {
    const d = this.direction;
    const { sim, spec, system, trace } = d.shared;
    const truck = this.truck;
    const stats = d.stats;
    const direction = d.id;
    const arrived = sim.now;
    this.arrived = arrived;
    stats.arrived++;
    trace?.(arrived, { kind: "arrive", truck: truck.id, direction, truckClass: (d.dir.classes[truck.classIndex] as { id: string }).id, sealed: truck.sealed });
    if (truck.incomplete && spec.unified.turnBackIncomplete) {
      stats.turnedBack++;
      stats.turnedBackInWindow++;
      const returnHours = d.documentsReturn?.draw() ?? null;
      trace?.(arrived, { kind: "turned-back", truck: truck.id, direction, returning: returnHours !== null });
      if (returnHours === null) stats.leftForGood++;
      else d._comeBack(truck, returnHours);
      d._crossings.push(this);
      return;
    }
    system.inSystem.update(++system.population, arrived);
    const area = d.area;
    const place = area.zone.request({ priority: truck.rank });
    this.place = place;
    if (place.status !== "granted") {
      const where = area.join(truck, arrived);
      trace?.(arrived, { kind: "wait", truck: truck.id, direction, where });
      place._addWaiter(this);
      return;
    }
    this.enterZone();
  }

  /** @internal Its checkpoint place was granted (the request's event came up). */
  _onEvent(): void {
    const d = this.direction;
    const { sim, spec, trace } = d.shared;
    const truck = this.truck;
    const moved = d.area.leave(truck, sim.now);
    if (moved !== null) trace?.(sim.now, { kind: "to-centre", truck: moved.id, direction: d.id });
    truck.precleared = truck.visitedCentre && truck.preclearDraw < spec.logisticsCentre.preclearShare;
    this.enterZone();
  }

  private enterZone(): void {
    const d = this.direction;
    const { sim, trace } = d.shared;
    this.gateWait = sim.now - this.arrived;
    trace?.(sim.now, { kind: "enter-zone", truck: this.truck.id, direction: d.id });
    this.held = !this.truck.incomplete;
    this.advance(0);
  }

  /** Goes to the first stage from `from` on that the truck passes, or leaves after the last. */
  private advance(from: number): void {
    const d = this.direction;
    const lines = d.lines;
    const truck = this.truck;
    const spec = d.shared.spec;
    const waivedBySeal = truck.sealed && !truck.alarm;
    for (let i = from; i < lines.length; i++) {
      const line = lines[i] as StageLine;
      const skip = line.sealedOnly ? !truck.sealed : (line.classSkip[truck.classIndex] as boolean) || line.jointSkip || (line.sealSkip && waivedBySeal);
      if (skip) continue;
      let hours = truck.serviceHours[i] as number;
      if (line.jointPartner >= 0) hours = (hours + (truck.serviceHours[line.jointPartner] as number)) * spec.unified.jointControl.serviceFactor;
      hours *= line.factor;
      if (truck.precleared && line.preclear) hours *= spec.logisticsCentre.preclearServiceFactor;
      const station = line.sealedLane !== null && waivedBySeal ? line.sealedLane : line.station;
      this.stage = i;
      station.arrive(this, 0, hours);
      return;
    }
    this.depart();
  }

  override started(station: FlowStation): void {
    const d = this.direction;
    const trace = d.shared.trace;
    if (trace !== undefined) {
      trace(d.shared.sim.now, { kind: "stage-start", truck: this.truck.id, direction: d.id, stage: (d.lines[this.stage] as StageLine).id, station: station.id });
    }
  }

  override preempted(station: FlowStation): void {
    const d = this.direction;
    const trace = d.shared.trace;
    if (trace !== undefined) {
      trace(d.shared.sim.now, { kind: "stage-preempt", truck: this.truck.id, direction: d.id, stage: (d.lines[this.stage] as StageLine).id, station: station.id });
    }
  }

  override balked(station: FlowStation): void {
    // Stations here have no queue limit, so nobody balks.
    throw new Error(`border: a truck balked at station "${station.id}", which has no queue limit`);
  }

  override left(station: FlowStation, wait: number, service: number): void {
    const d = this.direction;
    const { sim, trace } = d.shared;
    const line = d.lines[this.stage] as StageLine;
    line.waits.observe(wait);
    line.services.observe(service);
    this.controlled += service;
    trace?.(sim.now, { kind: "stage-end", truck: this.truck.id, direction: d.id, stage: line.id, station: station.id });
    if (!this.held && !line.sealedOnly) {
      // Missing documents come to light at the first control: the truck waits aside, keeping its place.
      this.held = true;
      trace?.(sim.now, { kind: "documents-held", truck: this.truck.id, direction: d.id });
      this.next = DOCUMENTS;
      this.heldHours = this.truck.documentsHours;
      sim.wake(this, this.heldHours);
      return;
    }
    this.advance(this.stage + 1);
  }

  private documentsArrived(): void {
    const d = this.direction;
    const trace = d.shared.trace;
    trace?.(d.shared.sim.now, { kind: "documents-arrived", truck: this.truck.id, direction: d.id });
    this.advance(this.stage + 1);
  }

  /** It leaves the last post now. */
  private depart(): void {
    const d = this.direction;
    const { sim, system, trace } = d.shared;
    d.area.zone.release(this.place as Request);
    const now = sim.now;
    system.inSystem.update(--system.population, now);
    const crossing = now - this.arrived;
    const waited = Math.max(0, crossing - this.controlled);
    d.stats.recordCrossing(crossing, waited, this.gateWait, this.heldHours, d.classStats[this.truck.classIndex] as ClassStats);
    system.departures++;
    system.timeInSystem.observe(crossing);
    system.waitInQueue.observe(waited);
    system.quantiles.add(crossing);
    trace?.(now, { kind: "depart", truck: this.truck.id, direction: d.id });
    this.place = null;
    d._crossings.push(this);
  }
}
