import type { Process } from "./process.js";
import type { Resource } from "./resource.js";
import { SimEvent } from "./sim-event.js";

/**
 * Where a request stands: waiting in line, granted (holding a server), or over: released,
 * withdrawn from the line, balked (refused at a full line) or preempted.
 */
export type RequestStatus = "waiting" | "granted" | "released" | "withdrawn" | "balked" | "preempted";

/**
 * A request for one server of a `Resource`, made with `resource.request()`. As an event it
 * succeeds with `true` when a server is granted, or at once with `false` when the line is full
 * (`balked` is then true). Release it with `resource.release(request)` (or `cancel()`) once
 * served, or to leave the line: typically in a `finally` block, so an interrupted process never
 * leaves a request behind.
 *
 * @example
 * const sim = new Simulation();
 * const desk = new Resource(sim, { capacity: 1 });
 * const req = desk.request();
 * req.status; // => "granted"
 */
export class Request extends SimEvent<boolean> {
  // Declared, then assigned in the constructor: see SimEvent.
  /** The resource asked. */
  declare readonly resource: Resource;
  /** Rank, lower served first (for "priority" and "preemptive" resources). */
  declare readonly priority: number;
  /** The process that asked, which a preemption interrupts; null when asked from a callback. */
  declare readonly process: Process<unknown> | null;
  /** When the request was made (model time units). */
  declare readonly requestedAt: number;
  /** Arrival order at the resource, to break ties between equal priorities. */
  declare readonly order: number;
  /** When a server was granted (model time units); null until then. */
  declare grantedAt: number | null;
  /** @internal */
  declare _status: RequestStatus;
  /** @internal Position among the resource's users while granted. */
  declare _slot: number;
  /** @internal Resumes an interrupted service: waits ahead of its priority and never balks. */
  declare _resume: boolean;

  /**
   * @param resource - the resource asked.
   * @param priority - rank, lower served first (for "priority" and "preemptive" resources).
   * @param process - the process that asked, which a preemption interrupts; null from a callback.
   * @param requestedAt - when the request was made (model time units).
   * @param order - arrival order at the resource, to break ties between equal priorities.
   */
  constructor(resource: Resource, priority: number, process: Process<unknown> | null, requestedAt: number, order: number) {
    super(resource.sim);
    this.resource = resource;
    this.priority = priority;
    this.process = process;
    this.requestedAt = requestedAt;
    this.order = order;
    this.grantedAt = null;
    this._status = "waiting";
    this._slot = -1;
    this._resume = false;
  }

  /** Where the request stands. */
  get status(): RequestStatus {
    return this._status;
  }

  /** True if the request was refused because the waiting line was full. */
  get balked(): boolean {
    return this._status === "balked";
  }

  /** True if its server was taken away (by a more urgent request or a breakdown). */
  get preempted(): boolean {
    return this._status === "preempted";
  }

  /**
   * Same as `resource.release(this)`: frees the server, or leaves the line if still waiting.
   *
   * @example
   * const sim = new Simulation();
   * const desk = new Resource(sim, { capacity: 1 });
   * const req = desk.request();
   * req.cancel();
   * desk.inUse; // => 0
   */
  cancel(): void {
    this.resource.release(this);
  }

  /** @internal */
  _grant(now: number): void {
    this._status = "granted";
    this.grantedAt = now;
    this._trigger(true, true);
  }

  /** @internal */
  _balk(): void {
    this._status = "balked";
    this._trigger(true, false);
  }
}
