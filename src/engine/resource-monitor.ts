import { TimeWeighted } from "./monitors/time-weighted.js";
import type { Resource } from "./resource.js";

/**
 * Time-weighted statistics of a resource, kept by a listener on its changes: servers busy,
 * servers available, requests waiting. Utilization is busy server-time over available
 * server-time, so hours off shift or broken count neither as busy nor as available. A server
 * finishing its last customer after its shift ended counts as available while it works, so
 * utilization never exceeds 1. Cost: three O(1) updates per change of the resource.
 *
 * @example
 * const sim = new Simulation();
 * const booth = new Resource(sim, { capacity: 2 });
 * const stats = new ResourceMonitor(booth);
 * sim.process((function* () { const r = booth.request(); yield 3; booth.release(r); })());
 * sim.run(6);
 * stats.utilization(sim.now); // => 0.25
 */
export class ResourceMonitor {
  /** Servers busy over time. */
  readonly busy: TimeWeighted;
  /** Servers available over time: in force, or still finishing a customer after going off. */
  readonly available: TimeWeighted;
  /** Requests waiting over time. */
  readonly queue: TimeWeighted;
  private readonly unsubscribe: () => void;

  /**
   * Starts recording now, from the resource's current state.
   *
   * @throws {RangeError} if the resource's capacity is Infinity (utilization is then undefined).
   */
  constructor(readonly resource: Resource) {
    const now = resource.sim.now;
    this.busy = new TimeWeighted(now, resource.inUse);
    this.available = new TimeWeighted(now, availableServers(resource));
    this.queue = new TimeWeighted(now, resource.queueLength);
    this.unsubscribe = resource.onChange((r, t) => {
      this.busy.update(r.inUse, t);
      this.available.update(availableServers(r), t);
      this.queue.update(r.queueLength, t);
    });
  }

  /**
   * Busy server-time divided by available server-time since the start or last reset, up to `now`.
   *
   * @throws {RangeError} if no server was available over the whole interval.
   * @example
   * const sim = new Simulation();
   * new ResourceMonitor(new Resource(sim, { capacity: 1 })).utilization(0); // => 0
   */
  utilization(now: number): number {
    const available = this.available.mean(now);
    if (available === 0) {
      throw new RangeError(`ResourceMonitor.utilization: no server of "${this.resource.name}" was available up to ${now}`);
    }
    return this.busy.mean(now) / available;
  }

  /**
   * Restarts the averages at `now` (end of warm-up), keeping the current values.
   *
   * @throws {RangeError} if now is earlier than the last change.
   */
  reset(now: number): void {
    this.busy.reset(now);
    this.available.reset(now);
    this.queue.reset(now);
  }

  /** Stops listening to the resource; the statistics keep their values. */
  stop(): void {
    this.unsubscribe();
  }
}

function availableServers(resource: Resource): number {
  const n = Math.max(resource.capacity, resource.inUse);
  if (n === Infinity) {
    throw new RangeError(`ResourceMonitor: resource "${resource.name}" has an unlimited capacity, so utilization is undefined`);
  }
  return n;
}
