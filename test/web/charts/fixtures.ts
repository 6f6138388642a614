/**
 * FIXTURES FOR RENDERING TESTS ONLY. These numbers were not produced by the simulator: they are
 * hand-picked, plausible magnitudes for the Karasu / Ak-Tilek crossing, spread by simple formulas into
 * the shapes of `StudyResult`, so that chart snapshots do not change when the model does.
 * Never cite them as results.
 */
import type { SweepGrid } from "../../../web/charts/sweep-grid-chart.js";
import type {
  ActivityResult,
  BandPoint,
  ComparisonResult,
  CrossingEstimate,
  Difference,
  DirectionId,
  DirectionResult,
  DirectionSeries,
  StudyResult,
  SweepResult,
} from "../../../src/scenario/study/study-result.js";
import type { Estimate } from "../../../src/stats/estimate.js";

const replications = 10;
const days = 14;
/** Spread of log crossing time; with it mean = median * exp(0.55² / 2). */
const sigma = 0.55;

/** An estimate whose 95% interval is `relative` of the mean either side. */
function estimate(mean: number, relative = 0.08): Estimate {
  const halfWidth = mean * relative;
  return { mean, halfWidth, lo: mean - halfWidth, hi: mean + halfWidth };
}

/** Hand-picked numbers for one direction of one scenario. */
interface DirectionPlan {
  readonly crossingHours: number;
  readonly trucksPerDay: number;
  readonly queueTrucks: number;
  /** Stages in the order a truck meets them: [relative share of the waiting, service hours]. */
  readonly stages: readonly (readonly [string, number, number])[];
}

const kzStages = [["kz-border-control", 2.0, 0.4], ["kz-xray", 1.8, 0.3], ["kz-customs", 1.4, 0.5]] as const;
const kgStages = [["kg-documents", 9.5, 0.5], ["kg-search", 1.2, 0.8]] as const;
const kgToKz = [...kgStages, ...kzStages];
const kzToKg = [...kzStages, ...kgStages];
/** Seals spare trucks the physical search and most X-ray scans. */
const sealed = (stages: DirectionPlan["stages"]): DirectionPlan["stages"] =>
  stages.map(([id, wait, service]) => [id, wait, id === "kg-search" ? 0.2 : id === "kz-xray" ? 0.1 : service]);
/** A logistics centre before the border pre-clears documents. */
const preCleared = (stages: DirectionPlan["stages"]): DirectionPlan["stages"] =>
  [["kg-logistics-centre", 0.6, 1.2], ...stages.map(([id, wait, service]) => [id, wait, id === "kg-documents" ? 0.1 : service] as const)];

function activities(plan: DirectionPlan): Record<string, ActivityResult> {
  const service = plan.stages.reduce((sum, [, , s]) => sum + s, 0);
  const shares = plan.stages.reduce((sum, [, w]) => sum + w, 0);
  return Object.fromEntries(plan.stages.map(([id, share, s]) => [
    id,
    // Every truck passes every stage here (the chart's own tests make some skip one).
    { waitHours: estimate(((plan.crossingHours - service) * share) / shares, 0.12), serviceHours: estimate(s, 0.05), trucksPerDay: estimate(plan.trucksPerDay, 0.03) },
  ]));
}

function crossing(mean: number): CrossingEstimate {
  const median = mean / Math.exp((sigma * sigma) / 2);
  return {
    ...estimate(mean),
    p50: estimate(median, 0.07),
    p90: estimate(median * Math.exp(1.2816 * sigma), 0.1),
    p95: estimate(median * Math.exp(1.6449 * sigma), 0.12),
  };
}

function direction(plan: DirectionPlan): DirectionResult {
  const service = plan.stages.reduce((sum, [, , s]) => sum + s, 0);
  const c = crossing(plan.crossingHours);
  return {
    crossingHours: c,
    waitHours: estimate(plan.crossingHours - service),
    trucksPerDay: estimate(plan.trucksPerDay, 0.03),
    queueTrucks: estimate(plan.queueTrucks, 0.15),
    queueKm: estimate((plan.queueTrucks * 12) / 1000, 0.15),
    maxQueueTrucks: estimate(plan.queueTrucks * 2.4, 0.2),
    turnedBackPerDay: estimate(plan.trucksPerDay * 0.02, 0.3),
    bufferIndex: estimate((c.p95.mean - c.mean) / c.mean, 0.1),
    activities: activities(plan),
  };
}

