import { BaseResource } from "./base-resource.js";
import { Preemption } from "./preemption.js";
import { Request } from "./request.js";
import type { Simulation } from "./simulation.js";

/**
 * Order of service. "fifo": first come, first served. "priority": lowest priority value first,
 * first come first served among equals, never interrupting a service. "preemptive": as
 * "priority", and a request of strictly better priority than the worst user in service takes
 * that user's server at once.
 */
export type Discipline = "fifo" | "priority" | "preemptive";

/** Options of a `Resource`. */
export interface ResourceOptions {
  /** Servers at the start: an integer >= 1, or Infinity for as many as asked. */
  readonly capacity: number;
  /** Order of service. @default "fifo" */
  readonly discipline?: Discipline;
  /** Most requests that may wait (an integer >= 0, or Infinity); a request finding the line full balks. @default Infinity */
  readonly queueLimit?: number;
  /** Name used in messages and traces. @default "resource" */
  readonly name?: string;
}

/** Options of `Resource.request`. */
export interface RequestOptions {
  /** Rank, lower served first: a finite number; used by "priority" and "preemptive", ignored by "fifo". @default 0 */
  readonly priority?: number;
  /**
   * The request resumes a service that was interrupted (a preemption or a breakdown): it waits ahead of
   * every request of its priority that has not started, and a queue limit never refuses it. @default false
   */
  readonly resume?: boolean;
}

/** Called after every change of a resource's capacity, servers in use or waiting line, at time `now`. */
export type ResourceListener = (resource: Resource, now: number) => void;

/**
 * A group of identical servers (booths, lanes, inspectors): a process requests one, holds it
 * while served, and releases it. In SimPy's template a put is a `request` and a get is its
 * `release`.
 *
 * Capacity is what is in force now: the scheduled servers (`setCapacity`) minus the broken
 * ones (`breakdowns`), never below 0. Lowering it does not interrupt a service: a busy server
 * finishes its customer, then goes off, so `inUse` may exceed `capacity` for a while.
 * Listeners (`onChange`) let a model keep time-weighted statistics; see `ResourceMonitor`.
 *
 * @example
 * const sim = new Simulation();
 * const booths = new Resource(sim, { capacity: 2, name: "booths" });
 * booths.request(); booths.request(); booths.request();
 * [booths.inUse, booths.queueLength]; // => [2, 1]
 */
export class Resource extends BaseResource<Request, Request> {
  /** Name used in messages and traces. */
  readonly name: string;
  /** Order of service. */
  readonly discipline: Discipline;
  /** Most requests that may wait; Infinity for no limit. */
  readonly queueLimit: number;
  private declare scheduled: number;
  private brokenServers = 0;
  private declare available: number;
  private readonly users: Request[] = [];
  private listeners: ResourceListener[] | null = null;
  private arrivals = 0;

  /**
   * @throws {RangeError} if capacity is not an integer >= 1 or Infinity, queueLimit not an
   *   integer >= 0 or Infinity; {TypeError} if options is not an object, discipline is unknown
   *   or name not a string.
   */
  constructor(sim: Simulation, options: ResourceOptions) {
    if (options === null || typeof options !== "object") {
      throw new TypeError(`Resource: options must be an object such as { capacity: 1 }, got ${String(options)}`);
    }
    const discipline = options.discipline ?? "fifo";
    if (discipline !== "fifo" && discipline !== "priority" && discipline !== "preemptive") {
      throw new TypeError(`Resource: discipline must be "fifo", "priority" or "preemptive", got ${String(discipline)}`);
    }
    super(sim, discipline === "fifo" ? undefined : byPriority);
    const { capacity, queueLimit = Infinity, name = "resource" } = options;
    checkServers("Resource", "capacity", capacity, 1);
    if (!(queueLimit === Infinity || (Number.isInteger(queueLimit) && queueLimit >= 0))) {
      throw new RangeError(`Resource: queueLimit must be an integer >= 0 or Infinity, got ${String(queueLimit)}`);
    }
    if (typeof name !== "string") throw new TypeError(`Resource: name must be a string, got ${String(name)}`);
    this.name = name;
    this.discipline = discipline;
    this.queueLimit = queueLimit;
    this.scheduled = capacity;
    this.available = capacity;
  }

