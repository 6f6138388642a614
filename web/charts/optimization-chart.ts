import { format, max, min, scaleLinear } from "d3";
import type { EvaluatedConfiguration, OptimizationResult } from "../../src/scenario/study/optimize/optimization-result.js";
import { bottomAxisHeight, drawBottomAxis, drawSideAxis, sideLabelLines, sideLabelsHeight, tickCount } from "./axes.js";
import { chartFrame, contentWidth } from "./chart-frame.js";
import { resolveChartOptions, type ChartOptions } from "./chart-options.js";
import { feasibleFrontier } from "./feasible-frontier.js";
import { metricLabel, withUnit } from "./labels.js";
import type { LegendItem } from "./legend.js";
import { ink, okabeIto } from "./palette.js";
import { textWidth } from "./text-wrap.js";
import { describeEstimate, drawWhisker, estimateBottom, estimateTop } from "./whisker.js";

/** Options of optimizationChart. */
export interface OptimizationChartOptions extends ChartOptions {
  /** Dotted path of the metric on the vertical axis, one the result reports. @default the first metric of the evaluated configurations */
  readonly metric?: string;
  /** The constraint on that metric, drawn as a dashed line: its `max` or its `min` (in the metric's unit). @default none drawn */
  readonly target?: { readonly max?: number; readonly min?: number };
  /** The metric's name in labels. @default derived from the path */
  readonly label?: string;
  /** The metric's unit in labels. @default derived from the path */
  readonly unit?: string;
  /** What the cost is counted in, for the horizontal axis, such as "k$/year". @default none */
  readonly costUnit?: string;
  /** Height of the plot area in pixels when `height` is not given. @default 280 */
  readonly plotHeight?: number;
}

/** The colours of the chart's three kinds of configuration. */
export const optimizationColors = { chosen: okabeIto.vermillion, feasible: okabeIto.bluishGreen, infeasible: ink.axis, frontier: okabeIto.blue } as const;

const valueFormat = format(",.2~f");
const costFormat = format(",.6~r");
const inset = 12;

/**
 * Every configuration an optimisation tried, as cost against one metric: each point is a configuration at
 * its cost and the metric's mean, with a whisker for the 95% interval. Feasible configurations are filled,
 * infeasible ones hollow, the chosen one larger and in its own colour; a line joins the feasible frontier
 * (the feasible configurations that no cheaper feasible one beats on the metric), and a dashed line marks the target.
 * @throws {RangeError} for a result with no evaluated configurations, or a metric the result does not report.
 * @example optimizationChart(result, { metric: "directions.kg-to-kz.crossingHours.p95", target: { max: 12 }, document }) // => <svg class="optimization-chart">
 */