/** Standard normal distribution function (Abramowitz and Stegun 7.1.26), good to 1e-7. */
function normalCdf(z: number): number {
  const t = 1 / (1 + (0.3275911 * Math.abs(z)) / Math.SQRT2);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-(z * z) / 2);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

function band(points: readonly number[], relative: number): BandPoint[] {
  return points.map((mean, x) => ({ x, mean, lo: mean * (1 - relative), hi: mean * (1 + relative) }));
}

function series(plan: DirectionPlan): DirectionSeries {
  const median = plan.crossingHours / Math.exp((sigma * sigma) / 2);
  const edgesHours = Array.from({ length: 37 }, (_, i) => i * 2);
  const trucks = plan.trucksPerDay * days * replications;
  const share = (h: number): number => (h <= 0 ? 0 : normalCdf(Math.log(h / median) / sigma));
  return {
    // Trucks arrive mostly by day, so the queue peaks in the afternoon and drains overnight.
    queueByHourOfDay: band(Array.from({ length: 24 }, (_, h) => plan.queueTrucks * (1 + 0.55 * Math.sin(((h - 9) / 24) * 2 * Math.PI))), 0.18),
    queueByDay: band(Array.from({ length: days }, (_, d) => plan.queueTrucks * (1 + 0.25 * Math.sin(d * 1.3) + (d % 7 === 5 ? 0.3 : 0))), 0.25),
    crossingHistogram: {
      edgesHours,
      counts: edgesHours.slice(1).map((hi, i) => Math.round(trucks * (share(hi) - share(edgesHours[i] ?? 0)))),
    },
  };
}

function study(scenario: string, plans: Record<DirectionId, DirectionPlan>): StudyResult {
  const [a, b] = [plans["kg-to-kz"], plans["kz-to-kg"]];
  return {
    scenario,
    model: "border",
    seed: 20240601,
    replications,
    horizon: 24 * (days + 2),
    warmup: 48,
    system: {
      timeInSystem: estimate((a.crossingHours + b.crossingHours) / 2),
      throughput: estimate((a.trucksPerDay + b.trucksPerDay) / 24, 0.03),
    },
    stations: {},
    classes: {},
    directions: { "kg-to-kz": direction(plans["kg-to-kz"]), "kz-to-kg": direction(plans["kz-to-kg"]) },
    series: { "kg-to-kz": series(plans["kg-to-kz"]), "kz-to-kg": series(plans["kz-to-kg"]) },
  };
}

/** Fixture: the five border scenarios, baseline first. */
export const scenarios: readonly StudyResult[] = [
  study("baseline", {
    "kg-to-kz": { crossingHours: 18.4, trucksPerDay: 410, queueTrucks: 160, stages: kgToKz },
    "kz-to-kg": { crossingHours: 9.6, trucksPerDay: 330, queueTrucks: 65, stages: kzToKg },
  }),
  study("seals", {
    "kg-to-kz": { crossingHours: 13.1, trucksPerDay: 425, queueTrucks: 105, stages: sealed(kgToKz) },
    "kz-to-kg": { crossingHours: 7.9, trucksPerDay: 334, queueTrucks: 48, stages: sealed(kzToKg) },
  }),
  study("unified", {
    "kg-to-kz": { crossingHours: 11.2, trucksPerDay: 432, queueTrucks: 88, stages: kgToKz },
    "kz-to-kg": { crossingHours: 6.4, trucksPerDay: 338, queueTrucks: 37, stages: kzToKg },
  }),
  study("seals-and-unified", {
    "kg-to-kz": { crossingHours: 7.6, trucksPerDay: 441, queueTrucks: 52, stages: sealed(kgToKz) },
    "kz-to-kg": { crossingHours: 5.1, trucksPerDay: 341, queueTrucks: 24, stages: sealed(kzToKg) },
  }),
  study("logistics-centre", {
    "kg-to-kz": { crossingHours: 9.8, trucksPerDay: 436, queueTrucks: 70, stages: preCleared(kgToKz) },
    "kz-to-kg": { crossingHours: 8.8, trucksPerDay: 331, queueTrucks: 58, stages: kzToKg },
  }),
];

