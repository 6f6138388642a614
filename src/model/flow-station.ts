import {
  NORMAL, Tally, URGENT, WaitingLine, breakdowns, capacitySchedule,
  type Discipline, type ServerGroup, type Simulation,
} from "../engine/index.js";
import { waitInQueue, type StationMetrics, type StationOptions } from "./station.js";
import { JobPhase, type StationJob } from "./station-job.js";

const GRANTED = 0;
const QUEUED = 1;
const BALKED = 2;

/**
 * A station of the event-scheduling core: the same servers, line, order of service, queue limit,
 * shifts, breakdowns and preemptive-resume as `Station`, and the same statistics, but its customers
 * are `StationJob` records moved by wake-ups instead of processes. It keeps the servers and the line
 * itself, with the same rules as a `Resource` and in the same order, so a model built on it draws the
 * same random numbers at the same moments and gives the same results, byte for byte, as the same
 * model on `Station.visit`. Cost per visit: one or two queue entries and no allocation.
 */
export class FlowStation implements ServerGroup {
  // Number fields set in the constructor are `declare`d: a field declared without a value would start as
  // undefined, and V8 would then box every double written to it (test/architecture/number-fields.test.ts).
  readonly id: string;
  readonly sim: Simulation;
  /** Order of service. */
  readonly discipline: Discipline;
  private declare readonly queueLimit: number;
  private declare readonly hasLimit: boolean;
  private readonly line: WaitingLine<StationJob>;
  private readonly users: StationJob[] = [];
  private declare scheduled: number;
  private brokenServers = 0;
  private declare available: number;
  private arrivals = 0;
  private readonly waits = new Tally();
  /** Waits after an interruption (a breakdown or a preemption) since the last reset; each job's first wait is in `waits`. */
  private rewaits = 0;
  // Time-weighted servers busy, servers available and customers waiting, kept as `ResourceMonitor` keeps
  // them with three TimeWeighted (the same sums, in the same order, so the same numbers), sharing one clock.
  private declare levelsSince: number;
  private declare levelsLast: number;
  private busyNow = 0;
  private declare availableNow: number;
  private queueNow = 0;
  private busyArea = 0;
  private availableArea = 0;
  private queueArea = 0;
  private declare since: number;
  private completions = 0;
  private balks = 0;
  /** Service time brought by every arrival since the station was built, and when that was (for the offered load). */
  private offered = 0;
  private declare readonly built: number;
  private declare readonly servers: number;
  private serversListener: ((station: FlowStation, now: number) => void) | null = null;

  /**
   * @throws {RangeError} if servers (or a scheduled number) is not an integer >= 1 (>= 0 in a
   *   schedule) or queueLimit not an integer >= 0, and as `capacitySchedule` and `breakdowns` do.
   */
  constructor(sim: Simulation, options: StationOptions) {
    this.sim = sim;
    this.id = options.id;
    const schedule = options.schedule;
    const initial = schedule === undefined ? options.servers : Math.max(1, ...schedule.changes.map((c) => c.servers));
    if (!(Number.isInteger(initial) && initial >= 1)) {
      throw new RangeError(`station "${options.id}": servers must be an integer >= 1, got ${String(initial)}`);
    }
    const queueLimit = options.queueLimit ?? Infinity;
    if (!(queueLimit === Infinity || (Number.isInteger(queueLimit) && queueLimit >= 0))) {
      throw new RangeError(`station "${options.id}": queueLimit must be an integer >= 0 or Infinity, got ${String(queueLimit)}`);
    }
    this.discipline = options.discipline ?? "fifo";
    this.line = new WaitingLine<StationJob>(this.discipline === "fifo" ? undefined : byPriority);
    this.queueLimit = queueLimit;
    this.hasLimit = options.queueLimit !== undefined;
    this.scheduled = initial;
    this.available = initial;
    const now = sim.now;
    this.since = now;
    this.built = now;
    this.servers = initial;
    this.levelsSince = now;
    this.levelsLast = now;
    this.availableNow = initial;
    if (schedule !== undefined) {
      capacitySchedule(sim, this, {
        periodLength: schedule.periodLength,
        changes: schedule.changes.map((c) => ({ at: c.at, capacity: c.servers })),
      });
    }
    if (options.breakdowns !== undefined) breakdowns(sim, this, options.breakdowns);
  }

  /** Servers the schedule asks for now, broken ones included. */
  get scheduledCapacity(): number {
    return this.scheduled;
  }

  /** Servers broken down now. */
  get broken(): number {
    return this.brokenServers;
  }

  /** Servers busy now. */
  get inUse(): number {
    return this.users.length;
  }

