import { format } from "d3";
import type { DirectionId, StudyResult } from "../../src/scenario/study/study-result.js";
import type { ChartOptions } from "./chart-options.js";
import { resolveChartOptions } from "./chart-options.js";
import { groupedBars } from "./grouped-bars.js";
import { directionIds } from "./labels.js";

/** Options of crossingTimeChart. */
export interface CrossingTimeChartOptions extends ChartOptions {
  /** Directions to show, in this order. @default ["kg-to-kz", "kz-to-kg"] */
  readonly directions?: readonly DirectionId[];
}

/**
 * Mean crossing time in hours by scenario and direction, one bar each, with 95% interval whiskers.
 * @throws {RangeError} for an empty list, a non-border result, repeated scenario names or an unknown direction.
 * @example crossingTimeChart([baseline, seals], { document }) // => <svg class="crossing-time-chart">
 */
export function crossingTimeChart(results: readonly StudyResult[], options: CrossingTimeChartOptions = {}): SVGSVGElement {
  return groupedBars({
    chart: "crossingTimeChart",
    className: "crossing-time-chart",
    options: resolveChartOptions("crossingTimeChart", options, {
      title: "Crossing time by scenario",
      caption: "Mean hours from joining the road queue to leaving the last post, by scenario and direction. " +
        "Whiskers are 95% confidence intervals across replications.",
    }),
    results,
    directions: options.directions ?? directionIds,
    value: (direction) => direction.crossingHours,
    axisLabel: "Mean crossing time (hours)",
    unit: "hours",
    format: format(",.1f"),
  });
}
