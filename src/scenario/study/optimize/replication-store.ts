import { suggestion } from "../../format/schema/did-you-mean.js";
import type { ReplicationOutput } from "../replication-output.js";

/** One replication of one configuration to run. */
export interface OptimizationUnit {
  /** The configuration's index in the enumeration of the decisions (`configurationAt`). */
  readonly configuration: number;
  /** The replication number, which names its random numbers: the same number is the same trucks in every configuration. */
  readonly replication: number;
}

/** Runs the units asked (on worker threads or here) and returns their outputs in the same order. */
export type OptimizationExecutor = (units: readonly OptimizationUnit[]) => Promise<readonly ReplicationOutput[]>;

/** A metric a study needs that a configuration's replication did not report. */
export class MissingMetricError extends Error {
  override readonly name = "MissingMetricError";
  /** @param metric the metric's name, as the study file writes it. */
  constructor(message: string, readonly metric: string) {
    super(message);
  }
}

/** The replications of the configurations one procedure has run, numbered from `first`. */
export interface ReplicationStore {
  /** Brings each listed configuration to at least n replications, all in one batch. */
  ensure(wanted: readonly { readonly configuration: number; readonly n: number }[]): Promise<void>;
  /** The metric's value in the store's replication r (0-based) of a configuration. @throws {MissingMetricError} when it was not reported. */
  value(configuration: number, r: number, metric: string): number;
  /** The metric's values in the first n of the store's replications (all of them by default). */
  values(configuration: number, metric: string, n?: number): number[];
  /** How many replications of the configuration the store holds. */
  count(configuration: number): number;
  /** How many replications the store has run in all. */
  total(): number;
}

/**
 * A store of replications run through `execute`. Its r-th replication of every configuration is the
 * replication numbered `first` + r, so two stores with disjoint numbers see independent random numbers
 * (a search's and the final selection's), while within a store every configuration sees the same ones.
 * `describe` names a configuration in messages. With `keep`, the store holds only those metrics of each
 * replication (asking for another throws MissingMetricError).
 */
export function replicationStore(
  execute: OptimizationExecutor,
  first: number,
  describe: (configuration: number) => string,
  keep?: readonly string[],
): ReplicationStore {
  const outputs = new Map<number, ReplicationOutput[]>();
  // Only the metrics the procedure reads: a border replication's whole output (93 metrics, series and
  // histograms) is about 7 KB as JSON, and a study may keep up to 1,000,000 of them. An output that lacks
  // one of them is kept whole, so that the message saying so can list what it did report.
  const slim = (output: ReplicationOutput): ReplicationOutput =>
    keep === undefined || !keep.every((m) => Object.hasOwn(output.metrics, m))
      ? output
      : { replication: output.replication, warmup: output.warmup, metrics: Object.fromEntries(keep.map((m) => [m, output.metrics[m] as number])) };
  let total = 0;
  const list = (configuration: number): ReplicationOutput[] => {
    let l = outputs.get(configuration);
    if (l === undefined) {
      l = [];
      outputs.set(configuration, l);
    }
    return l;
  };
  const value = (configuration: number, r: number, metric: string): number => {
    const output = list(configuration)[r];
    // Own keys only: "__proto__" or "constructor" as a metric name would otherwise find Object's.
    const v = output !== undefined && Object.hasOwn(output.metrics, metric) ? output.metrics[metric] : undefined;
    if (v === undefined) {
      const known = Object.keys(output?.metrics ?? {});
      const hint = suggestion(metric, known);
      throw new MissingMetricError(`metric "${metric}" has no value in replication ${first + r} of configuration ${describe(configuration)}${hint === "" ? `; metrics reported: ${known.join(", ")}` : hint}`, metric);
    }
    return v;
  };
  return {
    async ensure(wanted) {
      const most = new Map<number, number>();
      for (const { configuration, n } of wanted) most.set(configuration, Math.max(n, most.get(configuration) ?? 0));
      const units: OptimizationUnit[] = [];
      for (const [configuration, n] of most) {
        for (let r = list(configuration).length; r < n; r++) units.push({ configuration, replication: first + r });
      }
      if (units.length === 0) return;
      const results = await execute(units);
      units.forEach((u, i) => {
        const l = list(u.configuration);
        if (first + l.length !== u.replication) throw new Error(`replicationStore: replication ${u.replication} of configuration ${u.configuration} arrived out of order`);
        l.push(slim(results[i] as ReplicationOutput));
      });
      total += units.length;
    },
    value,
    values: (configuration, metric, n = list(configuration).length) => Array.from({ length: n }, (_, r) => value(configuration, r, metric)),
    count: (configuration) => list(configuration).length,
    total: () => total,
  };
}
