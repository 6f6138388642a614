import {
  Activity, NORMAL, Tally, distributionFromSpec, nonHomogeneousPoisson,
  type ArrivalProcess, type Distribution, type RandomSource, type Simulation,
} from "../../engine/index.js";
import type { FlowStation } from "../flow-station.js";
import { arrivalsLimit, inSystemLimit, type RunLimits } from "../run-limits.js";
import { arrivalProfile } from "./arrival-profile.js";
import type { BorderDirectionId, BorderSpec, DirectionSpec } from "./border-spec.js";
import type { BorderTrace } from "./border-trace.js";
import { Crossing } from "./crossing.js";
import { DirectionStats, type ClassStats, type SystemStats } from "./direction-stats.js";
import { DocumentsReturn } from "./documents-return.js";
import { QueueArea } from "./queue-area.js";
import { buildStageLines, type StageLine, type StreamOf } from "./stage-line.js";
import { Truck } from "./truck.js";

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
  readonly stations: FlowStation[];
}

/**
 * One direction of the crossing: its arrivals, its queue area and checkpoint places, its stages
 * in series, and each truck's passage through them (a `Crossing`).
 */
export class BorderDirection {
  readonly id: BorderDirectionId;
  readonly lines: readonly StageLine[];
  readonly area: QueueArea;
  readonly stats = new DirectionStats();
  /** @internal Records of finished crossings, for new arrivals to reuse (less garbage per truck). */
  readonly _crossings: Crossing[] = [];
  /** @internal What both directions share. */
  readonly shared: BorderShared;
  /** @internal */
  readonly dir: DirectionSpec;
  private readonly classCumulative: readonly number[];
  /** @internal Crossing times by class index (pooled over both directions). */
  readonly classStats: readonly ClassStats[];
  private readonly sealEligible: readonly boolean[];
  private readonly documentsWait: Distribution;
  /** @internal Returns of turned-back trucks; null when none come back (or none are turned back). */
  readonly documentsReturn: DocumentsReturn | null;
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
    // Starts before ordinary events at time 0, as a process would.
    this.shared.sim.wake(new TruckArrivals(this, this._arrivals()), 0, 0);
  }

  /** @internal The direction's arrival times: non-homogeneous Poisson, from its own stream. */
  _arrivals(): ArrivalProcess {
    const { spec, stream } = this.shared;
    return nonHomogeneousPoisson(
      arrivalProfile({ ...this.dir, monthOfYear: spec.monthOfYear, startMonth: spec.startMonth }),
      stream(`arrivals:${this.id}`),
    );
  }

  /**
   * @internal A truck arrives now: everything about it is drawn. With `_comeBack` (a truck coming back),
   * the only place trucks are made: it stops a run that would never end or exhaust memory.
   */
  _newTruck(): Truck {
    const { sim, spec, limits, system, stations } = this.shared;
    if (system.population >= limits.maxInSystem) throw inSystemLimit(limits, stations, sim.now, "hours");
    const id = this.shared.nextTruck();
    if (id >= limits.maxArrivals) throw arrivalsLimit(limits, sim.now, spec.days * 24, "hours");
    return this.drawTruck(id);
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
    // A plain array of doubles: a Float64Array of this length would be allocated outside the heap, which
    // costs far more per truck and drives the garbage collector. Made at its length: grown by push, its
    // storage would start at 17 slots.
    const service = new Array<number>(lines.length);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as StageLine;
      if (line.sealedOnly) {
        service[i] = sealed ? (line.serviceByClass[c] as Distribution).sample(line.serviceStream) : 0;
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
   * @internal A turned-back truck comes back after `hours` with complete documents: a new arrival at
   * the back of the queue, through the gate and stages like any other, its crossing timed from now.
   */
  _comeBack(truck: Truck, hours: number): void {
    const { sim } = this.shared;
    const stats = this.stats;
    stats.away++;
    sim.schedule(hours, () => {
      stats.away--;
      stats.returned++;
      stats.returnedInWindow++;
      // As a process it would start next, before ordinary events at this time: nothing can come between.
      Crossing.make(this, truck.withDocuments())._fire();
    });
  }
}

/** The arrivals of one direction: wakes at each arrival time, starts the truck's crossing and waits for the next. */
class TruckArrivals extends Activity {
  private declare readonly direction: BorderDirection;
  private declare readonly arrivals: ArrivalProcess;
  private declare started: boolean;

  constructor(direction: BorderDirection, arrivals: ArrivalProcess) {
    super();
    this.direction = direction;
    this.arrivals = arrivals;
    this.started = false;
  }

  override _fire(): void {
    const direction = this.direction;
    const sim = direction.shared.sim;
    // As the arrival process did: draw the truck, then the next arrival time.
    const truck = this.started ? direction._newTruck() : null;
    this.started = true;
    const at = this.arrivals.next(sim.now);
    if (at !== Infinity) sim.wake(this, at - sim.now, NORMAL);
    // As a process, the crossing would start next, before ordinary events at this time and after the next
    // arrival was scheduled; nothing can come between (this is an ordinary event), so it starts here.
    if (truck !== null) Crossing.make(direction, truck)._fire();
  }
}