/** The fixture scenario at `index`; throws rather than returning undefined. */
export function scenarioAt(index: number): StudyResult {
  const result = scenarios[index];
  if (result === undefined) throw new RangeError(`fixtures: no scenario at ${index}`);
  return result;
}

/** Fixture: `result` as if run with one replication, so every interval is null. */
export function withoutIntervals(result: StudyResult): StudyResult {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (typeof value !== "object" || value === null) return value;
    const entries = Object.entries(value).map(([k, v]) => [k, k === "lo" || k === "hi" || k === "halfWidth" ? null : strip(v)]);
    return Object.fromEntries(entries);
  };
  return { ...(strip(result) as StudyResult), replications: 1 };
}

const metrics = ["crossingHours", "waitHours", "trucksPerDay"] as const;

/** Fixture: the five scenarios compared with the baseline under common random numbers. */
export const comparison: ComparisonResult = {
  results: scenarios,
  differences: scenarios.slice(1).flatMap((result): Difference[] =>
    (["kg-to-kz", "kz-to-kg"] as const).flatMap((d) => metrics.map((metric): Difference => {
      const a = result.directions?.[d][metric];
      const b = scenarioAt(0).directions?.[d][metric];
      if (a === undefined || b === undefined) throw new Error("fixtures: border scenarios have directions");
      // Common random numbers make paired intervals much narrower than independent ones would be.
      const halfWidth = 0.4 * Math.hypot(a.halfWidth ?? 0, b.halfWidth ?? 0);
      const mean = a.mean - b.mean;
      return { scenario: result.scenario, metric: `directions.${d}.${metric}`, mean, halfWidth, lo: mean - halfWidth, hi: mean + halfWidth };
    }))),
};

const shares = [0, 0.25, 0.5, 0.75, 1] as const;
const xrayLanes = [1, 2, 3] as const;

/** Fixture: the share of sealed trucks swept from none to all, between the baseline and seals plans. */
export const sealShareSweep: SweepResult = {
  parameter: "seals.share",
  values: shares,
  results: shares.map((s) => study(`seal-share-${s}`, {
    // Gains flatten as the share grows: the remaining unsealed trucks still queue for the search.
    "kg-to-kz": { crossingHours: 18.4 - 5.3 * Math.sqrt(s), trucksPerDay: 410 + 15 * s, queueTrucks: 160 - 55 * s, stages: sealed(kgToKz) },
    "kz-to-kg": { crossingHours: 9.6 - 1.7 * Math.sqrt(s), trucksPerDay: 330 + 4 * s, queueTrucks: 65 - 17 * s, stages: sealed(kzToKg) },
  })),
};

/** Fixture: the seal share swept at one, two and three X-ray lanes; more lanes shorten the crossing less as seals spread. */
export const sealShareByLanes: SweepGrid = {
  columns: { parameter: "seals.share", values: shares },
  rows: { parameter: "directions.kg-to-kz.stages.3.lanes", values: xrayLanes },
  sweeps: xrayLanes.map((lanes) => ({
    parameter: "seals.share",
    values: shares,
    results: shares.map((s) => study(`seal-share-${s}-lanes-${lanes}`, {
      "kg-to-kz": { crossingHours: (18.4 - 5.3 * Math.sqrt(s)) * (1 - 0.22 * (lanes - 1) * (1 - 0.6 * s)), trucksPerDay: 410 + 15 * s, queueTrucks: 160 - 55 * s, stages: sealed(kgToKz) },
      "kz-to-kg": { crossingHours: 9.6 - 1.7 * Math.sqrt(s), trucksPerDay: 330 + 4 * s, queueTrucks: 65 - 17 * s, stages: sealed(kzToKg) },
    })),
  })),
};
