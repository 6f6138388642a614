import { area, format, max, min, scaleLinear } from "d3";
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
  /**
   * The quantiles, in increasing order of probability. `lo` and `hi`, when every point has them, are the
   * interval in which the observed quantile falls if the reference is right (for a check against
   * simulated runs, the 95% prediction interval of one period's quantile); they are drawn as a band.
   */
  readonly points: readonly QqChartPoint[];
  /** What the band is, for the legend. @default "95% prediction interval" */
  readonly bandLabel?: string;
}

/** One Q–Q point: the reference's and the observed quantile at the same probability, and optionally where the observed one should fall. */
export interface QqChartPoint {
  readonly reference: number;
  readonly observed: number;
  readonly lo?: number;
  readonly hi?: number;
}

/**
 * A Q–Q plot: each observed quantile against the reference's quantile at the same probability, with
 * the line y = x on which the points lie when the reference describes the records. Points above the
 * line at the right mean the records' tail is longer than the reference's. When every point carries
 * `lo` and `hi`, a shaded band shows them (clipped to the plot, whose scale the points set).
 * @throws {RangeError} for fewer than two points, a point that is not finite, or a band end that is not finite or lies above its other end.
 * @example qqChart({ reference: "lognormal", observedLabel: "Scan (minutes)", referenceLabel: "Lognormal (minutes)", points }, { document }) // => <svg class="qq-chart">
 */
export function qqChart(data: QqData, options: ChartOptions = {}): SVGSVGElement {
  const chart = "qqChart";
  if (data.points.length < 2 || data.points.some((p) => !Number.isFinite(p.reference) || !Number.isFinite(p.observed))) {
    throw new RangeError(`${chart}: points must hold at least two pairs of finite numbers, got ${data.points.length}`);
  }
  const band = data.points.every((p) => p.lo !== undefined && p.hi !== undefined);
  const badBand = band ? data.points.findIndex((p) => !Number.isFinite(p.lo) || !Number.isFinite(p.hi) || (p.lo as number) > (p.hi as number)) : -1;
  if (badBand >= 0) {
    const p = data.points[badBand] as QqChartPoint;
    throw new RangeError(`${chart}: points[${badBand}] must have finite lo <= hi, got lo ${p.lo}, hi ${p.hi}`);
  }
  const resolved = resolveChartOptions(chart, options, {
    title: `Q–Q plot against ${data.reference}`,
    caption: "Each dot is an observed quantile against the same quantile of the reference; on the dashed line y = x they agree. " +
      (band ? "The shaded band is where each observed quantile falls 95% of the time if the reference is right (each on its own, so a few dots outside it are expected by chance). " : "") +
      "Dots above the line at the right mean a longer tail in the records, below it a shorter one.",
  });
  const all = data.points.flatMap((p) => [p.reference, p.observed]);
  const domain: [number, number] = [Math.min(0, min(all) ?? 0), max(all) ?? 1];
  const room = contentWidth(resolved.width);
  const margin = { top: sideLabelsHeight([sideLabelLines(data.observedLabel, "left", room)]), right: 20, bottom: bottomAxisHeight, left: 52 };
  const frame = chartFrame({
    ...resolved,
    className: "qq-chart",
    legend: [
      { label: "Quantiles", color: categoryColor(0), mark: "dot" },
      ...(band ? [{ label: data.bandLabel ?? "95% prediction interval", color: categoryColor(0), mark: "band" as const }] : []),
      { label: "y = x", color: ink.text, mark: "dashed" },
    ],
    margin,
    plotHeight: 240,
  });
  const { plot, width, height } = frame;
  const x = scaleLinear().domain(domain).nice().range([0, width]);
  const y = scaleLinear().domain(x.domain()).range([height, 0]);
  const xTicks = tickCount(width, 60, x);
  const yTicks = tickCount(height, 40, y);
  drawBottomAxis(plot, x, frame, margin, { label: data.referenceLabel, format: x.tickFormat(xTicks, ",~f"), ticks: xTicks, grid: false });
  drawSideAxis(plot, y, frame, margin, { side: "left", room, label: data.observedLabel, format: y.tickFormat(yTicks, ",~f"), ticks: yTicks, grid: true });
  const [d0, d1] = x.domain() as [number, number];
  if (band) {
    const clamp = (v: number): number => Math.max(d0, Math.min(d1, v));
    const shape = area<QqChartPoint>().x((p) => x(p.reference)).y0((p) => y(clamp(p.lo as number))).y1((p) => y(clamp(p.hi as number)));
    plot.append("path").attr("class", "band").attr("d", shape(data.points) ?? "").attr("fill", categoryColor(0)).attr("fill-opacity", 0.2);
  }
  plot.append("line").attr("class", "diagonal").attr("x1", x(d0)).attr("y1", y(d0)).attr("x2", x(d1)).attr("y2", y(d1))
    .attr("stroke", ink.text).attr("stroke-dasharray", "4 3");
  const value = format(",.3~f");
  const dots = plot.append("g").attr("class", "quantiles");
  for (const p of data.points) {
    dots.append("circle").attr("class", "quantile").attr("cx", x(p.reference)).attr("cy", y(p.observed)).attr("r", 2.5).attr("fill", categoryColor(0))
      .append("title").text(`reference ${value(p.reference)}, observed ${value(p.observed)}${band ? `, interval ${value(p.lo as number)} to ${value(p.hi as number)}` : ""}`);
  }
  return frame.svg;
}
