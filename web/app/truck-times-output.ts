import { truckTimes, type CheckTarget, type ReplicationOutput, type Scenario } from "../../src/scenario/index.js";

/**
 * The series under which a check task's replication returns its per-truck times (hours, in the order
 * the trucks left): `kg-to-kz.crossingHours.byTruck`.
 */
export function truckTimesSeries(target: CheckTarget): string {
  return `${target.direction}.${target.metric}.byTruck`;
}

/**
 * Replication `replication` of a check task, run on a worker: the per-truck times `borderflow check`
 * compares (the scenario layer's `truckTimes`, the very call the CLI makes) as the one series
 * `truckTimesSeries(target)`, with no metrics. A pure function of its arguments, like every replication.
 * @throws {TypeError} for a scenario that is not a border scenario.
 */
export function truckTimesOutput(scenario: Scenario, replication: number, target: CheckTarget): ReplicationOutput {
  if (scenario.model !== "border") throw new TypeError(`a check needs a border scenario; "${scenario.name}" is a ${scenario.model} scenario`);
  return {
    replication,
    warmup: scenario.warmupDays * 24,
    metrics: {},
    series: { [truckTimesSeries(target)]: truckTimes(scenario, target.direction, target.metric, replication) },
  };
}
