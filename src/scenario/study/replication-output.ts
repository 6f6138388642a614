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
