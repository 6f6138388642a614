// Frozen copy of src/model/border/border-direction.ts as of main de55aca: the models on generator processes (a
// process per customer, yield* station.visit), before the event-scheduling core. Kept only as the oracle the
// equality test (test/model/event-core-equality.test.ts) and the bench compare the new core with, byte for byte.
// Do not edit it to follow the new core.
import {
  Tally, distributionFromSpec, nonHomogeneousPoisson,
  type Distribution, type ProcessGenerator, type RandomSource, type Simulation,
} from "../../../src/engine/index.js";
import { arrivalsLimit, inSystemLimit, type RunLimits } from "../../../src/model/run-limits.js";
import type { Station, VisitListener } from "../../../src/model/station.js";
import { arrivalProfile } from "../../../src/model/border/arrival-profile.js";
import type { BorderDirectionId, BorderSpec, DirectionSpec } from "../../../src/model/border/border-spec.js";
import type { BorderTrace } from "../../../src/model/border/border-trace.js";
import { DirectionStats, type ClassStats, type SystemStats } from "../../../src/model/border/direction-stats.js";
import { DocumentsReturn } from "../../../src/model/border/documents-return.js";
import { QueueArea } from "../../../src/model/border/queue-area.js";
import { buildStageLines, type StageLine, type StreamOf } from "./stage-line.js";
import { Truck } from "../../../src/model/border/truck.js";

/** What both directions of one replication share. */
export interface BorderShared {
  readonly sim: Simulation;
  readonly spec: BorderSpec;
  readonly stream: StreamOf;
  readonly system: SystemStats;
  /** Crossing times by class id, pooled over both directions. */
  readonly classes: Map<string, ClassStats>;
  /** Gives the next truck number (both directions share one count). */
  readonly nextTruck: () => number;
  readonly trace: BorderTrace | undefined;
  /** Caps on trucks in the system and arrivals per replication (checked where trucks arrive). */
  readonly limits: RunLimits;
  /** Every station of both directions, for naming the overloaded one when a cap is reached. */
  readonly stations: Station[];
}

/**
 * One direction of the crossing: its arrivals, its queue area and checkpoint places, its stages
 * in series, and each truck's passage through them as a process.
 */
export class BorderDirection {
  readonly id: BorderDirectionId;
  readonly lines: readonly StageLine[];
  readonly area: QueueArea;
  readonly stats = new DirectionStats();
  private readonly shared: BorderShared;
  private readonly dir: DirectionSpec;
  private readonly classCumulative: readonly number[];
  private readonly classStats: readonly ClassStats[];
  private readonly sealEligible: readonly boolean[];
  private readonly documentsWait: Distribution;
  /** Returns of turned-back trucks; null when none come back (or none are turned back). */
  private readonly documentsReturn: DocumentsReturn | null;
  private readonly draw: { readonly [K in "truckClass" | "seal" | "alarm" | "documents" | "documentsWait" | "queue" | "preclear"]: RandomSource };

  constructor(shared: BorderShared, id: BorderDirectionId) {
    const { sim, spec, stream } = shared;
    this.shared = shared;
    this.id = id;
    this.dir = spec.directions[id];
    this.lines = buildStageLines(sim, spec, id, stream);
    this.area = new QueueArea(sim, {
      name: `${id} checkpoint places`,
      zonePlaces: this.dir.zonePlaces,
      centrePlaces: spec.logisticsCentre.places,
      booking: spec.unified.electronicQueue.enabled,
    });
    let total = 0;
    this.classCumulative = this.dir.classes.map((c) => (total += c.share));
    this.classStats = this.dir.classes.map((c) => {
      let s = shared.classes.get(c.id);
      if (s === undefined) shared.classes.set(c.id, (s = { crossing: new Tally(), wait: new Tally() }));
      return s;
    });
    this.sealEligible = this.dir.classes.map((c) => c.loaded && spec.seals.eligibleClasses.includes(c.id));
    this.documentsWait = distributionFromSpec(spec.documents.waitHours);
    this.documentsReturn = spec.unified.turnBackIncomplete ? DocumentsReturn.of(spec.documents, id, stream) : null;
    this.draw = {
      truckClass: stream(`class:${id}`),
      seal: stream(`seal:${id}`),
      alarm: stream(`alarm:${id}`),
      documents: stream(`documents:${id}`),
      documentsWait: stream(`documents-wait:${id}`),
      queue: stream(`electronic-queue:${id}`),
      preclear: stream(`preclear:${id}`),
    };
  }