  /** Servers in force now: scheduled minus broken, at least 0. */
  get capacity(): number {
    return this.available;
  }

  /** Servers the schedule asks for (the last `setCapacity`), broken ones included. */
  get scheduledCapacity(): number {
    return this.scheduled;
  }

  /** Servers broken down now. */
  get broken(): number {
    return this.brokenServers;
  }

  /** Servers busy now (granted requests not yet released). */
  get inUse(): number {
    return this.users.length;
  }

  /** Requests waiting for a server now. */
  get queueLength(): number {
    return this.putQueue.length;
  }

  /**
   * Asks for a server. The returned event succeeds with `true` when a server is granted, at once
   * if one is free and nobody waits, or with `false` at once if the line is full (balking).
   * On a "preemptive" resource a request of strictly better priority than the worst user in
   * service takes that server, and the user's process receives an `Interrupt` whose cause is a
   * `Preemption`.
   *
   * @throws {RangeError} if priority is not a finite number.
   * @example
   * const sim = new Simulation();
   * const lane = new Resource(sim, { capacity: 1, queueLimit: 0 });
   * lane.request();
   * lane.request().balked; // => true
   */
  request(options?: RequestOptions): Request {
    let priority = 0;
    if (options !== undefined && options.priority !== undefined) {
      priority = options.priority;
      if (typeof priority !== "number" || !Number.isFinite(priority)) {
        throw new RangeError(`Resource.request: priority must be a finite number, got ${String(priority)}`);
      }
    }
    const sim = this.sim;
    const request = new Request(this, priority, sim._active, sim._now, this.arrivals++);
    if (options !== undefined && options.resume === true) request._resume = true;
    this.handlePut(request);
    this.changed();
    return request;
  }

  /**
   * Frees the server `request` holds, granting it to the next in line; or withdraws `request`
   * from the line if it still waits. Releasing a request that is already over (released,
   * withdrawn, balked, preempted) does nothing, so a `finally` block may always release.
   *
   * @throws {TypeError} if request is not a request of this resource.
   * @example
   * const sim = new Simulation();
   * const desk = new Resource(sim, { capacity: 1 });
   * const first = desk.request();
   * desk.request();
   * desk.release(first);
   * [desk.inUse, desk.queueLength]; // => [1, 0]
   */
  release(request: Request): void {
    if (!(request instanceof Request) || request.resource !== this) {
      throw new TypeError(`Resource.release: request must be a request of resource "${this.name}", got ${String(request)}`);
    }
    if (request._status === "granted") {
      this.handleGet(request);
    } else if (request._status === "waiting") {
      this.putQueue.remove(request);
      request._status = "withdrawn";
    } else {
      return;
    }
    this.changed();
  }

  /**
   * Sets the number of scheduled servers (a shift change; 0 closes the resource). Raising it
   * grants waiting requests at once; lowering it lets busy servers finish their customers first.
   * Broken servers still count against the new number.
   *
   * @throws {RangeError} if n is not an integer >= 0 or Infinity.
   * @example
   * const sim = new Simulation();
   * const booths = new Resource(sim, { capacity: 3 });
   * booths.setCapacity(1);
   * booths.capacity; // => 1
   */
  setCapacity(n: number): void {
    checkServers("Resource.setCapacity", "n", n, 0);
    this.scheduled = n;
    this.available = Math.max(0, n - this.brokenServers);
    this.settle(true);
    this.changed();
  }

