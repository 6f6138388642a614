import { extent, format, max, min, scaleLinear, scalePoint } from "d3";
import type { BandPoint, SweepResult } from "../../src/scenario/study/study-result.js";
import { bottomAxisHeightFor, drawBottomAxis, drawSideAxis, sideLabelLines, sideLabelsHeight, tickCount } from "./axes.js";
import { drawBandSeries } from "./band-series.js";
import { chartFrame, contentWidth } from "./chart-frame.js";
import { resolveChartOptions, type ChartOptions } from "./chart-options.js";
import { isDirectionId, metricLabel, valueFloor, withUnit } from "./labels.js";
import { getEstimate } from "./metric-path.js";
import { directionColors, ink } from "./palette.js";
import { textWidth } from "./text-wrap.js";
import { describeEstimate } from "./whisker.js";

/** Options of sweepChart. */
export interface SweepChartOptions extends ChartOptions {
  /** Dotted path of the metric drawn, such as "directions.kg-to-kz.crossingHours" or "system.timeInSystem". */
  readonly metric: string;
  /** The metric's name in labels. @default derived from the path, such as "Crossing time, Kyrgyzstan → Kazakhstan" */
  readonly label?: string;
  /** The metric's unit in labels, such as "hours". @default derived from the path; none for unknown metrics */
  readonly unit?: string;
  /** The swept parameter's name on the x axis, with its unit if it has one. @default the sweep's parameter path */
  readonly parameterLabel?: string;
  /** Height of the plot area in pixels when `height` is not given. @default 240 */
  readonly plotHeight?: number;
}

const valueFormat = format(",.2~f");
const tickFormat = format(",~r");
/** Pixels between the plot's edges and the first and last points, so points do not sit on the axis. */
const inset = 10;

/**
 * One metric against the swept parameter: the mean across replications at each value as points joined by a line,
 * over a band for the 95% interval. Numeric values are spaced to scale; others are evenly spaced in sweep order.
 * @throws {RangeError} for an empty sweep, values and results of different lengths, or an unknown metric path.
 * @example sweepChart(sweep, { metric: "directions.kg-to-kz.crossingHours", document }) // => <svg class="sweep-chart">
 */
export function sweepChart(sweep: SweepResult, options: SweepChartOptions): SVGSVGElement {
  const chart = "sweepChart";
  if (sweep.results.length === 0 || sweep.values.length !== sweep.results.length) {
    throw new RangeError(`${chart}: sweep needs one result per value, got ${sweep.values.length} values and ${sweep.results.length} results`);
  }
  const derived = metricLabel(options.metric);
  const label = options.label ?? derived.label;
  const unit = options.unit ?? derived.unit;
  const parameter = options.parameterLabel ?? sweep.parameter;
  const estimates = sweep.results.map((result) => getEstimate(result, options.metric));
  // Cut the band where the metric cannot go (zero for a border metric with a unit), as the road-queue chart does, and say so.
  const floor = valueFloor(options.metric, derived.unit);
  const cut = estimates.some((e) => e.lo !== null && e.hi !== null && e.lo < floor);
  const points: BandPoint[] = estimates.map((e, i) => ({ x: i, mean: e.mean, lo: e.lo === null ? null : Math.max(floor, e.lo), hi: e.hi }));
  const banded = estimates.some((e) => e.lo !== null && e.hi !== null);
  const numeric = sweep.values.every((v) => typeof v === "number" && Number.isFinite(v));

  const resolved = resolveChartOptions(chart, options, {
    title: `${label}, by ${lowerFirst(parameter)}`,
    caption: `${withUnit(label, unit)} at each value of ${lowerFirst(parameter)} that was run: ` +
      (banded
        ? `the mean of ${sweep.results[0]?.replications ?? 0} replications, with a band for its 95% confidence interval${cut ? ", cut at zero" : ""}.`
        : "a single replication each, so there is no interval band."),
  });
  const y = scaleLinear().domain([Math.min(0, min(points, (p) => p.lo ?? p.mean) ?? 0), max(points, (p) => p.hi ?? p.mean) ?? 1]).nice();
  const yTicks = 6;
  const yLabel = withUnit(label, unit);
  const room = contentWidth(resolved.width);
  const margin = {
    top: sideLabelsHeight([sideLabelLines(yLabel, "left", room)]),
    right: 16,
    bottom: bottomAxisHeightFor(parameter, room),
    left: textWidth(y.tickFormat(yTicks, ",f")(y.domain()[1] ?? 0), 11) + 14,
  };
  const direction = options.metric.split(".")[1];
  const color = options.metric.startsWith("directions.") && isDirectionId(direction) ? directionColors[direction] : ink.text;
  const frame = chartFrame({
    ...resolved,
    className: "sweep-chart",
    legend: banded
      ? [{ label: "Mean", color, mark: "line" }, { label: "95% interval", color, mark: "band" }]
      : [{ label: "One replication", color, mark: "line" }],
    margin,
    plotHeight: options.plotHeight ?? 240,
  });
  const { plot, width, height } = frame;
  y.range([height, 0]);
  const xTicks = tickCount(width, 70);
  let position: (index: number) => number;
  if (numeric) {
    const values = sweep.values as readonly number[];
    const x = scaleLinear().domain(paddedExtent(values)).range([inset, width - inset]);
    // Ticks at the swept values themselves when they are few enough to label, since those are the values that were run.
    const count = tickCount(width, 70, x);
    const ticks = values.length <= xTicks ? { values: [...values], format: tickFormat } : { format: x.tickFormat(count, ",f") };
    drawBottomAxis(plot, x, frame, margin, { label: parameter, ticks: count, grid: false, ...ticks });
    position = (i) => x(values[i] ?? 0);
  } else {
    const x = scalePoint<string>().domain(sweep.values.map(String)).range([inset, width - inset]).padding(0.5);
    drawBottomAxis(plot, x, frame, margin, { label: parameter, format: (v) => v, ticks: xTicks, grid: false });
    position = (i) => x(String(sweep.values[i])) ?? 0;
  }
  drawSideAxis(plot, y, frame, margin, { side: "left", room, label: yLabel, format: y.tickFormat(yTicks, ",f"), ticks: yTicks, grid: true });
  const marks = plot.append("g").attr("class", "series");
  drawBandSeries(marks, points, position, y, color);
  estimates.forEach((e, i) => {
    marks.append("circle").attr("class", "point").attr("cx", position(i)).attr("cy", y(e.mean)).attr("r", 4)
      .attr("fill", color).attr("stroke", ink.background).attr("stroke-width", 1.5)
      .append("title").text(`${parameter} = ${String(sweep.values[i])}: ${describeEstimate(e, valueFormat)} ${unit}`.trimEnd());
  });
  return frame.svg;
}

/** "Share of trucks" becomes "share of trucks" inside a sentence; "KZ share" keeps its acronym. */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** The extent of the values, widened around a single value so the scale has a range to fill. */
function paddedExtent(values: readonly number[]): [number, number] {
  const [lo = 0, hi = 0] = extent(values);
  return lo === hi ? [lo - 1, hi + 1] : [lo, hi];
}
