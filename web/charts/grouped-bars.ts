import { max, min, scaleBand, scaleLinear } from "d3";
import type { Estimate } from "../../src/stats/estimate.js";
import type { DirectionId, DirectionResult, StudyResult } from "../../src/scenario/study/study-result.js";
import { bottomAxisHeight, drawBottomAxis, sideLabelHeight, tickCount } from "./axes.js";
import { directionsOf, requireBorderResults, requireDirection } from "./border-result.js";
import { chartFrame } from "./chart-frame.js";
import type { ResolvedChartOptions } from "./chart-options.js";
import { directionLabel } from "./labels.js";
import type { LegendItem } from "./legend.js";
import { directionColors, ink } from "./palette.js";
import { drawScenarioAxis, scenarioLabels } from "./scenario-axis.js";
import { textWidth } from "./text-wrap.js";
import { describeEstimate, drawWhisker, estimateBottom, estimateTop } from "./whisker.js";

/** What a grouped-bar chart (one row per scenario, one bar per direction) needs to know. */
export interface GroupedBarsSpec {
  /** The public function's name, for error messages. */
  readonly chart: string;
  readonly className: string;
  readonly options: ResolvedChartOptions;
  readonly results: readonly StudyResult[];
  readonly directions: readonly DirectionId[];
  /** The estimate a bar shows. */
  readonly value: (direction: DirectionResult) => Estimate;
  /** The value axis label with its unit. */
  readonly axisLabel: string;
  /** Unit written after values in tooltips, such as "hours". */
  readonly unit: string;
  /** Formats the value written beside each bar. */
  readonly format: (value: number) => string;
}

const barHeight = 14;
const barGap = 2;

/** Sentence for captions when some scenario was run once, so its bars have no whisker. */
export const oneReplicationNote = " Scenarios run with a single replication show no interval.";

/**
 * Draw horizontal bars of an estimate by scenario (rows) and direction (bars within a row, coloured by direction),
 * each with its 95% interval as a whisker and its mean written at the end.
 */
export function groupedBars(spec: GroupedBarsSpec): SVGSVGElement {
  const { chart, results, directions, options } = spec;
  requireBorderResults(chart, results);
  if (directions.length === 0) throw new RangeError(`${chart}: options.directions must name at least one direction`);
  directions.forEach((d) => requireDirection(chart, d));
  const rows = results.map((result) => ({
    scenario: result.scenario,
    bars: directions.map((direction) => ({ direction, estimate: spec.value(directionsOf(chart, result)[direction]) })),
  }));
  const estimates = rows.flatMap((row) => row.bars.map((bar) => bar.estimate));
  const hasSingle = estimates.some((e) => e.lo === null || e.hi === null);

  const labels = scenarioLabels(rows.map((row) => row.scenario), options.width);
  const groupHeight = directions.length * (barHeight + barGap) - barGap;
  const rowHeight = Math.max(groupHeight + 14, labels.tallest + 8);
  const top = max(estimates, estimateTop) ?? 0;
  const margin = { top: sideLabelHeight, right: textWidth(spec.format(top), 11) + 10, bottom: bottomAxisHeight, left: labels.margin };
  const legend: LegendItem[] = [
    ...directions.map((d) => ({ label: directionLabel(d), color: directionColors[d], mark: "swatch" as const })),
    { label: "95% interval", color: ink.whisker, mark: "whisker" },
  ];
  const frame = chartFrame({
    ...options,
    caption: options.caption + (hasSingle ? oneReplicationNote : ""),
    className: spec.className,
    legend,
    margin,
    plotHeight: rows.length * rowHeight,
  });
  const { plot, width, height } = frame;
  const x = scaleLinear().domain([Math.min(0, min(estimates, estimateBottom) ?? 0), top]).nice().range([0, width]);
  const step = height / rows.length;
  const y = (i: number): number => i * step + (step - groupHeight) / 2;

  const ticks = tickCount(width, 80, x);
  drawBottomAxis(plot, x, frame, margin, { label: spec.axisLabel, format: x.tickFormat(ticks, ",f"), ticks, grid: true });
  // No padding, so each name sits at the centre of its row, where the bars are.
  const bands = scaleBand<string>().domain(rows.map((row) => row.scenario)).range([0, height]).padding(0);
  drawScenarioAxis(plot, bands, labels, "Scenario");
  const marks = plot.append("g").attr("class", "bars");
  rows.forEach((row, i) => {
    row.bars.forEach(({ direction, estimate }, j) => {
      const barTop = y(i) + j * (barHeight + barGap);
      const middle = barTop + barHeight / 2;
      const x0 = x(Math.min(0, estimate.mean));
      marks.append("rect").attr("class", "bar").attr("x", x0).attr("y", barTop)
        .attr("width", Math.abs(x(estimate.mean) - x(0))).attr("height", barHeight).attr("fill", directionColors[direction])
        .append("title").text(`${row.scenario}, ${directionLabel(direction)}: ${describeEstimate(estimate, spec.format)} ${spec.unit}`);
      drawWhisker(marks, estimate, x, middle, "horizontal");
      marks.append("text").attr("class", "value").attr("x", x(estimateTop(estimate)) + 6).attr("y", middle + 4)
        .attr("font-size", 11).attr("fill", ink.muted).text(spec.format(estimate.mean));
    });
  });
  return frame.svg;
}
