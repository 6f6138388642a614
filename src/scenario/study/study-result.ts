import type { Estimate } from "../../stats/estimate.js";

/**
 * The plain result objects of a study (replications of one scenario), as the CLI prints them with
 * `--format json` and as the dashboard's charts consume them. Nothing here refers to the engine.
 */

/** Metrics of a network run, keyed by metric name (`throughput`, `timeInSystem`, ...). */
export type MetricSet = Readonly<Record<string, Estimate>>;

/** One point of a series with a band for the 95% interval across replications. */
export interface BandPoint {
  /** Position on the x axis, in the series' own unit (hour of day 0..23, or day since the end of warm-up). */
  readonly x: number;
  readonly mean: number;
  readonly lo: number | null;
  readonly hi: number | null;
}

/** Per-stage time-release breakdown (the WCO Time Release Study's "time by activity"). */
export interface ActivityResult {
  /** Mean hours a truck that passes this stage waits before it. */
  readonly waitHours: Estimate;
  /** Mean hours a truck that passes this stage spends in its control. */
  readonly serviceHours: Estimate;
  /**
   * Trucks that passed this stage per day (a truck some rule lets skip it, such as a sealed truck at the X-ray,
   * does not). Over the direction's `trucksPerDay` it is the share of trucks that pass the stage, which turns
   * the two means above into hours per crossing truck.
   */
  readonly trucksPerDay: Estimate;
}

/** Crossing time with its quantiles (each an estimate across replications). */
export interface CrossingEstimate extends Estimate {
  readonly p50: Estimate;
  readonly p90: Estimate;
  readonly p95: Estimate;
}

/** What happened in one direction of the border. */
export interface DirectionResult {
  /** Hours from arrival at the back of the queue to leaving the last post. */
  readonly crossingHours: CrossingEstimate;
  /** Hours spent waiting (queue and hold) rather than being controlled. */
  readonly waitHours: Estimate;
  /** Hours waiting for a checkpoint place (on the road, in the logistics centre or at a booked slot); not a stage. */
  readonly gateWaitHours?: Estimate;
  /**
   * Hours held aside for missing documents after the first control, per crossing truck (0 for a truck whose
   * documents were complete). With the gate wait and each stage's hours per crossing truck it makes up the
   * crossing time.
   */
  readonly documentsHoldHours?: Estimate;
  /** Trucks that completed the crossing per day. */
  readonly trucksPerDay: Estimate;
  /** Time-average number of trucks queued on the road. */
  readonly queueTrucks: Estimate;
  /** Time-average road queue length in kilometres. */
  readonly queueKm: Estimate;
  /** Largest road queue seen, in trucks. */
  readonly maxQueueTrucks: Estimate;
  /** Trucks turned back (for example for missing documents) per day. */
  readonly turnedBackPerDay: Estimate;
  /**
   * Turned-back trucks that came back with complete documents, per day (only when trucks are turned
   * back and documents.returnShare > 0). A returning truck is a new arrival: its crossing is timed
   * from its return and counted in `trucksPerDay`; it is never turned back twice.
   */
  readonly returnedPerDay?: Estimate;
  /** (p95 - mean) / mean of crossing time: how much extra time a shipper must budget. */
  readonly bufferIndex: Estimate;
  /** Time by activity, keyed by stage id, in the order the truck meets them. */
  readonly activities: Readonly<Record<string, ActivityResult>>;
}

/** Series for the dashboard's charts; not part of the CSV output. */
export interface DirectionSeries {
  /** Road queue in trucks by hour of day (x = 0..23). */
  readonly queueByHourOfDay: readonly BandPoint[];
  /** Road queue in trucks by simulated day after warm-up (x = 0, 1, ...). */
  readonly queueByDay: readonly BandPoint[];
  /** Histogram of crossing hours pooled over replications: counts[i] trucks in [edgesHours[i], edgesHours[i+1]). */
  readonly crossingHistogram: { readonly edgesHours: readonly number[]; readonly counts: readonly number[] };
}

export type DirectionId = "kg-to-kz" | "kz-to-kg";

/** The result of `borderflow run` for one scenario. */
export interface StudyResult {
  readonly scenario: string;
  readonly model: "network" | "border";
  readonly seed: number;
  readonly replications: number;
  /** Whole run length in model time units (hours for border scenarios), warm-up included. */
  readonly horizon: number;
  /** Warm-up length in model time units; for `"auto"`, the mean MSER-5 truncation point. */
  readonly warmup: number;
  readonly system: MetricSet;
  readonly stations: Readonly<Record<string, MetricSet>>;
  readonly classes: Readonly<Record<string, MetricSet>>;
  /** Border scenarios only. */
  readonly directions?: Readonly<Record<DirectionId, DirectionResult>>;
  /** Border scenarios only: series for charts. */
  readonly series?: Readonly<Record<DirectionId, DirectionSeries>>;
}

/** One paired difference (scenario minus the first scenario) under common random numbers. */
export interface Difference {
  readonly scenario: string;
  /** Dotted path of the metric, such as `system.timeInSystem` or `directions.kg-to-kz.crossingHours`. */
  readonly metric: string;
  readonly mean: number;
  readonly halfWidth: number | null;
  readonly lo: number | null;
  readonly hi: number | null;
}

/** The result of `borderflow compare`. */
export interface ComparisonResult {
  readonly results: readonly StudyResult[];
  readonly differences: readonly Difference[];
}

/** The result of `borderflow sweep`: one study per value of one parameter. */
export interface SweepResult {
  /** The dotted path that was varied, such as `seals.share`. */
  readonly parameter: string;
  readonly values: readonly (number | string | boolean)[];
  readonly results: readonly StudyResult[];
}
