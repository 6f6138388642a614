import { format, line, scaleLinear } from "d3";
import type { Estimate } from "../../src/stats/estimate.js";
import { bottomAxisHeight, drawBottomAxis, drawSideAxis, sideLabelLines, sideLabelsHeight, tickCount } from "./axes.js";
import { chartFrame, contentWidth } from "./chart-frame.js";
import { resolveChartOptions, type ChartOptions } from "./chart-options.js";
import type { LegendItem } from "./legend.js";
import { categoryColor, ink } from "./palette.js";
import { textWidth } from "./text-wrap.js";
import { describeEstimate, drawWhisker, estimateTop } from "./whisker.js";

/** One queue's waiting time against utilisation: what theory says, and what the simulation measured. */
export interface HockeyCurve {
  /** Such as "M/M/1 (cv = 1)". */
  readonly label: string;
  /** Analytic values along utilisation, drawn as a line; leave out points where theory has no value. */
  readonly theory: readonly { readonly x: number; readonly y: number }[];
  /** Simulated estimates at some utilisations, drawn as dots with their 95% intervals. */
  readonly simulated: readonly { readonly x: number; readonly estimate: Estimate }[];
}

/** Options of hockeyStickChart. */
export interface HockeyStickChartOptions extends ChartOptions {
  /** The y axis label with its unit. @default "Mean wait in line (time units)" */
  readonly yLabel?: string;
  /** The x axis label. @default "Utilisation ρ" */
  readonly xLabel?: string;
  /** Top of the y axis; theory lines that climb past it are cut there. @default 1.15 × the highest simulated interval */
  readonly yMax?: number;
  /** Utilisation of the live model, marked by a vertical line. */
  readonly highlight?: number;
  /** Height of the plot area in pixels when `height` is not given. @default 240 */
  readonly plotHeight?: number;
}

const value = format(",.3~r");

/**
 * Mean wait against utilisation for one or more queues: theory as lines, the simulation as dots with 95%
 * intervals, and the wall at ρ = 1 where the queue has no steady state. The "hockey stick": waits stay
 * small until utilisation nears one, then explode. Curves share the axes, so the cost of variability or the
 * gain of pooling is the gap between lines.
 * @throws {RangeError} if there are no curves, or a yMax that is not a positive number.
 * @example hockeyStickChart([{ label: "M/M/1", theory, simulated }], { document }) // => <svg class="hockey-stick-chart">
 */
export function hockeyStickChart(curves: readonly HockeyCurve[], options: HockeyStickChartOptions = {}): SVGSVGElement {
  const chart = "hockeyStickChart";
  if (curves.length === 0) throw new RangeError(`${chart}: curves must hold at least one curve`);
  if (options.yMax !== undefined && !(options.yMax > 0)) throw new RangeError(`${chart}: options.yMax must be a positive number, got ${options.yMax}`);
  const yLabel = options.yLabel ?? "Mean wait in line (time units)";
  const xLabel = options.xLabel ?? "Utilisation ρ";
  const resolved = resolveChartOptions(chart, options, {
    title: "Waiting explodes as utilisation nears one",
    caption: "Lines: queueing theory. Dots with whiskers: the simulation's mean and 95% interval at each utilisation. " +
      "At ρ = 1 the servers would have to be busy all the time; there is no steady state and the line grows without bound.",
  });
  const simulatedTop = Math.max(0, ...curves.flatMap((c) => c.simulated.map((s) => estimateTop(s.estimate))));
  const theoryTop = Math.max(0, ...curves.flatMap((c) => c.theory.filter((p) => p.x <= 0.9).map((p) => p.y)));
  const yMax = options.yMax ?? 1.15 * Math.max(simulatedTop, theoryTop, 1e-9);
  const y = scaleLinear().domain([0, yMax]).nice();
  const room = contentWidth(resolved.width) - 8;
  const yTicks = 6;
  const margin = {
    top: sideLabelsHeight([sideLabelLines(yLabel, "left", room)]),
    left: textWidth(y.tickFormat(yTicks, ",~r")(y.domain()[1] ?? 0), 11) + 14,
    right: 16,
    bottom: bottomAxisHeight,
  };
  const legend: LegendItem[] = curves.map((c, i) => ({ label: c.label, color: categoryColor(i), mark: "line" }));
  legend.push({ label: "simulated, 95% interval", color: ink.whisker, mark: "whisker" });
  const frame = chartFrame({ ...resolved, className: "hockey-stick-chart", legend, margin, plotHeight: options.plotHeight ?? 240 });
  const { plot, width, height } = frame;
  const x = scaleLinear().domain([0, 1]).range([0, width]);
  y.range([height, 0]);
  const top = y.domain()[1] ?? yMax;
  drawBottomAxis(plot, x, frame, margin, { label: xLabel, format: x.tickFormat(5, ".1f"), ticks: 5, grid: true });
  drawSideAxis(plot, y, frame, margin, { side: "left", room, label: yLabel, format: y.tickFormat(yTicks, ",~r"), ticks: tickCount(height, 40, y), grid: true });
  plot.append("line").attr("class", "wall").attr("x1", x(1)).attr("x2", x(1)).attr("y2", height).attr("stroke", ink.text)
    .attr("stroke-width", 1.5).attr("stroke-dasharray", "2 3");
  if (options.highlight !== undefined) {
    plot.append("line").attr("class", "highlight").attr("x1", x(options.highlight)).attr("x2", x(options.highlight)).attr("y2", height)
      .attr("stroke", ink.axis).attr("stroke-width", 6).attr("stroke-opacity", 0.25);
  }
  const path = line<{ x: number; y: number }>().x((p) => x(p.x)).y((p) => y(p.y));
  curves.forEach((curve, i) => {
    const color = categoryColor(i);
    const g = plot.append("g").attr("class", "curve").attr("data-label", curve.label);
    g.append("path").attr("class", "theory-line").attr("d", path(clipAt(curve.theory, top)) ?? "").attr("fill", "none")
      .attr("stroke", color).attr("stroke-width", 2.5);
    for (const s of curve.simulated) {
      const cx = x(s.x);
      drawWhisker(g, clampEstimate(s.estimate, top), y, cx, "vertical");
      g.append("circle").attr("class", "dot").attr("cx", cx).attr("cy", y(Math.min(s.estimate.mean, top))).attr("r", 4)
        .attr("fill", color).attr("stroke", ink.text).attr("stroke-width", 1)
        .append("title").text(`${curve.label} at ρ = ${value(s.x)}: ${describeEstimate(s.estimate, value)}`);
    }
  });
  return frame.svg;
}

/** The points of a rising line up to where it passes `top`, ending exactly at `top`. */
function clipAt(points: readonly { x: number; y: number }[], top: number): { x: number; y: number }[] {
  const kept: { x: number; y: number }[] = [];
  for (const p of points) {
    if (p.y <= top) {
      kept.push(p);
      continue;
    }
    const last = kept.at(-1);
    if (last !== undefined && p.y > last.y) kept.push({ x: last.x + ((top - last.y) / (p.y - last.y)) * (p.x - last.x), y: top });
    break;
  }
  return kept;
}

/** An interval cut at `top`, so a whisker running off the chart stops at its edge. */
function clampEstimate(e: Estimate, top: number): Estimate {
  return { mean: Math.min(e.mean, top), halfWidth: e.halfWidth, lo: e.lo === null ? null : Math.min(e.lo, top), hi: e.hi === null ? null : Math.min(e.hi, top) };
}