  /** Starts the direction's non-homogeneous Poisson arrivals. */
  start(): void {
    const { sim, spec, stream } = this.shared;
    const arrivals = nonHomogeneousPoisson(
      arrivalProfile({ ...this.dir, monthOfYear: spec.monthOfYear, startMonth: spec.startMonth }),
      stream(`arrivals:${this.id}`),
    );
    const self = this;
    sim.process((function* (): ProcessGenerator<void> {
      for (;;) {
        const at = arrivals.next(sim.now);
        if (at === Infinity) return;
        yield at - sim.now;
        // The one place trucks enter: stop a run that would never end or exhaust memory.
        const { limits, system, stations } = self.shared;
        if (system.population >= limits.maxInSystem) throw inSystemLimit(limits, stations, sim.now, "hours");
        const id = self.shared.nextTruck();
        if (id >= limits.maxArrivals) throw arrivalsLimit(limits, sim.now, spec.days * 24, "hours");
        sim.process(self.crossing(self.drawTruck(id)));
      }
    })(), `arrivals ${this.id}`);
  }

  /** Draws everything about a truck arriving now, each attribute from its own stream. */
  private drawTruck(id: number): Truck {
    const { seals, documents, unified } = this.shared.spec;
    const draw = this.draw;
    const u = draw.truckClass();
    const cumulative = this.classCumulative;
    let c = 0;
    while (c < cumulative.length - 1 && u >= (cumulative[c] as number)) c++;
    const sealed = draw.seal() < seals.share && (this.sealEligible[c] as boolean);
    const alarm = draw.alarm() < seals.alarmRate && sealed;
    const incomplete = draw.documents() < documents.incompleteShare;
    const documentsHours = this.documentsWait.sample(draw.documentsWait);
    const q = draw.queue();
    const queue = unified.electronicQueue;
    const rank = !queue.enabled ? 2 : q < queue.fastTrackShare ? 0 : q < queue.fastTrackShare + queue.priorityShare ? 1 : 2;
    const preclearDraw = draw.preclear();
    const loaded = (this.dir.classes[c] as DirectionSpec["classes"][number]).loaded;
    const lines = this.lines;
    const service = new Float64Array(lines.length);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as StageLine;
      if (line.sealedOnly) {
        if (sealed) service[i] = (line.serviceByClass[c] as Distribution).sample(line.serviceStream);
        continue;
      }
      const regular = (line.serviceByClass[c] as Distribution).sample(line.serviceStream);
      const inspection = line.inspection;
      if (inspection === null) {
        service[i] = regular;
        continue;
      }
      const selected = inspection.select() < inspection.share;
      const inspected = inspection.service.sample(inspection.stream);
      service[i] = loaded && (selected || alarm) ? inspected : regular;
    }
    return new Truck(id, c, sealed, alarm, incomplete, documentsHours, rank, preclearDraw, service);
  }

  /**
   * A turned-back truck comes back after `hours` with complete documents: a new arrival at the back
   * of the queue, through the gate and stages like any other, its crossing timed from now.
   */
  private comeBack(truck: Truck, hours: number): void {
    const { sim } = this.shared;
    const stats = this.stats;
    stats.away++;
    sim.schedule(hours, () => {
      stats.away--;
      stats.returned++;
      stats.returnedInWindow++;
      sim.process(this.crossing(truck.withDocuments()));
    });
  }

  /** One truck's passage: queue for a checkpoint place, then every stage it passes, in order. */
  private *crossing(truck: Truck): ProcessGenerator<void> {
    const { sim, spec, system, trace } = this.shared;
    const stats = this.stats;
    const direction = this.id;
    const arrived = sim.now;
    stats.arrived++;
    trace?.(arrived, { kind: "arrive", truck: truck.id, direction, truckClass: (this.dir.classes[truck.classIndex] as { id: string }).id, sealed: truck.sealed });
    if (truck.incomplete && spec.unified.turnBackIncomplete) {
      stats.turnedBack++;
      stats.turnedBackInWindow++;
      const returnHours = this.documentsReturn?.draw() ?? null;
      trace?.(arrived, { kind: "turned-back", truck: truck.id, direction, returning: returnHours !== null });
      if (returnHours === null) stats.leftForGood++;
      else this.comeBack(truck, returnHours);
      return;
    }
    system.inSystem.update(++system.population, arrived);
    const area = this.area;
    const place = area.zone.request({ priority: truck.rank });
    if (place.status !== "granted") {
      const where = area.join(truck, arrived);
      trace?.(arrived, { kind: "wait", truck: truck.id, direction, where });
      yield place;
      const moved = area.leave(truck, sim.now);
      if (moved !== null) trace?.(sim.now, { kind: "to-centre", truck: moved.id, direction });
      truck.precleared = truck.visitedCentre && truck.preclearDraw < spec.logisticsCentre.preclearShare;
    }
    const gateWait = sim.now - arrived;
    trace?.(sim.now, { kind: "enter-zone", truck: truck.id, direction });

    const jointFactor = spec.unified.jointControl.serviceFactor;
    const preclearFactor = spec.logisticsCentre.preclearServiceFactor;
    const waivedBySeal = truck.sealed && !truck.alarm;
    let controlled = 0;
    let held = !truck.incomplete;
    let heldHours = 0;
    for (let i = 0; i < this.lines.length; i++) {
      const line = this.lines[i] as StageLine;
      const skip = line.sealedOnly ? !truck.sealed : (line.classSkip[truck.classIndex] as boolean) || line.jointSkip || (line.sealSkip && waivedBySeal);
      if (skip) continue;
      let hours = truck.serviceHours[i] as number;
      if (line.jointPartner >= 0) hours = (hours + (truck.serviceHours[line.jointPartner] as number)) * jointFactor;
      hours *= line.factor;
      if (truck.precleared && line.preclear) hours *= preclearFactor;
      const station = line.sealedLane !== null && waivedBySeal ? line.sealedLane : line.station;
      let listener: VisitListener | undefined;
      if (trace !== undefined) {
        const event = { truck: truck.id, direction, stage: line.id, station: station.id };
        listener = {
          start: () => trace(sim.now, { kind: "stage-start", ...event }),
          preempted: () => trace(sim.now, { kind: "stage-preempt", ...event }),
        };
      }
      const visit = yield* station.visit(0, hours, listener);
      // Stations here have no queue limit, so nobody balks.
      if (visit === null) throw new Error(`border: a truck balked at station "${station.id}", which has no queue limit`);
      line.waits.observe(visit.wait);
      line.services.observe(visit.service);
      controlled += visit.service;
      trace?.(sim.now, { kind: "stage-end", truck: truck.id, direction, stage: line.id, station: station.id });
      if (!held && !line.sealedOnly) {
        // Missing documents come to light at the first control: the truck waits aside, keeping its place.
        held = true;
        heldHours = truck.documentsHours;
        trace?.(sim.now, { kind: "documents-held", truck: truck.id, direction });
        yield heldHours;
        trace?.(sim.now, { kind: "documents-arrived", truck: truck.id, direction });
      }
    }
    area.zone.release(place);
    const now = sim.now;
    system.inSystem.update(--system.population, now);
    const crossing = now - arrived;
    const waited = Math.max(0, crossing - controlled);
    stats.recordCrossing(crossing, waited, gateWait, heldHours, this.classStats[truck.classIndex] as ClassStats);
    system.departures++;
    system.timeInSystem.observe(crossing);
    system.waitInQueue.observe(waited);
    system.quantiles.add(crossing);
    trace?.(now, { kind: "depart", truck: truck.id, direction });
  }
}