export function optimizationChart(result: OptimizationResult, options: OptimizationChartOptions): SVGSVGElement {
  const chart = "optimizationChart";
  const evaluated = result.evaluated;
  const first = evaluated[0];
  if (first === undefined) throw new RangeError(`${chart}: the result has no evaluated configurations`);
  const metric = options.metric ?? Object.keys(first.metrics)[0];
  if (metric === undefined || first.metrics[metric] === undefined) {
    throw new RangeError(`${chart}: metric ${JSON.stringify(metric)} is not reported by the result (known: ${Object.keys(first.metrics).join(", ")})`);
  }
  const estimates = evaluated.map((c) => {
    const e = c.metrics[metric];
    if (e === undefined) throw new RangeError(`${chart}: a configuration does not report metric "${metric}"`);
    return e;
  });
  const derived = metricLabel(metric);
  const label = options.label ?? derived.label;
  const unit = options.unit ?? derived.unit;
  const limit = options.target?.max ?? options.target?.min;
  const better = options.target?.min !== undefined ? "higher" : "lower";
  const frontier = feasibleFrontier(evaluated.map((c, i) => ({ cost: c.cost, value: (estimates[i] as { mean: number }).mean, feasible: c.feasible })), better);
  const feasibleCount = evaluated.filter((c) => c.feasible).length;
  const chosen = evaluated.findIndex((c) => c.status === "chosen");
  const costLabel = options.costUnit === undefined || options.costUnit === "" ? "Cost" : `Cost (${options.costUnit})`;
  const targetText = limit === undefined ? "" : options.target?.max !== undefined ? `≤ ${valueFormat(limit)}` : `≥ ${valueFormat(limit)}`;

  const resolved = resolveChartOptions(chart, options, {
    title: `${evaluated.length} configurations tried: cost against ${lowerFirst(label)}`,
    caption: `Each point is a configuration: its cost and the mean ${lowerFirst(withUnit(label, unit))} over its replications, with a whisker for the 95% interval. ` +
      `${feasibleCount} of ${evaluated.length} meet every constraint (filled); the others do not (hollow). ` +
      (chosen >= 0 ? "The larger point is the one chosen. " : "None was chosen. ") +
      (frontier.length > 0 ? `The line joins the feasible frontier: the feasible configurations that no cheaper feasible one beats on this metric (${better} is better). ` : "") +
      (limit === undefined ? "" : `The dashed line is the target (${targetText}).`),
  });
  const lows = estimates.map(estimateBottom);
  const highs = estimates.map(estimateTop);
  const yLo = Math.min(min(lows) ?? 0, limit ?? Infinity);
  const yHi = Math.max(max(highs) ?? 1, limit ?? -Infinity);
  const y = scaleLinear().domain(yLo === yHi ? [yLo - 1, yHi + 1] : [Math.min(0, yLo), yHi]).nice();
  const costs = evaluated.map((c) => c.cost);
  const cLo = min(costs) ?? 0;
  const cHi = max(costs) ?? 1;
  const x = scaleLinear().domain(cLo === cHi ? [cLo - 1, cHi + 1] : [cLo, cHi]);
  const yTicks = 6;
  const yLabel = withUnit(label, unit);
  const room = contentWidth(resolved.width);
  const margin = {
    top: sideLabelsHeight([sideLabelLines(yLabel, "left", room)]),
    right: 16,
    bottom: bottomAxisHeight,
    left: textWidth(y.tickFormat(yTicks, ",f")(y.domain()[1] ?? 0), 11) + 14,
  };
  const legend: LegendItem[] = [
    ...(chosen >= 0 ? [{ label: "Chosen", color: optimizationColors.chosen, mark: "dot" } as const] : []),
    ...(feasibleCount > 0 ? [{ label: "Feasible", color: optimizationColors.feasible, mark: "dot" } as const] : []),
    { label: "Infeasible", color: optimizationColors.infeasible, mark: "ring" },
    ...(frontier.length > 0 ? [{ label: "Feasible frontier", color: optimizationColors.frontier, mark: "line" } as const] : []),
    ...(limit === undefined ? [] : [{ label: `Target ${targetText}`, color: ink.text, mark: "dashed" } as const]),
    { label: "95% interval", color: ink.whisker, mark: "whisker" },
  ];
  const frame = chartFrame({ ...resolved, className: "optimization-chart", legend, margin, plotHeight: options.plotHeight ?? 280 });
  const { plot, width, height } = frame;
  y.range([height, 0]);
  x.range([inset, width - inset]).nice();
  const xTicks = tickCount(width, 80, x);
  drawBottomAxis(plot, x, frame, margin, { label: costLabel, format: x.tickFormat(xTicks, ",f"), ticks: xTicks, grid: true });
  drawSideAxis(plot, y, frame, margin, { side: "left", room, label: yLabel, format: y.tickFormat(yTicks, ",f"), ticks: yTicks, grid: true });

  if (limit !== undefined) {
    const at = y(limit);
    plot.append("line").attr("class", "target").attr("x1", 0).attr("x2", width).attr("y1", at).attr("y2", at)
      .attr("stroke", ink.text).attr("stroke-width", 1.5).attr("stroke-dasharray", "6 4");
  }
  if (frontier.length > 0) {
    const path = frontier.map((i, k) => {
      const px = x(costs[i] as number);
      const py = y((estimates[i] as { mean: number }).mean);
      return k === 0 ? `M${px},${py}` : `H${px}V${py}`;
    }).join("");
    plot.append("path").attr("class", "frontier").attr("d", path).attr("fill", "none")
      .attr("stroke", optimizationColors.frontier).attr("stroke-width", 2);
  }
  const marks = plot.append("g").attr("class", "configurations");
  // The chosen configuration is drawn last so that no other point covers it.
  const order = evaluated.map((_, i) => i).sort((a, b) => Number(a === chosen) - Number(b === chosen));
  for (const i of order) {
    const c = evaluated[i] as EvaluatedConfiguration;
    const e = estimates[i] as (typeof estimates)[number];
    const color = i === chosen ? optimizationColors.chosen : c.feasible ? optimizationColors.feasible : optimizationColors.infeasible;
    const g = marks.append("g").attr("class", `configuration ${c.status}`);
    drawWhisker(g, e, (v) => y(v), x(c.cost), "vertical", color);
    g.append("circle").attr("class", "point").attr("cx", x(c.cost)).attr("cy", y(e.mean)).attr("r", i === chosen ? 7 : 4.5)
      .attr("fill", c.feasible ? color : ink.background).attr("stroke", i === chosen ? ink.text : color).attr("stroke-width", 1.5)
      .append("title").text(`${decisionsText(c.decisions)}: cost ${costFormat(c.cost)}; ${label} ${describeEstimate(e, valueFormat)} ${unit}; ${c.status}`.replace(/ ;/, ";"));
  }
  return frame.svg;
}

function decisionsText(decisions: Readonly<Record<string, number>>): string {
  return Object.entries(decisions).map(([p, v]) => `${p} = ${v}`).join(", ");
}

/** "Crossing time, ..." becomes "crossing time, ..." inside a sentence; "KZ ..." keeps its acronym. */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
