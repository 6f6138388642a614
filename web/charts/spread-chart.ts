import { format, scaleBand, scaleLinear } from "d3";
import { betterDirection } from "../../src/scenario/study/analysis/better-direction.js";
import type { UncertaintyResult } from "../../src/scenario/study/analysis/uncertainty.js";
import type { Estimate } from "../../src/stats/estimate.js";
import { bottomAxisHeightFor, drawBottomAxis, sideLabelHeight, tickCount } from "./axes.js";
import { chartFrame, contentWidth } from "./chart-frame.js";
import { resolveChartOptions, type ChartOptions } from "./chart-options.js";
import { metricLabel } from "./labels.js";
import { ink, okabeIto } from "./palette.js";
import { describeEstimate, drawWhisker, estimateBottom, estimateTop } from "./whisker.js";

/** Options of spreadChart. */
export interface SpreadChartOptions extends ChartOptions {
  /** Dotted path of the metric, one of the result's metrics. @default the result's first metric */
  readonly metric?: string;
}

const rowHeight = 12;
const leftMargin = 64;

/**
 * The spread of a metric (or, against a base, of the effect) across the plausible worlds of an
 * uncertainty result: one dot per world, sorted, with its 95% replication interval; the 5–95%
 * range across worlds shaded and the median marked; against a base, a line at zero, and the worlds
 * in which the measure helps (interval beyond zero on the better side) drawn in colour.
 * @throws {RangeError} if the result has no such metric.
 * @example spreadChart(uncertainty, { metric: "directions.kg-to-kz.crossingHours", document }) // => <svg class="spread-chart">
 */
export function spreadChart(result: UncertaintyResult, options: SpreadChartOptions = {}): SVGSVGElement {
  const chart = "spreadChart";
  const metrics = Object.keys(result.metrics);
  const metric = options.metric ?? metrics[0] ?? "";
  const summary = result.metrics[metric];
  if (summary === undefined) throw new RangeError(`${chart}: the result has no metric "${metric}"; it has: ${metrics.join(", ")}`);
  const derived = metricLabel(metric);
  const worlds = result.worlds.map((w, i) => ({ index: i, estimate: w.metrics[metric] as Estimate }))
    .filter((w) => w.estimate !== undefined).sort((a, b) => a.estimate.mean - b.estimate.mean || a.index - b.index);
  const against = result.against !== undefined;
  const valueFormat = format(",.2f");
  const unit = derived.unit === "" ? "" : ` ${derived.unit}`;
  const what = against ? `${derived.label}: ${result.scenario} minus ${result.against}` : derived.label;
  const helps = summary.shareHelps;
  const resolved = resolveChartOptions(chart, options, {
    title: `${what} across ${result.samples} plausible worlds`,
    caption: `Each dot is one world drawn from the declared ranges of ${result.inputs.length} uncertain input${result.inputs.length === 1 ? "" : "s"} (Latin hypercube), ` +
      `with its 95% interval over ${result.replications} replications. The shaded band is the 5–95% range across worlds, ` +
      `${valueFormat(summary.p5)} to ${valueFormat(summary.p95)}${unit}; the median is ${valueFormat(summary.median)}${unit}.` +
      (helps === undefined ? "" : ` The measure helps (its interval is beyond zero on the better side) in ${Math.round(100 * helps)}% of the worlds, drawn in colour.`),
  });
  const axisLabel = `${what}${derived.unit === "" ? "" : ` (${derived.unit})`}`;
  const margin = { top: sideLabelHeight, right: 14, bottom: bottomAxisHeightFor(axisLabel, contentWidth(resolved.width)), left: leftMargin };
  const frame = chartFrame({
    ...resolved,
    className: "spread-chart",
    legend: [
      { label: helps === undefined ? "One plausible world" : "A world where it helps", color: okabeIto.blue, mark: "dot" },
      ...(helps === undefined ? [] : [{ label: "A world where it does not", color: ink.axis, mark: "dot" as const }]),
      { label: "5–95% of worlds", color: okabeIto.skyBlue, mark: "band" },
      { label: "Median", color: ink.text, mark: "dashed" },
      ...(against ? [{ label: "No change", color: ink.text, mark: "line" as const }] : []),
    ],
    margin,
    plotHeight: Math.max(1, worlds.length) * rowHeight,
  });
  const { plot, width, height } = frame;
  const lo = Math.min(...worlds.map((w) => estimateBottom(w.estimate)), against ? 0 : Infinity);
  const hi = Math.max(...worlds.map((w) => estimateTop(w.estimate)), against ? 0 : -Infinity);
  const x = scaleLinear().domain(lo === hi ? [lo - 1, hi + 1] : [lo, hi]).range([0, width]).nice();
  const y = scaleBand<number>().domain(worlds.map((w) => w.index)).range([0, height]).padding(0.2);
  const ticks = tickCount(width, 70, x);
  plot.append("rect").attr("class", "range-band").attr("x", x(summary.p5)).attr("width", Math.max(1, x(summary.p95) - x(summary.p5)))
    .attr("height", height).attr("fill", okabeIto.skyBlue).attr("opacity", 0.25);
  drawBottomAxis(plot, x, frame, margin, { label: axisLabel, format: x.tickFormat(ticks), ticks, grid: true });
  plot.append("text").attr("class", "axis-label").attr("x", -leftMargin).attr("y", -8).attr("font-size", 12).attr("fill", ink.text)
    .text("Worlds, sorted");
  const helpsIn = (e: Estimate): boolean => {
    if (helps === undefined || e.lo === null || e.hi === null) return false;
    return betterDirection(metric) === "higher" ? e.lo > 0 : e.hi < 0;
  };
  const marks = plot.append("g").attr("class", "worlds");
  for (const w of worlds) {
    const middle = (y(w.index) ?? 0) + y.bandwidth() / 2;
    const color = helps === undefined || helpsIn(w.estimate) ? okabeIto.blue : ink.axis;
    drawWhisker(marks, w.estimate, x, middle, "horizontal", color);
    const inputs = Object.entries(result.worlds[w.index]?.inputs ?? {}).map(([k, v]) => `${k} = ${format(",.4~g")(v)}`).join("; ");
    marks.append("circle").attr("class", "dot").attr("cx", x(w.estimate.mean)).attr("cy", middle).attr("r", 3).attr("fill", color)
      .append("title").text(`World ${w.index + 1}: ${describeEstimate(w.estimate, valueFormat)}${unit}. ${inputs}`);
  }
  plot.append("line").attr("class", "median-line").attr("x1", x(summary.median)).attr("x2", x(summary.median)).attr("y2", height)
    .attr("stroke", ink.text).attr("stroke-width", 1.5).attr("stroke-dasharray", "4 3");
  if (against) plot.append("line").attr("class", "zero-line").attr("x1", x(0)).attr("x2", x(0)).attr("y2", height).attr("stroke", ink.text).attr("stroke-width", 1.5);
  return frame.svg;
}
