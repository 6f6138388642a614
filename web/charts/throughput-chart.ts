import { format } from "d3";
import type { DirectionId, StudyResult } from "../../src/scenario/study/study-result.js";
import type { ChartOptions } from "./chart-options.js";
import { resolveChartOptions } from "./chart-options.js";
import { groupedBars } from "./grouped-bars.js";
import { directionIds } from "./labels.js";

/** Options of throughputChart. */
export interface ThroughputChartOptions extends ChartOptions {
  /** Directions to show, in this order. @default ["kg-to-kz", "kz-to-kg"] */
  readonly directions?: readonly DirectionId[];
}

/**
 * Trucks that completed the crossing per day, by scenario and direction, with 95% interval whiskers.
 * @throws {RangeError} for an empty list, a non-border result, repeated scenario names or an unknown direction.
 * @example throughputChart([baseline, seals], { document }) // => <svg class="throughput-chart">
 */
export function throughputChart(results: readonly StudyResult[], options: ThroughputChartOptions = {}): SVGSVGElement {
  return groupedBars({
    chart: "throughputChart",
    className: "throughput-chart",
    options: resolveChartOptions("throughputChart", options, {
      title: "Trucks crossed per day by scenario",
      caption: "Mean number of trucks that completed the crossing each day after warm-up, by scenario and direction. " +
        "Whiskers are 95% confidence intervals across replications.",
    }),
    results,
    directions: options.directions ?? directionIds,
    value: (direction) => direction.trucksPerDay,
    axisLabel: "Trucks crossed (trucks/day)",
    unit: "trucks/day",
    format: format(",.0f"),
  });
}
