import type { Request } from "./request.js";
import type { Resource } from "./resource.js";

/**
 * The cause of the `Interrupt` a process receives when a resource takes its server away:
 * a request of strictly better priority arrived at a "preemptive" resource, or the server
 * broke down. The request is over (its status is "preempted"); to resume the remaining service
 * (preemptive-resume), the process computes `remaining -= at - usageSince`, requests again and
 * serves the rest; on a resource with a `queueLimit` that new request may balk like any other.
 *
 * @example
 * const scanner = new Resource(new Simulation(), { capacity: 1, name: "scanner" });
 * String(new Preemption("breakdown", scanner, 2, 5, null));
 * // => 'preempted by a breakdown of "scanner" at time 5 (in service since 2)'
 */
export class Preemption {
  /**
   * @param reason - "priority" (a more urgent request took the server) or "breakdown".
   * @param resource - the resource whose server was lost.
   * @param usageSince - when the preempted request was granted (model time units).
   * @param at - when it was preempted (model time units).
   * @param by - the preempting request; null for a breakdown.
   */
  constructor(
    readonly reason: "priority" | "breakdown",
    readonly resource: Resource,
    readonly usageSince: number,
    readonly at: number,
    readonly by: Request | null,
  ) {}

  /** A sentence for messages, e.g. `preempted by a breakdown of "scanner" at time 5`. */
  toString(): string {
    const what = this.reason === "priority" ? "a higher-priority request" : "a breakdown";
    return `preempted by ${what} of "${this.resource.name}" at time ${this.at} (in service since ${this.usageSince})`;
  }
}
