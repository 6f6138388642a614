import type { ReplicationOutput } from "../../src/scenario/index.js";
import type { OptimizationExecutor, OptimizationUnit } from "../../src/scenario/study/optimize/run-optimization.js";
import type { ProgressListener } from "./simulation-client.js";
import type { JobTask } from "./worker-protocol.js";

/** The part of the simulation client an optimisation needs: replications first..first+n-1 of some tasks. */
export interface RangeRunner {
  run(tasks: readonly JobTask[], replications: number, onProgress: ProgressListener, first: number): Promise<Map<string, ReplicationOutput[]>>;
}

/**
 * `runOptimization`'s executor on the page's workers. The procedures ask for batches of (configuration,
 * replication) units, each configuration a run of consecutive replications; configurations that need
 * the same run go to the workers as one job. `taskOf(i)` is configuration i's task (built when first
 * asked for, so a searched space of millions need not be listed). `onProgress` hears the
 * replications done and asked for so far, over every batch (the total grows as the procedures ask for more).
 * Outputs are pure functions of (scenario, replication), so the grouping cannot change a number.
 */
export function optimizationExecutor(runner: RangeRunner, taskOf: (configuration: number) => JobTask | undefined, onProgress: ProgressListener): OptimizationExecutor {
  let done = 0;
  let asked = 0;
  return async (units: readonly OptimizationUnit[]) => {
    const ranges = new Map<number, { first: number; last: number }>();
    for (const u of units) {
      const range = ranges.get(u.configuration);
      if (range === undefined) ranges.set(u.configuration, { first: u.replication, last: u.replication });
      else if (u.replication === range.last + 1) range.last = u.replication;
      else throw new Error(`optimizationExecutor: replications of configuration ${u.configuration} are not consecutive`);
    }
    const groups = new Map<string, { first: number; count: number; tasks: JobTask[] }>();
    for (const [configuration, { first, last }] of ranges) {
      const task = taskOf(configuration);
      if (task === undefined) throw new Error(`optimizationExecutor: no task for configuration ${configuration}`);
      const key = `${first}:${last}`;
      const group = groups.get(key) ?? { first, count: last - first + 1, tasks: [] };
      group.tasks.push(task);
      groups.set(key, group);
    }
    asked += units.length;
    const outputs = new Map<string, ReplicationOutput[]>();
    for (const group of groups.values()) {
      const base = done;
      const got = await runner.run(group.tasks, group.count, (n) => onProgress(base + n, asked), group.first);
      done = base + group.count * group.tasks.length;
      for (const [key, list] of got) outputs.set(key, list);
    }
    return units.map((u) => {
      const task = taskOf(u.configuration) as JobTask;
      const output = outputs.get(task.key)?.find((o) => o.replication === u.replication);
      if (output === undefined) throw new Error(`optimizationExecutor: replication ${u.replication} of configuration ${u.configuration} did not come back`);
      return output;
    });
  };
}
