import type { DirectionId } from "../../src/scenario/study/study-result.js";

/** Both directions, in the order charts show them. */
export const directionIds: readonly DirectionId[] = ["kg-to-kz", "kz-to-kg"];

const directionNames: Readonly<Record<DirectionId, string>> = {
  "kg-to-kz": "Kyrgyzstan → Kazakhstan",
  "kz-to-kg": "Kazakhstan → Kyrgyzstan",
};

/**
 * The readable name of a direction id.
 * @throws {RangeError} for an id other than "kg-to-kz" or "kz-to-kg".
 * @example directionLabel("kg-to-kz") // => "Kyrgyzstan → Kazakhstan"
 */
export function directionLabel(direction: string): string {
  if (!isDirectionId(direction)) {
    throw new RangeError(`direction must be "kg-to-kz" or "kz-to-kg", got ${JSON.stringify(direction)}`);
  }
  return directionNames[direction];
}

/** True for "kg-to-kz" and "kz-to-kg". */
export function isDirectionId(value: unknown): value is DirectionId {
  return value === "kg-to-kz" || value === "kz-to-kg";
}

const countryPrefixes: Readonly<Record<string, string>> = { kz: "KZ", kg: "KG" };
const words: Readonly<Record<string, string>> = { xray: "X-ray" };

/**
 * A readable name for a stage id: the country prefix in capitals, hyphens as spaces.
 * @example stageLabel("kz-border-control") // => "KZ border control"
 */
export function stageLabel(stage: string): string {
  return stage
    .split("-")
    .map((part, i) => (i === 0 ? countryPrefixes[part] : undefined) ?? words[part] ?? part)
    .join(" ");
}

/** A metric's readable name and unit, as axis labels and captions show them. */
export interface MetricLabel {
  /** Such as "Crossing time, Kyrgyzstan → Kazakhstan". */
  readonly label: string;
  /** Such as "hours"; empty for a ratio. */
  readonly unit: string;
}

const directionMetrics: Readonly<Record<string, MetricLabel>> = {
  crossingHours: { label: "Crossing time", unit: "hours" },
  waitHours: { label: "Waiting time", unit: "hours" },
  gateWaitHours: { label: "Wait for a checkpoint place", unit: "hours" },
  documentsHoldHours: { label: "Held aside for missing documents", unit: "hours" },
  trucksPerDay: { label: "Trucks crossed", unit: "trucks/day" },
  queueTrucks: { label: "Road queue", unit: "trucks" },
  queueKm: { label: "Road queue", unit: "km" },
  maxQueueTrucks: { label: "Largest road queue", unit: "trucks" },
  turnedBackPerDay: { label: "Trucks turned back", unit: "trucks/day" },
  bufferIndex: { label: "Buffer index", unit: "" },
};

const quantiles: Readonly<Record<string, string>> = { p50: "Median", p90: "90th percentile", p95: "95th percentile" };

/**
 * The readable name and unit of a dotted metric path; unknown metrics keep their path as the label.
 * @example metricLabel("directions.kg-to-kz.crossingHours.p95") // => { label: "95th percentile crossing time, Kyrgyzstan → Kazakhstan", unit: "hours" }
 */
export function metricLabel(path: string): MetricLabel {
  const [scope, direction, field, sub] = path.split(".");
  if (scope !== "directions" || !isDirectionId(direction) || field === undefined) return { label: path, unit: "" };
  const where = directionNames[direction];
  if (field === "activities" && sub !== undefined) {
    if (path.endsWith(".trucksPerDay")) return { label: `Trucks through ${stageLabel(sub)}, ${where}`, unit: "trucks/day" };
    const part = path.endsWith(".serviceHours") ? "Control at" : "Wait before";
    return { label: `${part} ${stageLabel(sub)}, ${where}`, unit: "hours" };
  }
  const known = directionMetrics[field];
  if (known === undefined) return { label: path, unit: "" };
  const quantile = sub === undefined ? undefined : quantiles[sub];
  const label = quantile === undefined ? known.label : `${quantile} ${known.label.toLowerCase()}`;
  return { label: `${label}, ${where}`, unit: known.unit };
}

/** "label (unit)", or the label alone for a unitless metric. */
export function withUnit(label: string, unit: string): string {
  return unit === "" ? label : `${label} (${unit})`;
}

/**
 * The least value a metric can take, for cutting an interval drawn or written below it: 0 for a border
 * metric with a unit (hours, trucks, trucks/day, km), which cannot be negative though a Student-t interval
 * over a few replications can reach below zero; otherwise -Infinity (differences, unknown metrics).
 * @example valueFloor("directions.kg-to-kz.crossingHours", "hours") // => 0
 */
export function valueFloor(metric: string, unit: string): number {
  return metric.startsWith("directions.") && unit !== "" ? 0 : -Infinity;
}
