import {
  Interrupt, Preemption, Resource, ResourceMonitor, Tally, breakdowns, capacitySchedule,
  type Discipline, type ProcessGenerator, type Simulation,
} from "../engine/index.js";

/** How a station is built: servers, order of service, limits, shifts and failures. */
export interface StationOptions {
  /** Name in messages and results; no dots. */
  readonly id: string;
  /** Servers (lanes, booths, desks) when no schedule is given. */
  readonly servers: number;
  /** Order of service. @default "fifo" */
  readonly discipline?: Discipline;
  /** Most customers that may wait; an arrival finding the line full balks. @default Infinity */
  readonly queueLimit?: number;
  /** Servers in force over a repeating period (model time units), e.g. day shifts. */
  readonly schedule?: { readonly periodLength: number; readonly changes: readonly { readonly at: number; readonly servers: number }[] };
  /**
   * Random times (model time units) to each server's failure and to its repair; `servers` that fail
   * independently (@default the servers in force when the station is built).
   */
  readonly breakdowns?: { readonly timeToFailure: () => number; readonly timeToRepair: () => number; readonly servers?: number };
}

/** What one pass through a station cost a customer, in model time units. */
export interface Visit {
  /** Time not in service: waiting in line, including after a preemption. */
  readonly wait: number;
  /** Time in service (the service requirement, served in one or more pieces). */
  readonly service: number;
}

/** Told when a customer's service starts (again, after a preemption) and when it is preempted back into line; for traces. */
export interface VisitListener {
  readonly start: () => void;
  readonly preempted: () => void;
}

/** A station's statistics over the observation window. */
export interface StationMetrics {
  /** Busy server-time over available server-time; absent when no server was ever available. */
  readonly utilization?: number;
  /**
   * Mean wait in line per customer whose (first) wait ended in the window, counting the waits again in line
   * after a breakdown or a preemption interrupted its service; absent when no wait ended.
   */
  readonly waitInQueue?: number;
  /** Time-average number waiting in line. */
  readonly queueLength: number;
  /** Services completed per model time unit. */
  readonly throughput: number;
  /** Arrivals refused because the line was full, per model time unit (stations with a queue limit). */
  readonly balkRate?: number;
}

/**
 * A group of servers with its line, as customers meet it: wait, be served (resuming the rest of the
 * service after a preemption or a breakdown), leave. It keeps constant-memory statistics from the
 * last `reset` on. The network and border models are both made of stations.
 */
export class Station {
  readonly id: string;
  readonly resource: Resource;
  private readonly sim: Simulation;
  private readonly waits = new Tally();
  /** Waits after an interruption (a breakdown or a preemption) since the last reset; each visit's first wait is in `waits`. */
  private rewaits = 0;
  private readonly monitor: ResourceMonitor;
  private readonly hasLimit: boolean;
  private declare since: number;
  private completions = 0;
  private balks = 0;
  /** Service time brought by every arrival since the station was built, and when that was (for the offered load). */
  private offered = 0;
  private readonly built: number;
  private readonly servers: number;

  constructor(sim: Simulation, options: StationOptions) {
    this.sim = sim;
    this.id = options.id;
    const schedule = options.schedule;
    const initial = schedule === undefined ? options.servers : Math.max(1, ...schedule.changes.map((c) => c.servers));
    this.resource = new Resource(sim, {
      capacity: initial,
      discipline: options.discipline ?? "fifo",
      // A customer preempted in service rejoins with resume: true, which the limit never refuses.
      queueLimit: options.queueLimit ?? Infinity,
      name: options.id,
    });
    this.hasLimit = options.queueLimit !== undefined;
    this.since = sim.now;
    this.built = sim.now;
    this.servers = initial;
    this.monitor = new ResourceMonitor(this.resource);
    if (schedule !== undefined) {
      capacitySchedule(sim, this.resource, {
        periodLength: schedule.periodLength,
        changes: schedule.changes.map((c) => ({ at: c.at, capacity: c.servers })),
      });
    }
    if (options.breakdowns !== undefined) breakdowns(sim, this.resource, options.breakdowns);
  }

  /**
   * Passes one customer through the station: `yield* station.visit(priority, serviceTime)`.
   * Returns null if the customer balked at a full line. `listener`, if given, hears each start
   * and preemption of the service (the animation's trace needs them; the statistics do not).
   */
  *visit(priority: number, serviceTime: number, listener?: VisitListener): ProcessGenerator<Visit | null> {
    const sim = this.sim;
    const resource = this.resource;
    const arrived = sim.now;
    this.offered += serviceTime;
    let request = resource.request({ priority });
    if (!(yield request)) {
      this.balks++;
      return null;
    }
    let wait = sim.now - arrived;
    this.waits.observe(wait);
    listener?.start();
    let remaining = serviceTime;
    for (;;) {
      try {
        yield remaining;
        break;
      } catch (error) {
        if (!(error instanceof Interrupt) || !(error.cause instanceof Preemption)) throw error;
        // Preemptive-resume: serve what is left once a server is back, ahead of those not yet started.
        remaining -= error.cause.at - error.cause.usageSince;
        listener?.preempted();
        const requeued = sim.now;
        request = resource.request({ priority, resume: true });
        yield request;
        wait += sim.now - requeued;
        this.rewaits += sim.now - requeued;
        listener?.start();
      }
    }
    resource.release(request);
    this.completions++;
    return { wait, service: serviceTime };
  }

  /**
   * Offered load since the station was built: service time brought per unit time over the servers
   * (the most on duty). At 1 or more the line grows without bound. 0 before any time has passed.
   */
  offeredLoad(now: number): number {
    const span = now - this.built;
    return span > 0 ? this.offered / (span * this.servers) : 0;
  }

  /** Forgets everything observed so far (end of warm-up); the current state carries on. */
  reset(): void {
    const now = this.sim.now;
    this.since = now;
    this.waits.reset();
    this.rewaits = 0;
    this.monitor.reset(now);
    this.completions = 0;
    this.balks = 0;
  }

  /** Statistics from the last reset to now. */
  metrics(): StationMetrics {
    const now = this.sim.now;
    const span = now - this.since;
    const availableMean = this.monitor.available.mean(now);
    const m: { -readonly [K in keyof StationMetrics]: StationMetrics[K] } = {
      queueLength: this.monitor.queue.mean(now),
      throughput: span > 0 ? this.completions / span : 0,
    };
    if (availableMean > 0) m.utilization = this.monitor.utilization(now);
    if (this.waits.count > 0) m.waitInQueue = waitInQueue(this.waits, this.rewaits);
    if (this.hasLimit) m.balkRate = span > 0 ? this.balks / span : 0;
    return m;
  }
}

/**
 * A station's mean wait in its queue per customer: the first wait (observed when service first starts)
 * plus every wait after an interruption (a breakdown or a preemption), over the customers whose first
 * wait ended since the last reset. Without interruptions it is the tally's own mean, to the bit.
 */
export function waitInQueue(firstWaits: Tally, rewaits: number): number {
  return rewaits === 0 ? firstWaits.mean : firstWaits.mean + rewaits / firstWaits.count;
}