  /** Customers waiting in line now. */
  get queueLength(): number {
    return this.line.length;
  }

  /**
   * Calls `listener(station, now)` after every change of the servers on duty or broken (a shift
   * change, a failure, a repair), whether or not the numbers moved.
   */
  onServers(listener: (station: FlowStation, now: number) => void): void {
    this.serversListener = listener;
  }

  /**
   * `job` arrives now with `serviceTime` (model time units) to be served at rank `priority`. It is
   * served at once if a server is free and nobody waits, joins the line, or balks at a full line
   * (then `job.balked(this)` is called before this returns). When its service is over, the station
   * calls `job.left(this, wait, service)`.
   */
  arrive(job: StationJob, priority: number, serviceTime: number): void {
    const now = this.sim._now;
    this.offered += serviceTime;
    job._at = this;
    job._priority = priority;
    job._resume = false;
    job._started = false;
    job._arrived = now;
    job._wait = 0;
    job._service = serviceTime;
    job._remaining = serviceTime;
    job._order = this.arrivals++;
    const outcome = this.put(job);
    this.changed();
    if (outcome === GRANTED) {
      this.begin(job);
    } else if (outcome === BALKED) {
      this.balks++;
      job._at = null;
      job._phase = JobPhase.Away;
      job.balked(this);
    }
  }

  /** @internal A wake-up of `job`, which is at this station, came up: its service starts or ends. */
  _wake(job: StationJob): void {
    if (job._phase === JobPhase.Serving) this.finish(job);
    else this.begin(job);
  }

  /** Sets the scheduled servers (a shift change): waiting customers are served at once if servers are free. */
  setCapacity(n: number): void {
    if (!(n === Infinity || (Number.isInteger(n) && n >= 0))) {
      throw new RangeError(`station "${this.id}": servers must be an integer >= 0 or Infinity, got ${String(n)}`);
    }
    this.scheduled = n;
    this.available = Math.max(0, n - this.brokenServers);
    this.servePuts();
    this.changed();
    this.serversChanged();
  }

  /** @internal Server `server` breaks down now; when more than `server` servers are busy it takes the worst user's. */
  _breakDown(server: number): void {
    const busy = server < this.users.length;
    this.brokenServers++;
    this.available = Math.max(0, this.scheduled - this.brokenServers);
    if (busy) this.evict(this.worstUser());
    this.changed();
    this.serversChanged();
  }

  /** @internal A broken server is repaired now. */
  _repair(): void {
    if (this.brokenServers === 0) throw new Error(`station "${this.id}": no server is broken`);
    this.brokenServers--;
    this.available = Math.max(0, this.scheduled - this.brokenServers);
    this.servePuts();
    this.changed();
    this.serversChanged();
  }

  /**
   * Offered load since the station was built: service time brought per unit time over the servers
   * (the most on duty), as `Station.offeredLoad`. At 1 or more the line grows without bound.
   */
  offeredLoad(now: number): number {
    const span = now - this.built;
    return span > 0 ? this.offered / (span * this.servers) : 0;
  }

  /** Forgets everything observed so far (end of warm-up); the current state carries on. */
  reset(): void {
    const now = this.sim._now;
    this.since = now;
    this.waits.reset();
    this.rewaits = 0;
    this.levelsSince = now;
    this.levelsLast = now;
    this.busyArea = 0;
    this.availableArea = 0;
    this.queueArea = 0;
    this.completions = 0;
    this.balks = 0;
  }

  /** Statistics from the last reset to now, as `Station.metrics`. */
  metrics(): StationMetrics {
    const now = this.sim._now;
    const span = now - this.since;
    const availableMean = this.levelMean(this.availableArea, this.availableNow, now);
    const m: { -readonly [K in keyof StationMetrics]: StationMetrics[K] } = {
      queueLength: this.levelMean(this.queueArea, this.queueNow, now),
      throughput: span > 0 ? this.completions / span : 0,
    };
    if (availableMean > 0) m.utilization = this.levelMean(this.busyArea, this.busyNow, now) / availableMean;
    if (this.waits.count > 0) m.waitInQueue = waitInQueue(this.waits, this.rewaits);
    if (this.hasLimit) m.balkRate = span > 0 ? this.balks / span : 0;
    return m;
  }

  /** The job's (first or resumed) service starts now; its end is scheduled. */
  private begin(job: StationJob): void {
    const now = this.sim._now;
    if (job._started) {
      const again = now - job._requeued;
      job._wait += again;
      this.rewaits += again;
    } else {
      job._started = true;
      job._wait = now - job._arrived;
      this.waits.observe(job._wait);
    }
    job.started(this);
    job._phase = JobPhase.Serving;
    this.sim.wake(job, job._remaining, NORMAL);
  }