  /**
   * Calls `listener(resource, now)` after every change of capacity, servers in use or line.
   *
   * @returns a function that removes the listener.
   * @throws {TypeError} if listener is not a function.
   * @example
   * const sim = new Simulation();
   * const desk = new Resource(sim, { capacity: 1 });
   * const seen: number[] = [];
   * desk.onChange((r) => seen.push(r.inUse));
   * desk.request();
   * seen; // => [1]
   */
  onChange(listener: ResourceListener): () => void {
    if (typeof listener !== "function") {
      throw new TypeError(`Resource.onChange: listener must be a function, got ${String(listener)}`);
    }
    this.listeners = [...(this.listeners ?? []), listener];
    return () => {
      const rest = (this.listeners ?? []).filter((l) => l !== listener);
      this.listeners = rest.length === 0 ? null : rest;
    };
  }

  /**
   * @internal Server number `server` (0-based) breaks down now (see `breakdowns`). Servers are
   * anonymous, so the busy ones are taken to be the lowest-numbered: the failure interrupts a
   * service when more than `server` servers are busy, and then the worst user's.
   */
  _breakDown(server: number): void {
    const busy = server < this.users.length;
    this.brokenServers++;
    this.available = Math.max(0, this.scheduled - this.brokenServers);
    if (busy) this.evict(this.worstUser(), "breakdown", null);
    this.changed();
  }

  /** @internal A broken server is repaired now. */
  _repair(): void {
    if (this.brokenServers === 0) throw new Error(`Resource._repair: no server of "${this.name}" is broken`);
    this.brokenServers--;
    this.available = Math.max(0, this.scheduled - this.brokenServers);
    this.settle(true);
    this.changed();
  }

  protected override doPut(request: Request): boolean {
    const users = this.users;
    if (users.length >= this.available) return false;
    request._slot = users.length;
    users.push(request);
    request._grant(this.sim._now);
    return true;
  }

  protected override doGet(request: Request): boolean {
    this.removeUser(request);
    request._status = "released";
    return true;
  }

  protected override enqueuePut(request: Request): void {
    if (this.discipline === "preemptive" && this.preemptFor(request)) this.doPut(request);
    else if (request._resume) this.putQueue.pushFront(request);
    else if (this.putQueue.length >= this.queueLimit) request._balk();
    else this.putQueue.push(request);
  }

  /** Frees a server for `request` by preempting the worst user, if that user ranks strictly worse. */
  private preemptFor(request: Request): boolean {
    // Preempting one user frees a server only if no server is already finishing after a shift.
    if (this.users.length === 0 || this.users.length > this.available) return false;
    const victim = this.worstUser();
    if (!(victim.priority > request.priority)) return false;
    this.evict(victim, "priority", request);
    return true;
  }

  /** The user to lose its server first: worst priority, then latest arrival. */
  private worstUser(): Request {
    const users = this.users;
    let worst = users[0]!;
    for (let i = 1; i < users.length; i++) {
      const u = users[i]!;
      if (u.priority > worst.priority || (u.priority === worst.priority && u.order > worst.order)) worst = u;
    }
    return worst;
  }

  private evict(victim: Request, reason: "priority" | "breakdown", by: Request | null): void {
    const now = this.sim._now;
    this.removeUser(victim);
    victim._status = "preempted";
    const process = victim.process;
    if (process !== null && process.isAlive) process._interrupt(new Preemption(reason, this, victim.grantedAt ?? now, now, by));
  }

  private removeUser(request: Request): void {
    const users = this.users;
    const last = users.pop()!;
    if (last !== request) {
      users[request._slot] = last;
      last._slot = request._slot;
    }
    request._slot = -1;
  }

  private changed(): void {
    const listeners = this.listeners;
    if (listeners === null) return;
    const now = this.sim._now;
    for (const listener of listeners) listener(this, now);
  }
}

function byPriority(request: Request): number {
  return request.priority;
}

function checkServers(fn: string, arg: string, n: number, min: number): void {
  if (!(n === Infinity || (Number.isInteger(n) && n >= min))) {
    throw new RangeError(`${fn}: ${arg} must be an integer >= ${min} or Infinity, got ${String(n)}`);
  }
}
