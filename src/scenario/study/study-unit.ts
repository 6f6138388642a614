import type { Scenario } from "../format/scenario-types.js";
import type { ReplicationOutput } from "./replication-output.js";

/**
 * One independent piece of a study: replication `replication` (0-based) of a resolved scenario
 * (overrides applied, defaults filled in). Its output is a pure function of the two, so units can
 * run in any order, on any thread or machine, and still give the same bytes.
 */
export interface StudyUnit {
  readonly scenario: Scenario;
  readonly replication: number;
}

/** Runs units and returns their outputs in the same order (on this thread, or on a worker pool). */
export type UnitExecutor = (units: readonly StudyUnit[]) => Promise<ReplicationOutput[]>;

/**
 * The units of `replications` replications of each scenario, scenario by scenario: all of the
 * first scenario's replications 0..n−1, then the second's, and so on. The order in which studies
 * of several scenarios (compare, sweep) summarise their outputs.
 * @throws {RangeError} if replications is not an integer >= 0.
 * @example
 * replicationUnits([a, b], 2).map((u) => `${u.scenario.name}#${u.replication}`); // => ["a#0", "a#1", "b#0", "b#1"]
 */
export function replicationUnits(scenarios: readonly Scenario[], replications: number): StudyUnit[] {
  if (!Number.isSafeInteger(replications) || replications < 0) {
    throw new RangeError(`replicationUnits: replications must be an integer >= 0, got ${replications}`);
  }
  return scenarios.flatMap((scenario) => Array.from({ length: replications }, (_, replication) => ({ scenario, replication })));
}

/** Splits outputs in unit order into `blocks` consecutive runs of equal length (one per scenario). */
export function splitBlocks<T>(items: readonly T[], blocks: number): T[][] {
  const size = items.length / blocks;
  return Array.from({ length: blocks }, (_, b) => items.slice(b * size, (b + 1) * size));
}