  /** The job's service ends now: its server goes to the next in line and the job moves on. */
  private finish(job: StationJob): void {
    this.removeUser(job);
    this.servePuts();
    this.changed();
    this.completions++;
    job._at = null;
    job._phase = JobPhase.Away;
    job.left(this, job._wait, job._service);
  }

  /** Serves `job` now if nobody waits and a server is free, else queues it (preempting, or balking, as the rules say). */
  private put(job: StationJob): number {
    const line = this.line;
    if (line.length === 0 && this.grant(job)) return GRANTED;
    if (this.discipline === "preemptive" && this.preemptFor(job)) {
      this.grant(job);
      return GRANTED;
    }
    job._phase = JobPhase.Waiting;
    if (job._resume) line.pushFront(job);
    else if (line.length >= this.queueLimit) return BALKED;
    else line.push(job);
    return QUEUED;
  }

  private grant(job: StationJob): boolean {
    const users = this.users;
    if (users.length >= this.available) return false;
    job._slot = users.length;
    users.push(job);
    job._grantedAt = this.sim._now;
    return true;
  }

  /** Grants servers to the line in order while servers are free; each granted job wakes now. */
  private servePuts(): void {
    const line = this.line;
    if (line.length === 0) return;
    const sim = this.sim;
    for (let next = line.peek(); next !== undefined && this.grant(next); next = line.peek()) {
      line.shift();
      next._phase = JobPhase.Granted;
      sim.wake(next, 0, NORMAL);
    }
  }

  /** Frees a server for `job` by preempting the worst user, if that user ranks strictly worse. */
  private preemptFor(job: StationJob): boolean {
    // Preempting one user frees a server only if no server is already finishing after a shift.
    const users = this.users;
    if (users.length === 0 || users.length > this.available) return false;
    const victim = this.worstUser();
    if (!(victim._priority > job._priority)) return false;
    this.evict(victim);
    return true;
  }

  /** The user to lose its server first: worst priority, then latest arrival. */
  private worstUser(): StationJob {
    const users = this.users;
    let worst = users[0]!;
    for (let i = 1; i < users.length; i++) {
      const u = users[i]!;
      if (u._priority > worst._priority || (u._priority === worst._priority && u._order > worst._order)) worst = u;
    }
    return worst;
  }

  /**
   * Takes `victim`'s server now. As a process receives an interrupt, the victim hears of it in its
   * own turn, before ordinary events at this time: then it rejoins the line to serve the rest.
   */
  private evict(victim: StationJob): void {
    const sim = this.sim;
    const now = sim._now;
    const since = victim._grantedAt;
    this.removeUser(victim);
    victim._key = -1; // its service end (or the start of a service granted but not begun) is off
    victim._phase = JobPhase.Away;
    sim._queue.push(now, URGENT, () => this.interrupted(victim, now, since));
  }

  /** `job`, preempted at `at` after holding a server since `since`, rejoins the line ahead of its priority. */
  private interrupted(job: StationJob, at: number, since: number): void {
    job._remaining -= at - since;
    // A job whose service had not begun (granted and preempted at the same moment) has nothing to resume.
    if (job._started) job.preempted(this);
    job._requeued = this.sim._now;
    job._resume = true;
    job._order = this.arrivals++;
    const outcome = this.put(job);
    this.changed();
    if (outcome === GRANTED) this.begin(job);
  }

  private removeUser(job: StationJob): void {
    const users = this.users;
    const last = users.pop()!;
    if (last !== job) {
      users[job._slot] = last;
      last._slot = job._slot;
    }
    job._slot = -1;
  }

  /** Records the servers busy, available and the line now (what `ResourceMonitor` records of a resource). */
  private changed(): void {
    const now = this.sim._now;
    const inUse = this.users.length;
    const elapsed = now - this.levelsLast;
    this.busyArea += this.busyNow * elapsed;
    this.availableArea += this.availableNow * elapsed;
    this.queueArea += this.queueNow * elapsed;
    this.levelsLast = now;
    this.busyNow = inUse;
    this.availableNow = Math.max(this.available, inUse);
    this.queueNow = this.line.length;
  }

  /** Time-weighted mean of a level from the last reset to `now`, as `TimeWeighted.mean` computes it. */
  private levelMean(area: number, current: number, now: number): number {
    const duration = now - this.levelsSince;
    if (duration === 0) return current;
    return (area + current * (now - this.levelsLast)) / duration;
  }

  private serversChanged(): void {
    const listener = this.serversListener;
    if (listener !== null) listener(this, this.sim._now);
  }
}

function byPriority(job: StationJob): number {
  return job._priority;
}
