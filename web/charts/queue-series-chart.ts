import { extent, format, scaleLinear } from "d3";
import type { DirectionId, StudyResult } from "../../src/scenario/study/study-result.js";
import { bottomAxisHeight, drawBottomAxis, drawSideAxis, sideLabelLines, sideLabelsHeight, tickCount } from "./axes.js";
import { drawBandSeries, seriesTop } from "./band-series.js";
import { seriesOf } from "./border-result.js";
import { chartFrame, contentWidth } from "./chart-frame.js";
import { resolveChartOptions, type ChartOptions } from "./chart-options.js";
import { directionLabel } from "./labels.js";
import { directionColors } from "./palette.js";
import { textWidth } from "./text-wrap.js";

/** Options of queueSeriesChart. */
export interface QueueSeriesChartOptions extends ChartOptions {
  /** The direction whose road queue is drawn. */
  readonly direction: DirectionId;
  /** Over the hours of an average day ("hourOfDay", x = 0..23) or over simulated days after warm-up ("day"). */
  readonly by: "hourOfDay" | "day";
  /** Road length one queued truck takes, in metres, for the kilometre axis. @default 12 */
  readonly metresPerTruck?: number;
  /** Height of the plot area in pixels when `height` is not given. @default 240 */
  readonly plotHeight?: number;
}

const hourFormat = format("02d");
const trucksLabel = "Queue (trucks)";
const kmLabel = "Queue (km)";

/**
 * The road queue in trucks (left axis) and kilometres (right axis) over the hours of the day or over simulated
 * days: the mean across replications as a line over a band for its 95% interval.
 * @throws {RangeError} for an unknown direction or `by`, a non-positive `metresPerTruck`, or an empty series.
 * @example queueSeriesChart(baseline, { direction: "kg-to-kz", by: "hourOfDay", document }) // => <svg class="queue-series-chart">
 */
export function queueSeriesChart(result: StudyResult, options: QueueSeriesChartOptions): SVGSVGElement {
  const chart = "queueSeriesChart";
  const series = seriesOf(chart, result, options.direction);
  if (options.by !== "hourOfDay" && options.by !== "day") {
    throw new RangeError(`${chart}: options.by must be "hourOfDay" or "day", got ${JSON.stringify(options.by)}`);
  }
  const metresPerTruck = options.metresPerTruck ?? 12;
  if (!(Number.isFinite(metresPerTruck) && metresPerTruck > 0)) {
    throw new RangeError(`${chart}: options.metresPerTruck must be a positive number of metres, got ${metresPerTruck}`);
  }
  const byHour = options.by === "hourOfDay";
  const points = byHour ? series.queueByHourOfDay : series.queueByDay;
  if (points.length === 0) throw new RangeError(`${chart}: scenario "${result.scenario}" has an empty ${byHour ? "queueByHourOfDay" : "queueByDay"} series`);
  const where = directionLabel(options.direction);
  const banded = points.some((p) => p.lo !== null && p.hi !== null);
  const resolved = resolveChartOptions(chart, options, {
    title: `Road queue ${byHour ? "by hour of day" : "day by day"}, ${where} (${result.scenario})`,
    caption: `Trucks waiting on the road before the first post, ${byHour ? "averaged over each hour of the day" : "averaged over each simulated day after warm-up"}. ` +
      `${banded ? `The line is the mean of ${result.replications} replications and the band its 95% confidence interval, cut at zero trucks.` : "The line is a single replication, so there is no interval band."} ` +
      `Kilometres assume ${format(",.3~f")(metresPerTruck)} m of road per truck.`,
  });

  // With no road queue at all, a zero-height axis would print its ticks as "0.000000": show 0 to 5 trucks instead, and say so.
  const top = seriesTop(points);
  const empty = top === 0;
  const trucks = scaleLinear().domain([0, empty ? 5 : top]).nice();
  const kmPerTruck = metresPerTruck / 1000;
  const km = scaleLinear().domain(trucks.domain().map((t) => t * kmPerTruck));
  const trucksFormat = trucks.tickFormat(8, ",f");
  const kmFormat = km.tickFormat(8, ",f");
  // The two labels share the row above the plot, half each.
  const room = contentWidth(resolved.width) / 2 - 8;
  const margin = {
    top: sideLabelsHeight([sideLabelLines(trucksLabel, "left", room), sideLabelLines(kmLabel, "right", room)]),
    left: textWidth(trucksFormat(trucks.domain()[1] ?? 0), 11) + 14,
    right: textWidth(kmFormat(km.domain()[1] ?? 0), 11) + 14,
    bottom: bottomAxisHeight,
  };
  const color = directionColors[options.direction];
  const frame = chartFrame({
    ...resolved,
    className: "queue-series-chart",
    legend: banded
      ? [{ label: "Mean", color, mark: "line" }, { label: "95% interval across replications", color, mark: "band" }]
      : [{ label: "One replication", color, mark: "line" }],
    margin,
    plotHeight: options.plotHeight ?? 240,
  });
  const { plot, width, height } = frame;
  const [x0, x1] = extent(points, (p) => p.x) as [number, number];
  const x = scaleLinear().domain(byHour ? [0, 23] : [x0, Math.max(x1, x0 + 1)]).range([0, width]);
  trucks.range([height, 0]);
  km.range([height, 0]);
  const yTicks = tickCount(height, 40, trucks);
  const xTicks = tickCount(width, 60, x);
  drawBottomAxis(plot, x, frame, margin, {
    label: byHour ? "Hour of day" : "Day after warm-up",
    format: byHour ? (h) => `${hourFormat(h.valueOf())}:00` : x.tickFormat(xTicks, "d"),
    ticks: xTicks,
    ...(byHour ? { values: hourTicks(width) } : {}),
    grid: false,
  });
  drawSideAxis(plot, trucks, frame, margin, { side: "left", room, label: trucksLabel, format: trucks.tickFormat(yTicks, ",f"), ticks: yTicks, grid: true });
  drawSideAxis(plot, km, frame, margin, { side: "right", room, label: kmLabel, format: km.tickFormat(yTicks, ",f"), ticks: yTicks, grid: false });
  drawBandSeries(plot.append("g").attr("class", "series"), points, x, trucks, color, 0);
  if (empty) {
    plot.append("text").attr("class", "no-queue").attr("x", width / 2).attr("y", height / 2).attr("text-anchor", "middle")
      .attr("font-size", 13).attr("fill", color).text(`No truck queued on the road${banded ? " in any replication" : ""}`);
  }
  return frame.svg;
}

/** Ticks every 3 hours where "00:00" labels have room, else every 6 hours. */
function hourTicks(width: number): number[] {
  const every = width >= 8 * 45 ? 3 : 6;
  return Array.from({ length: 24 / every }, (_, i) => i * every);
}
