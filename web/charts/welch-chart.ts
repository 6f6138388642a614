import { format, line, scaleLinear } from "d3";
import { bottomAxisHeight, drawBottomAxis, drawSideAxis, sideLabelLines, sideLabelsHeight, tickCount } from "./axes.js";
import { chartFrame, contentWidth } from "./chart-frame.js";
import { resolveChartOptions, type ChartOptions } from "./chart-options.js";
import type { LegendItem } from "./legend.js";
import { ink, okabeIto } from "./palette.js";
import { textWidth } from "./text-wrap.js";

/** A run's output over time in equal slices, with what Welch's method and MSER-5 make of it. */
export interface WelchData {
  /** Length of one time slice, in the model's time unit. */
  readonly sliceLength: number;
  /** One series per replication: the mean of the output (number in system) in each slice, in time order. */
  readonly replications: readonly (readonly number[])[];
  /** Welch's moving average of the across-replication mean, point i for slice i (shorter than the series by `window`). */
  readonly average: readonly number[];
  /** Half-width w of Welch's moving window, in slices. */
  readonly window: number;
  /** Slices MSER-5 deletes from the start of the across-replication mean. */
  readonly truncateIndex: number;
  /**
   * The most slices MSER-5 may delete (half the run). A cut there means MSER-5 found no end to the warm-up,
   * and the chart says the run is too short or has no steady state. Absent: not known, the cut is read as found.
   */
  readonly truncateLimit?: number;
  /** Warm-up the study actually discarded (fixed, or the mean of each replication's MSER-5 point), in model time. */
  readonly warmupUsed?: number;
  /** The steady-state value theory predicts for the output, when it has one. */
  readonly steadyState?: number;
}

/** Options of welchChart. */
export interface WelchChartOptions extends ChartOptions {
  /** What the series measures, as the y axis names it. @default "Number in system" */
  readonly quantity?: string;
  /** The model's time unit, for the x axis. @default "time units" */
  readonly timeUnit?: string;
  /** Height of the plot area in pixels when `height` is not given. @default 220 */
  readonly plotHeight?: number;
}

const number = format(",.4~r");

/**
 * The Welch plot of warm-up: each replication's output over time (thin grey lines), Welch's moving average
 * of their mean (black), and the MSER-5 truncation point with the discarded start shaded, so a student sees
 * the empty-and-idle start climb to its steady level and why those first hours are left out of the averages.
 * @throws {RangeError} if there are no replications, the series are empty, or sliceLength is not positive.
 * @example welchChart(welch, { document, timeUnit: "min" }) // => <svg class="welch-chart">
 */
