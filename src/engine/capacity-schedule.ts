import { URGENT } from "./event-queue.js";
import type { ServerGroup } from "./server-group.js";
import type { Simulation } from "./simulation.js";

/** From time `at` within each period, the resource has `capacity` scheduled servers. */
export interface CapacityChange {
  /** Offset within the period, in model time units: 0 <= at < periodLength. */
  readonly at: number;
  /** Scheduled servers from then on: an integer >= 0 (0 closes the resource), or Infinity. */
  readonly capacity: number;
}

/** Options of `capacitySchedule`. */
export interface CapacityScheduleOptions {
  /** Length of the repeating pattern, in model time units (24 for a day counted in hours). */
  readonly periodLength: number;
  /** The changes within one period, in any order, at distinct offsets. */
  readonly changes: readonly CapacityChange[];
}

/**
 * Repeats a pattern of capacity changes every `periodLength` (shifts, opening hours, breaks) on
 * `resource`: a `Resource` or any other `ServerGroup`.
 * Periods are counted from time 0, so a change `at: 8` with `periodLength: 24` happens at
 * 8, 32, 56, ... The capacity in force when the schedule is set up is applied at once: that of
 * the last change at or before the current offset in the period, or, before the period's first
 * change, that of the period's last change (the pattern wraps around: a night shift set at 22
 * is in force at 0). Each change calls `resource.setCapacity`, so closing is not preemptive:
 * a server busy at closing time finishes its customer first. Changes run before ordinary events
 * at the same time, so a truck arriving at 8:00 finds the 8:00 capacity.
 * Breakdowns compose: the capacity in force is always the scheduled one minus broken servers.
 * The schedule never runs out of events, so run the simulation with an end time (`run(until)`).
 * Cost: one scheduled callback per change.
 *
 * @throws {RangeError} if periodLength is not a finite number > 0, changes is empty, an offset is
 *   outside [0, periodLength) or repeated, or a capacity is not an integer >= 0 or Infinity;
 *   {TypeError} if resource belongs to another simulation.
 * @example
 * const sim = new Simulation();
 * const booths = new Resource(sim, { capacity: 1 });
 * capacitySchedule(sim, booths, { periodLength: 24, changes: [{ at: 8, capacity: 4 }, { at: 20, capacity: 1 }] });
 * sim.run(9);
 * booths.capacity; // => 4
 */
export function capacitySchedule(sim: Simulation, resource: ServerGroup, options: CapacityScheduleOptions): void {
  if (resource?.sim !== sim) throw new TypeError("capacitySchedule: resource must belong to sim");
  const { periodLength, changes } = options;
  if (typeof periodLength !== "number" || !(periodLength > 0 && periodLength < Infinity)) {
    throw new RangeError(`capacitySchedule: periodLength must be a finite number > 0, got ${String(periodLength)}`);
  }
  if (!Array.isArray(changes) || changes.length === 0) {
    throw new RangeError("capacitySchedule: changes must be a non-empty array of { at, capacity }");
  }
  changes.forEach(({ at, capacity }, i) => {
    if (typeof at !== "number" || !(at >= 0 && at < periodLength)) {
      throw new RangeError(`capacitySchedule: changes[${i}].at must be a number in [0, ${periodLength}), got ${String(at)}`);
    }
    if (!(capacity === Infinity || (Number.isInteger(capacity) && capacity >= 0))) {
      throw new RangeError(`capacitySchedule: changes[${i}].capacity must be an integer >= 0 or Infinity, got ${String(capacity)}`);
    }
  });
  const pattern = changes.map(({ at, capacity }) => ({ at, capacity })).sort((a, b) => a.at - b.at);
  for (let i = 1; i < pattern.length; i++) {
    if (pattern[i]!.at === pattern[i - 1]!.at) {
      throw new RangeError(`capacitySchedule: two changes at the same offset ${pattern[i]!.at}`);
    }
  }

  // The change in force now: index `next - 1` of period `period`, wrapping to the previous period.
  let period = Math.floor(sim.now / periodLength);
  const offset = sim.now - period * periodLength;
  let next = pattern.findIndex((c) => c.at > offset);
  if (next === -1) next = pattern.length;
  const current = next === 0 ? pattern[pattern.length - 1]! : pattern[next - 1]!;
  resource.setCapacity(current.capacity);
  if (next === pattern.length) {
    next = 0;
    period++;
  }

  const apply = (): void => {
    resource.setCapacity(pattern[next]!.capacity);
    if (++next === pattern.length) {
      next = 0;
      period++;
    }
    scheduleNext();
  };
  // Each change time is computed from the period number, so no rounding error accumulates.
  const scheduleNext = (): void => {
    sim.schedule(Math.max(0, period * periodLength + pattern[next]!.at - sim.now), apply, URGENT);
  };
  scheduleNext();
}
