/**
 * What one replication of any model reports: plain numbers, so it can cross a worker boundary,
 * be written to a shard file, and be merged. A study is a list of these in replication order.
 */
export interface ReplicationOutput {
  /** The replication index (0-based); it names the random streams used. */
  readonly replication: number;
  /** Warm-up discarded, in model time units (the MSER-5 point when the scenario says "auto"). */
  readonly warmup: number;
  /**
   * Scalar metrics by dotted path, in a fixed order: `system.throughput`, `stations.desk.utilization`,
   * `directions.kg-to-kz.crossingHours.p95`. A metric with no observation in this replication is absent.
   */
  readonly metrics: Readonly<Record<string, number>>;
  /** Series by dotted path (`kg-to-kz.queueByHourOfDay`), one number per x position. */
  readonly series?: Readonly<Record<string, readonly number[]>>;
  /** Histograms by dotted path; counts are pooled over replications by summing. */
  readonly histograms?: Readonly<Record<string, { readonly edges: readonly number[]; readonly counts: readonly number[] }>>;
}

/**
 * How `again`, a unit run again by the merging borderflow, differs from `held`, the output a part holds
 * for it: the first of its warm-up, metrics (by name), series and histograms that differs, in words;
 * null when they are the same numbers. Parts of another borderflow whose model gives other numbers, or
 * with an edited output, would otherwise be merged silently (or mixed with the replications merge runs).
 */
export function outputDifference(held: ReplicationOutput, again: ReplicationOutput): string | null {
  if (held.warmup !== again.warmup) return `its warmup is ${held.warmup} in the part and ${again.warmup} here`;
  for (const name of new Set([...Object.keys(held.metrics), ...Object.keys(again.metrics)])) {
    const a = Object.hasOwn(held.metrics, name) ? held.metrics[name] : undefined;
    const b = Object.hasOwn(again.metrics, name) ? again.metrics[name] : undefined;
    if (a !== b) return `its metric ${JSON.stringify(name)} is ${a ?? "absent"} in the part and ${b ?? "absent"} here`;
  }
  // Through JSON, as the part was written: NaN and -0 read back as null and 0.
  for (const field of ["series", "histograms"] as const) {
    if (JSON.stringify(held[field]) !== JSON.stringify(again[field])) return `its ${field} differ from those run here`;
  }
  return null;
}