export function welchChart(data: WelchData, options: WelchChartOptions = {}): SVGSVGElement {
  const chart = "welchChart";
  const m = data.replications[0]?.length ?? 0;
  if (m === 0) throw new RangeError(`${chart}: data.replications must hold at least one non-empty series`);
  if (!(data.sliceLength > 0)) throw new RangeError(`${chart}: data.sliceLength must be a positive time, got ${data.sliceLength}`);
  const unit = options.timeUnit ?? "time units";
  const quantity = options.quantity ?? "Number in system";
  const cut = data.truncateIndex * data.sliceLength;
  const reps = data.replications.length;
  const atLimit = data.truncateLimit !== undefined && data.truncateIndex >= data.truncateLimit;
  const resolved = resolveChartOptions(chart, options, {
    title: "Warm-up: the output over time",
    caption: `Grey: ${quantity.toLowerCase()} in each of ${reps} replication${reps === 1 ? "" : "s"}, averaged over slices of ${number(data.sliceLength)} ${unit}. ` +
      `Black: Welch's moving average of their mean (window ±${data.window} slices). The run starts empty and idle, so its start is not typical; ` +
      (atLimit
        ? `MSER-5 found no end to that start: it stopped at ${number(cut)} ${unit}, half the run, the most it may discard. ` +
          "The output never settled, so the run is too short or the queue has no steady state (a utilisation of 1 or more): run longer rather than trust these averages."
        : `MSER-5 puts the end of that start at ${number(cut)} ${unit}, and the shaded part would be discarded from the averages.`),
  });
  const legend: LegendItem[] = [
    { label: "one replication", color: "#bdbdbd", mark: "line" },
    { label: "Welch average", color: ink.text, mark: "line" },
    { label: "MSER-5 cut", color: okabeIto.vermillion, mark: "line" },
  ];
  if (data.warmupUsed !== undefined) legend.push({ label: "warm-up used", color: okabeIto.blue, mark: "dashed" });
  if (data.steadyState !== undefined) legend.push({ label: "theory", color: okabeIto.bluishGreen, mark: "dashed" });

  const top = Math.max(...data.replications.map((s) => Math.max(...s)), data.steadyState ?? 0, 1e-9);
  const y = scaleLinear().domain([0, top]).nice();
  const yFormat = y.tickFormat(6, ",~r");
  const yLabel = quantity;
  const room = contentWidth(resolved.width) - 8;
  const margin = {
    top: sideLabelsHeight([sideLabelLines(yLabel, "left", room)]),
    left: textWidth(yFormat(y.domain()[1] ?? 0), 11) + 14,
    right: 12,
    bottom: bottomAxisHeight,
  };
  const frame = chartFrame({ ...resolved, className: "welch-chart", legend, margin, plotHeight: options.plotHeight ?? 220 });
  const { plot, width, height } = frame;
  const horizon = m * data.sliceLength;
  const x = scaleLinear().domain([0, horizon]).range([0, width]);
  y.range([height, 0]);
  const at = (i: number): number => x((i + 0.5) * data.sliceLength);

  plot.append("rect").attr("class", "discarded").attr("width", x(cut)).attr("height", height)
    .attr("fill", okabeIto.vermillion).attr("fill-opacity", 0.08);
  const xTicks = tickCount(width, 80, x);
  drawBottomAxis(plot, x, frame, margin, { label: `Time (${unit})`, format: x.tickFormat(xTicks, ",~r"), ticks: xTicks, grid: false });
  const yTicks = tickCount(height, 40, y);
  drawSideAxis(plot, y, frame, margin, { side: "left", room, label: yLabel, format: y.tickFormat(yTicks, ",~r"), ticks: yTicks, grid: true });

  const path = line<number>().x((_, i) => at(i)).y((v) => y(v));
  const runs = plot.append("g").attr("class", "replications").attr("fill", "none").attr("stroke", "#bdbdbd").attr("stroke-width", 1);
  for (const series of data.replications) runs.append("path").attr("class", "replication").attr("d", path([...series]) ?? "");
  plot.append("path").attr("class", "welch-average").attr("d", path([...data.average]) ?? "").attr("fill", "none")
    .attr("stroke", ink.text).attr("stroke-width", 2.5);
  if (data.steadyState !== undefined) {
    const level = y(data.steadyState);
    plot.append("line").attr("class", "steady-state").attr("x2", width).attr("y1", level).attr("y2", level)
      .attr("stroke", okabeIto.bluishGreen).attr("stroke-width", 2).attr("stroke-dasharray", "6 4");
  }
  if (data.warmupUsed !== undefined) {
    const used = x(data.warmupUsed);
    plot.append("line").attr("class", "warmup-used").attr("x1", used).attr("x2", used).attr("y2", height)
      .attr("stroke", okabeIto.blue).attr("stroke-width", 1.5).attr("stroke-dasharray", "4 3");
  }
  const cutX = x(cut);
  plot.append("line").attr("class", "mser-cut").attr("x1", cutX).attr("x2", cutX).attr("y2", height)
    .attr("stroke", okabeIto.vermillion).attr("stroke-width", 2);
  const label = `discard ${number(cut)} ${unit}${atLimit ? ", no end found" : ""}`;
  const right = cutX + 4 + textWidth(label, 11) < width;
  plot.append("text").attr("class", "mser-label").attr("x", right ? cutX + 4 : cutX - 4).attr("y", 12)
    .attr("text-anchor", right ? "start" : "end").attr("font-size", 11).attr("fill", okabeIto.vermillion)
    .attr("stroke", ink.background).attr("stroke-width", 3).attr("paint-order", "stroke").text(label);
  return frame.svg;
}
