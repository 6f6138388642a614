import { format, max, min, scaleLinear } from "d3";
import { bottomAxisHeight, drawBottomAxis, drawSideAxis, sideLabelLines, sideLabelsHeight, tickCount } from "./axes.js";
import { chartFrame, contentWidth } from "./chart-frame.js";
import { resolveChartOptions, type ChartOptions } from "./chart-options.js";
import { categoryColor, ink } from "./palette.js";

/** What qqChart draws: observed quantiles against the quantiles of a reference at the same probabilities. */
export interface QqData {
  /** The reference in words, such as "lognormal (mean 4.6, cv 0.30)" or "the simulated crossing times". */
  readonly reference: string;
  /** Label of the observed values, such as "X-ray scan (minutes)". */
  readonly observedLabel: string;
  /** Label of the reference values, such as "Fitted lognormal (minutes)". */
  readonly referenceLabel: string;
  readonly points: readonly { readonly reference: number; readonly observed: number }[];
}

/**
 * A Q–Q plot: each observed quantile against the reference's quantile at the same probability, with
 * the line y = x on which the points lie when the reference describes the records. Points above the
 * line at the right mean the records' tail is longer than the reference's.
 * @throws {RangeError} for fewer than two points or a point that is not finite.
 * @example qqChart({ reference: "lognormal", observedLabel: "Scan (minutes)", referenceLabel: "Lognormal (minutes)", points }, { document }) // => <svg class="qq-chart">
 */
export function qqChart(data: QqData, options: ChartOptions = {}): SVGSVGElement {
  const chart = "qqChart";
  if (data.points.length < 2 || data.points.some((p) => !Number.isFinite(p.reference) || !Number.isFinite(p.observed))) {
    throw new RangeError(`${chart}: points must hold at least two pairs of finite numbers, got ${data.points.length}`);
  }
  const resolved = resolveChartOptions(chart, options, {
    title: `Q–Q plot against ${data.reference}`,
    caption: "Each dot is an observed quantile against the same quantile of the reference; on the dashed line y = x they agree. " +
      "Dots above the line at the right mean a longer tail in the records, below it a shorter one.",
  });
  const all = data.points.flatMap((p) => [p.reference, p.observed]);
  const domain: [number, number] = [Math.min(0, min(all) ?? 0), max(all) ?? 1];
  const room = contentWidth(resolved.width);
  const margin = { top: sideLabelsHeight([sideLabelLines(data.observedLabel, "left", room)]), right: 20, bottom: bottomAxisHeight, left: 52 };
  const frame = chartFrame({
    ...resolved,
    className: "qq-chart",
    legend: [{ label: "Quantiles", color: categoryColor(0), mark: "dot" }, { label: "y = x", color: ink.text, mark: "dashed" }],
    margin,
    plotHeight: 240,
  });
  const { plot, width, height } = frame;
  const x = scaleLinear().domain(domain).nice().range([0, width]);
  const y = scaleLinear().domain(x.domain()).range([height, 0]);
  const xTicks = tickCount(width, 60);
  const yTicks = tickCount(height, 40);
  drawBottomAxis(plot, x, frame, margin, { label: data.referenceLabel, format: x.tickFormat(xTicks, ",~f"), ticks: xTicks, grid: false });
  drawSideAxis(plot, y, frame, margin, { side: "left", room, label: data.observedLabel, format: y.tickFormat(yTicks, ",~f"), ticks: yTicks, grid: true });
  const [d0, d1] = x.domain() as [number, number];
  plot.append("line").attr("class", "diagonal").attr("x1", x(d0)).attr("y1", y(d0)).attr("x2", x(d1)).attr("y2", y(d1))
    .attr("stroke", ink.text).attr("stroke-dasharray", "4 3");
  const value = format(",.3~f");
  const dots = plot.append("g").attr("class", "quantiles");
  for (const p of data.points) {
    dots.append("circle").attr("class", "quantile").attr("cx", x(p.reference)).attr("cy", y(p.observed)).attr("r", 2.5).attr("fill", categoryColor(0))
      .append("title").text(`reference ${value(p.reference)}, observed ${value(p.observed)}`);
  }
  return frame.svg;
}
