import { format, max, min, scaleBand, scaleLinear } from "d3";
import type { ComparisonResult, Difference } from "../../src/scenario/study/study-result.js";
import { bottomAxisHeightFor, drawBottomAxis, sideLabelHeight, tickCount } from "./axes.js";
import { chartFrame, contentWidth } from "./chart-frame.js";
import { resolveChartOptions, type ChartOptions } from "./chart-options.js";
import { oneReplicationNote } from "./grouped-bars.js";
import { metricLabel } from "./labels.js";
import { getEstimate } from "./metric-path.js";
import { ink } from "./palette.js";
import { drawScenarioAxis, scenarioLabels } from "./scenario-axis.js";
import { textWidth } from "./text-wrap.js";
import { describeEstimate, drawWhisker, estimateBottom, estimateTop } from "./whisker.js";

/** Options of differenceChart. */
export interface DifferenceChartOptions extends ChartOptions {
  /** Dotted path of the compared metric, such as "directions.kg-to-kz.crossingHours". */
  readonly metric: string;
  /** The metric's name in labels. @default derived from the path, such as "Crossing time, Kyrgyzstan → Kazakhstan" */
  readonly label?: string;
  /** The metric's unit in labels, such as "hours". @default derived from the path; none for unknown metrics */
  readonly unit?: string;
}

const rowHeight = 30;

/**
 * The paired difference of each scenario against the baseline (the comparison's first result) in one metric:
 * a dot at the mean difference with its 95% interval, and a line at zero (no change).
 * @throws {RangeError} for an unknown metric path, or a metric the comparison has no differences for.
 * @example differenceChart(comparison, { metric: "directions.kg-to-kz.crossingHours", document }) // => <svg class="difference-chart">
 */
export function differenceChart(comparison: ComparisonResult, options: DifferenceChartOptions): SVGSVGElement {
  const chart = "differenceChart";
  const baseline = comparison.results[0];
  if (baseline === undefined) throw new RangeError(`${chart}: comparison.results must hold the baseline and at least one scenario`);
  const derived = metricLabel(options.metric);
  const label = options.label ?? derived.label;
  const unit = options.unit ?? derived.unit;
  const base = getEstimate(baseline, options.metric);
  const rows = differencesOf(chart, comparison, options.metric);
  // Enough decimals for the largest difference to show two significant digits (a ratio's 0.04 is not "+0.0"),
  // and no sign on a value that rounds to zero (not "−0.0").
  const largest = Math.max(0, ...rows.map((d) => Math.abs(d.mean)));
  const digits = largest >= 1 ? 1 : largest >= 0.1 ? 2 : 3;
  const signedFormat = format(`+,.${digits}f`);
  const valueFormat = (v: number): string => (Math.abs(v) < 0.5 * 10 ** -digits ? format(`,.${digits}f`)(0) : signedFormat(v));
  const baseFormat = format(",.1f");
  const hasSingle = rows.some((d) => d.lo === null || d.hi === null);

  const resolved = resolveChartOptions(chart, options, {
    title: `${label}: change against ${baseline.scenario}`,
    caption: `Each scenario minus ${baseline.scenario} (the first scenario), whose mean is ${baseFormat(base.mean)}` +
      `${unit === "" ? "" : ` ${unit}`}. Negative means less than ${baseline.scenario}. ` +
      "Whiskers are 95% intervals of the paired differences; common random numbers (every scenario meets the same trucks) make them narrow.",
  });
  const labels = scenarioLabels(rows.map((d) => d.scenario), resolved.width);
  const lo = Math.min(0, min(rows, estimateBottom) ?? 0);
  const hi = Math.max(0, max(rows, estimateTop) ?? 0);
  // Each value is written above its dot, where it cannot be read as an end of the whisker (beside the whisker's
  // far end, "−2.2" read as the lower bound); the scale leaves half a label's room at each end.
  const room = Math.max(...rows.map((d) => textWidth(valueFormat(d.mean), 11))) / 2 + 4;
  const inset = { left: room, right: room };
  const axisLabel = unit === "" ? `Difference from ${baseline.scenario}` : `Difference from ${baseline.scenario} (${unit})`;
  const margin = { top: sideLabelHeight, right: 14, bottom: bottomAxisHeightFor(axisLabel, contentWidth(resolved.width)), left: labels.margin };
  const frame = chartFrame({
    ...resolved,
    caption: resolved.caption + (hasSingle ? oneReplicationNote : ""),
    className: "difference-chart",
    legend: [
      { label: "Mean difference", color: ink.text, mark: "dot" },
      { label: "95% interval", color: ink.whisker, mark: "whisker" },
      { label: `No change from ${baseline.scenario}`, color: ink.text, mark: "line" },
    ],
    margin,
    plotHeight: rows.length * Math.max(rowHeight, labels.tallest + 8),
  });
  const { plot, width, height } = frame;
  const x = scaleLinear().domain(lo === hi ? [-1, 1] : [lo, hi]).range([inset.left, width - inset.right]).nice();
  const y = scaleBand<string>().domain(rows.map((d) => d.scenario)).range([0, height]).padding(0);
  const ticks = tickCount(width, 70, x);
  const signed = x.tickFormat(ticks, "+,f");
  const tickLabel = (v: number | { valueOf(): number }): string => (v.valueOf() === 0 ? "0" : signed(v));
  drawBottomAxis(plot, x, frame, margin, { label: axisLabel, format: tickLabel, ticks, grid: true });
  drawScenarioAxis(plot, y, labels, "Scenario");
  plot.append("line").attr("class", "zero-line").attr("x1", x(0)).attr("x2", x(0)).attr("y2", height)
    .attr("stroke", ink.text).attr("stroke-width", 1.5);
  const marks = plot.append("g").attr("class", "differences");
  for (const d of rows) {
    const middle = (y(d.scenario) ?? 0) + y.bandwidth() / 2;
    drawWhisker(marks, d, x, middle, "horizontal");
    marks.append("circle").attr("class", "dot").attr("cx", x(d.mean)).attr("cy", middle).attr("r", 4.5).attr("fill", ink.text)
      .append("title").text(`${d.scenario} minus ${baseline.scenario}: ${describeEstimate(d, valueFormat)} ${unit}`.trimEnd());
    marks.append("text").attr("class", "value").attr("x", x(d.mean)).attr("y", middle - 8)
      .attr("text-anchor", "middle").attr("font-size", 11).attr("fill", ink.text)
      .text(valueFormat(d.mean));
  }
  return frame.svg;
}

/** The differences in `metric`, in the order of the comparison's scenarios. */
function differencesOf(chart: string, comparison: ComparisonResult, metric: string): Difference[] {
  const rows = comparison.differences.filter((d) => d.metric === metric);
  if (rows.length === 0) {
    const known = [...new Set(comparison.differences.map((d) => d.metric))];
    throw new RangeError(`${chart}: the comparison has no differences in "${metric}"; it has: ${known.join(", ") || "none"}`);
  }
  const order = new Map(comparison.results.map((r, i) => [r.scenario, i]));
  return rows.sort((a, b) => (order.get(a.scenario) ?? Infinity) - (order.get(b.scenario) ?? Infinity));
}
