import { runBorder, runNetwork, type RunLimits } from "../../model/index.js";
import type { ReplicationOutput } from "./replication-output.js";
import type { Scenario } from "../format/scenario-types.js";

/**
 * Runs replication `replication` (0-based) of a validated scenario. A pure function of its
 * arguments: the same scenario and index give the same output, in any thread or browser.
 * @throws {RunLimitError} if the run reaches one of `limits` (@default DEFAULT_RUN_LIMITS).
 */
export function runReplication(scenario: Scenario, replication: number, limits?: RunLimits): ReplicationOutput {
  const options = limits === undefined ? {} : { limits };
  switch (scenario.model) {
    case "network": {
      const run = runNetwork(scenario, replication, options);
      return { replication, warmup: run.warmup, metrics: run.metrics };
    }
    case "border": {
      const run = runBorder(scenario, replication, options);
      return { replication, warmup: run.warmup, metrics: run.metrics, series: run.series, histograms: run.histograms };
    }
  }
}
