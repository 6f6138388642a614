import { format, line, max, scaleLinear, type Selection } from "d3";
import type { CrossingEstimate, DirectionId, StudyResult } from "../../src/scenario/study/study-result.js";
import type { Estimate } from "../../src/stats/estimate.js";
import { bottomAxisHeight, drawBottomAxis, drawSideAxis, sideLabelLines, sideLabelsHeight, tickCount } from "./axes.js";
import { directionsOf, seriesOf } from "./border-result.js";
import { chartFrame, contentWidth } from "./chart-frame.js";
import { resolveChartOptions, type ChartOptions } from "./chart-options.js";
import { directionLabel } from "./labels.js";
import { directionColors, ink } from "./palette.js";
import { textWidth } from "./text-wrap.js";
import { drawWhisker } from "./whisker.js";

/** Options of crossingDistributionChart. */
export interface CrossingDistributionChartOptions extends ChartOptions {
  /** The direction whose crossing times are drawn. */
  readonly direction: DirectionId;
  /** Bars of the share of trucks per bin ("histogram"), or the cumulative share of trucks crossed within a time ("ecdf"). @default "histogram" */
  readonly kind?: "histogram" | "ecdf";
  /** Height of the plot area in pixels when `height` is not given. @default 220 */
  readonly plotHeight?: number;
}

type Group = Selection<SVGGElement, unknown, null, undefined>;
const quantiles = [["p50", "median"], ["p90", "90th percentile"], ["p95", "95th percentile"]] as const;
const rowHeight = 16;
const hours = format(",.1f");

/**
 * The distribution of crossing times pooled over replications, as a histogram or a cumulative curve, with the
 * median, 90th and 95th percentiles marked by dashed rules, labelled, and given their 95% intervals.
 * @throws {RangeError} for an unknown direction or kind, or a histogram whose edges and counts do not match or hold no trucks.
 * @example crossingDistributionChart(baseline, { direction: "kg-to-kz", document }) // => <svg class="crossing-distribution-chart">
 */
export function crossingDistributionChart(result: StudyResult, options: CrossingDistributionChartOptions): SVGSVGElement {
  const chart = "crossingDistributionChart";
  const histogram = seriesOf(chart, result, options.direction).crossingHistogram;
  const crossing = directionsOf(chart, result)[options.direction].crossingHours;
  const kind = options.kind ?? "histogram";
  if (kind !== "histogram" && kind !== "ecdf") throw new RangeError(`${chart}: options.kind must be "histogram" or "ecdf", got ${JSON.stringify(kind)}`);
  const total = checkHistogram(chart, histogram.edgesHours, histogram.counts);
  // Empty bins past the longest crossing would only squeeze the picture against the left axis.
  let used = histogram.counts.length;
  while (used > 1 && histogram.counts[used - 1] === 0) used -= 1;
  const counts = histogram.counts.slice(0, used);
  const edges = histogram.edgesHours.slice(0, used + 1);
  const widths = counts.map((_, i) => (edges[i + 1] ?? 0) - (edges[i] ?? 0));
  const uniform = widths.every((w) => Math.abs(w - (widths[0] ?? 0)) < 1e-9);
  // With unequal bins, bar height must be share per hour, or wide bins would look more common than they are.
  const heights = counts.map((c, i) => (100 * c) / total / (uniform ? 1 : (widths[i] ?? 1)));
  const cumulative = edges.map((_, i) => (100 * counts.slice(0, i).reduce((a, b) => a + b, 0)) / total);

  const where = directionLabel(options.direction);
  const resolved = resolveChartOptions(chart, options, {
    title: `Distribution of crossing times, ${where} (${result.scenario})`,
    caption: `${kind === "histogram" ? "Share of trucks by crossing time" : "Share of trucks that had crossed within each time"}, ` +
      `pooled over ${result.replications} replications. Dashed rules mark the median, 90th and 95th percentiles ` +
      "as the tables report them (means of each replication's own), each with its 95% interval." +
      (kind === "ecdf" ? " Rings mark where the pooled curve reaches 50, 90 and 95%; the two differ where replications differ (a breakdown in one of them)." : ""),
  });
  const color = directionColors[options.direction];
  const yLabel = kind === "ecdf" ? "Trucks crossed within (%)" : uniform ? `Trucks per ${format(",~f")(widths[0] ?? 0)}-hour bin (%)` : "Trucks per hour of crossing time (%)";
  const room = contentWidth(resolved.width);
  const top = sideLabelsHeight([sideLabelLines(yLabel, "left", room)]) + quantiles.length * rowHeight;
  const margin = { top, right: 28, bottom: bottomAxisHeight, left: 44 };
  const frame = chartFrame({
    ...resolved,
    className: "crossing-distribution-chart",
    legend: [
      { label: kind === "histogram" ? "Share of trucks" : "Cumulative share", color, mark: kind === "histogram" ? "swatch" : "line" },
      { label: "Percentile with 95% interval", color: ink.text, mark: "whisker" },
      ...(kind === "ecdf" ? [{ label: "Pooled percentile", color: ink.text, mark: "ring" as const }] : []),
    ],
    margin,
    plotHeight: options.plotHeight ?? 220,
  });
  const { plot, width, height } = frame;
  const last = Math.max(edges[edges.length - 1] ?? 0, ...quantiles.map(([q]) => crossing[q].hi ?? crossing[q].mean));
  const x = scaleLinear().domain([edges[0] ?? 0, last]).nice().range([0, width]);
  const y = scaleLinear().domain([0, kind === "histogram" ? (max(heights) ?? 1) : 100]).nice().range([height, 0]);
  const xTicks = tickCount(width, 60, x);
  const yTicks = tickCount(height, 40, y);
  drawBottomAxis(plot, x, frame, margin, { label: "Crossing time (hours)", format: x.tickFormat(xTicks, ",f"), ticks: xTicks, grid: false });
  drawSideAxis(plot, y, frame, margin, { side: "left", room, label: yLabel, format: y.tickFormat(yTicks, ",f"), ticks: yTicks, grid: true });

  const marks = plot.append("g").attr("class", kind);
  if (kind === "histogram") {
    heights.forEach((h, i) => {
      const x0 = x(edges[i] ?? 0);
      marks.append("rect").attr("class", "bin").attr("x", x0 + 0.5).attr("y", y(h))
        .attr("width", Math.max(0, x(edges[i + 1] ?? 0) - x0 - 1)).attr("height", height - y(h)).attr("fill", color)
        .append("title").text(`${hours(edges[i] ?? 0)}–${hours(edges[i + 1] ?? 0)} hours: ${counts[i]} trucks`);
    });
  } else {
    // Only the bin edges are known exactly, so they are joined by straight lines rather than steps.
    const curve = line<number>().x((_, i) => x(edges[i] ?? 0)).y((c) => y(c));
    marks.append("path").attr("class", "ecdf-line").attr("d", curve(cumulative) ?? "").attr("fill", "none")
      .attr("stroke", color).attr("stroke-width", 2);
    // Where the drawn curve (straight between bin edges) reaches each share: the pooled percentiles, on the curve.
    for (const [share, name] of [[50, "median"], [90, "90th percentile"], [95, "95th percentile"]] as const) {
      const at = curveReaches(edges, cumulative, share);
      marks.append("circle").attr("class", "pooled-quantile").attr("cx", x(at)).attr("cy", y(share)).attr("r", 4)
        .attr("fill", "#ffffff").attr("stroke", ink.text).attr("stroke-width", 1.5)
        .append("title").text(`pooled ${name}: ${hours(at)} hours (all trucks of the ${result.replications} replications together)`);
    }
  }
  drawQuantiles(plot.append("g").attr("class", "quantiles"), crossing, x, width + margin.right, height);
  return frame.svg;
}

