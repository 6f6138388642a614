import type { DirectionId, DirectionResult, DirectionSeries, StudyResult } from "../../src/scenario/study/study-result.js";
import { isDirectionId } from "./labels.js";

/**
 * Check that `results` is a non-empty list of border results with distinct scenario names.
 * @throws {RangeError} naming `chart` and what is wrong.
 */
export function requireBorderResults(chart: string, results: readonly StudyResult[]): void {
  if (!Array.isArray(results) || results.length === 0) throw new RangeError(`${chart}: results must be a non-empty array of study results`);
  const seen = new Set<string>();
  for (const result of results) {
    directionsOf(chart, result);
    if (seen.has(result.scenario)) throw new RangeError(`${chart}: scenario names must be distinct; "${result.scenario}" appears twice`);
    seen.add(result.scenario);
  }
}

/**
 * The per-direction results of a border scenario.
 * @throws {RangeError} if the result has none (a network scenario).
 */
export function directionsOf(chart: string, result: StudyResult): Readonly<Record<DirectionId, DirectionResult>> {
  if (result.directions === undefined) {
    throw new RangeError(`${chart}: scenario "${result.scenario}" has no directions; this chart needs a border scenario`);
  }
  return result.directions;
}

/**
 * The series of one direction of a border scenario.
 * @throws {RangeError} for an unknown direction or a result without series.
 */
export function seriesOf(chart: string, result: StudyResult, direction: unknown): DirectionSeries {
  requireDirection(chart, direction);
  if (result.series === undefined) {
    throw new RangeError(`${chart}: scenario "${result.scenario}" has no series; this chart needs a border scenario`);
  }
  return result.series[direction];
}

/**
 * Check `options.direction`.
 * @throws {RangeError} unless it is "kg-to-kz" or "kz-to-kg".
 */
export function requireDirection(chart: string, direction: unknown): asserts direction is DirectionId {
  if (!isDirectionId(direction)) {
    throw new RangeError(`${chart}: options.direction must be "kg-to-kz" or "kz-to-kg", got ${JSON.stringify(direction)}`);
  }
}
