import type { DirectionId } from "../../src/scenario/index.js";
import { directionIds, directionLabel } from "../charts/index.js";

/** The per-direction metrics a planner picks from, by field path under `directions.<direction>`, with plain names. */
export const directionMetrics: readonly (readonly [field: string, label: string])[] = [
  ["crossingHours", "Mean crossing time (hours)"],
  ["crossingHours.p95", "95th percentile crossing time (hours)"],
  ["waitHours", "Waiting time (hours)"],
  ["trucksPerDay", "Trucks crossed per day"],
  ["queueTrucks", "Road queue (trucks)"],
  ["queueKm", "Road queue (km)"],
  ["turnedBackPerDay", "Trucks turned back per day"],
  ["bufferIndex", "Buffer index (extra time to budget)"],
];

/** Both directions with their readable names, in the order the charts show them. */
export const directionChoices: readonly (readonly [DirectionId, string])[] = directionIds.map((id) => [id, directionLabel(id)] as const);

/**
 * Every per-direction metric as a full dotted path with its label, for a metric select.
 * @example metricChoices()[0] // => ["directions.kg-to-kz.crossingHours", "Mean crossing time (hours), Kyrgyzstan → Kazakhstan"]
 */
export function metricChoices(): [path: string, label: string][] {
  return directionChoices.flatMap(([dir, where]) => directionMetrics.map(([field, label]): [string, string] => [`directions.${dir}.${field}`, `${label}, ${where}`]));
}