/** Rules and labels for p50, p90 and p95, one row each above the plot so the labels never collide. */
function drawQuantiles(g: Group, crossing: CrossingEstimate, x: (h: number) => number, right: number, height: number): void {
  quantiles.forEach(([key, name], row) => {
    const q: Estimate = crossing[key];
    const at = -(quantiles.length - row) * rowHeight + 8;
    g.append("line").attr("class", "quantile-rule").attr("x1", x(q.mean)).attr("x2", x(q.mean)).attr("y1", at).attr("y2", height)
      .attr("stroke", ink.text).attr("stroke-dasharray", "4 3");
    drawWhisker(g, q, x, at, "horizontal");
    const text = `${key} ${hours(q.mean)} h`;
    const after = x(q.hi ?? q.mean) + 6;
    const fits = after + textWidth(text, 11) <= right;
    g.append("text").attr("class", "quantile-label").attr("x", fits ? after : x(q.lo ?? q.mean) - 6).attr("y", at + 4)
      .attr("text-anchor", fits ? "start" : "end").attr("font-size", 11).attr("fill", ink.text).text(text)
      .append("title").text(`${name} of crossing time`);
  });
}

/**
 * The time at which the cumulative curve, straight between bin edges, first reaches `share` percent.
 * @example curveReaches([0, 1, 2], [0, 40, 100], 70) // => 1.5
 */
export function curveReaches(edges: readonly number[], cumulative: readonly number[], share: number): number {
  for (let i = 1; i < cumulative.length; i++) {
    const below = cumulative[i - 1] as number;
    const above = cumulative[i] as number;
    if (above >= share && above > below) {
      const left = edges[i - 1] as number;
      return left + ((share - below) / (above - below)) * ((edges[i] as number) - left);
    }
  }
  return edges[edges.length - 1] as number;
}

/** Check that edges and counts describe a histogram; @returns the number of trucks in it. */
function checkHistogram(chart: string, edges: readonly number[], counts: readonly number[]): number {
  if (counts.length === 0 || edges.length !== counts.length + 1) {
    throw new RangeError(`${chart}: crossingHistogram needs one more edge than counts, got ${edges.length} edges and ${counts.length} counts`);
  }
  if (edges.some((e, i) => i > 0 && !(e > (edges[i - 1] ?? Infinity)))) throw new RangeError(`${chart}: crossingHistogram edgesHours must increase`);
  if (counts.some((c) => !(c >= 0))) throw new RangeError(`${chart}: crossingHistogram counts must be ≥ 0`);
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) throw new RangeError(`${chart}: crossingHistogram holds no trucks`);
  return total;
}
