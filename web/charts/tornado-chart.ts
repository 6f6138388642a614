import { format, scaleBand, scaleLinear } from "d3";
import type { OatEffect, SensitivityResult } from "../../src/scenario/study/analysis/sensitivity.js";
import { bottomAxisHeightFor, drawBottomAxis, sideLabelHeight, tickCount } from "./axes.js";
import { chartFrame, contentWidth } from "./chart-frame.js";
import { resolveChartOptions, type ChartOptions } from "./chart-options.js";
import { metricLabel } from "./labels.js";
import { ink, okabeIto } from "./palette.js";
import { drawScenarioAxis, scenarioLabels } from "./scenario-axis.js";
import { describeEstimate, drawWhisker, estimateBottom, estimateTop } from "./whisker.js";

/** Options of tornadoChart. */
export interface TornadoChartOptions extends ChartOptions {
  /** Dotted path of the metric, one of the result's metrics. @default the result's first metric */
  readonly metric?: string;
  /** Readable names of the inputs by path. @default the paths themselves */
  readonly inputLabels?: Readonly<Record<string, string>>;
  /** Most inputs drawn, the most influential first. @default all */
  readonly limit?: number;
}

const rowHeight = 30;
/** The colours of an input's low and high ends (Okabe–Ito, distinct under colour blindness). */
const lowColor = okabeIto.skyBlue;
const highColor = okabeIto.vermillion;

/**
 * A tornado of a one-at-a-time sensitivity result: for each input, most influential at the top, a
 * bar from the nominal value to the metric with the input at its low value and one to its high
 * value, each end with its 95% replication interval; inputs whose swing cannot be told from
 * replication noise are drawn pale and say so.
 * @throws {RangeError} if the result is not one-at-a-time, or has no such metric.
 * @example tornadoChart(sensitivity, { metric: "directions.kg-to-kz.crossingHours", document }) // => <svg class="tornado-chart">
 */
export function tornadoChart(result: SensitivityResult, options: TornadoChartOptions = {}): SVGSVGElement {
  const chart = "tornadoChart";
  if (result.method !== "oat" || result.nominal === undefined) throw new RangeError(`${chart}: needs a one-at-a-time result (method "oat"), got "${result.method}"`);
  const metric = options.metric ?? result.metrics[0] ?? "";
  const nominal = result.nominal[metric];
  if (nominal === undefined) throw new RangeError(`${chart}: the result has no metric "${metric}"; it has: ${result.metrics.join(", ")}`);
  const derived = metricLabel(metric);
  const effect = (i: (typeof result.inputs)[number]): OatEffect => i.effects[metric] as OatEffect;
  const rows = [...result.inputs].sort((a, b) => Math.abs(effect(b).swing) - Math.abs(effect(a).swing)).slice(0, options.limit ?? result.inputs.length);
  const rangeFormat = format(",.4~g");
  const name = (input: (typeof result.inputs)[number]): string => `${options.inputLabels?.[input.path] ?? input.path} (${rangeFormat(input.low)}–${rangeFormat(input.high)})`;
  const valueFormat = format(",.2f");
  const what = result.against === undefined ? derived.label : `${derived.label}: ${result.scenario} minus ${result.against}`;
  const resolved = resolveChartOptions(chart, options, {
    title: `What moves ${what.charAt(0).toLowerCase()}${what.slice(1)}`,
    caption: `Each declared uncertain input at its low and at its high value, the others at their nominal values; ` +
      `the line is the value with every input nominal, ${valueFormat(nominal.mean)}${derived.unit === "" ? "" : ` ${derived.unit}`}. ` +
      `Whiskers are 95% intervals over ${result.replications} replications; pale bars are within replication noise.`,
  });
  const labels = scenarioLabels(rows.map(name), resolved.width);
  const axisLabel = derived.unit === "" ? what : `${what} (${derived.unit})`;
  const margin = { top: sideLabelHeight, right: 14, bottom: bottomAxisHeightFor(axisLabel, contentWidth(resolved.width)), left: labels.margin };
  const frame = chartFrame({
    ...resolved,
    className: "tornado-chart",
    legend: [
      { label: "Input at its low value", color: lowColor, mark: "swatch" },
      { label: "Input at its high value", color: highColor, mark: "swatch" },
      { label: "95% interval", color: ink.whisker, mark: "whisker" },
      { label: "Every input nominal", color: ink.text, mark: "line" },
    ],
    margin,
    plotHeight: Math.max(1, rows.length) * Math.max(rowHeight, labels.tallest + 8),
  });
  const { plot, width, height } = frame;
  const ends = rows.flatMap((r) => [effect(r).atLow, effect(r).atHigh]);
  const lo = Math.min(nominal.mean, ...ends.map(estimateBottom));
  const hi = Math.max(nominal.mean, ...ends.map(estimateTop));
  const x = scaleLinear().domain(lo === hi ? [lo - 1, hi + 1] : [lo, hi]).range([0, width]).nice();
  const y = scaleBand<string>().domain(rows.map(name)).range([0, height]).padding(0.25);
  const ticks = tickCount(width, 70, x);
  drawBottomAxis(plot, x, frame, margin, { label: axisLabel, format: x.tickFormat(ticks), ticks, grid: true });
  drawScenarioAxis(plot, y, labels, "Uncertain input (low–high)");
  const marks = plot.append("g").attr("class", "inputs");
  for (const r of rows) {
    const e = effect(r);
    const top = y(name(r)) ?? 0;
    const band = y.bandwidth();
    const g = marks.append("g").attr("class", e.withinNoise === true ? "input within-noise" : "input").attr("opacity", e.withinNoise === true ? 0.45 : 1);
    for (const [end, estimate, color, value] of [["low", e.atLow, lowColor, r.low], ["high", e.atHigh, highColor, r.high]] as const) {
      const a = x(nominal.mean);
      const b = x(estimate.mean);
      g.append("rect").attr("class", `bar ${end}`).attr("x", Math.min(a, b)).attr("width", Math.max(1, Math.abs(b - a)))
        .attr("y", top + (end === "low" ? 0 : band / 2)).attr("height", band / 2).attr("fill", color)
        .append("title").text(`${name(r)} at its ${end} value ${value}: ${describeEstimate(estimate, valueFormat)} ${derived.unit}`.trimEnd());
      drawWhisker(g, estimate, x, top + (end === "low" ? band / 4 : (3 * band) / 4), "horizontal");
    }
    if (e.withinNoise === true) {
      g.append("text").attr("class", "noise-note").attr("x", width).attr("y", top + band / 2 + 4).attr("text-anchor", "end")
        .attr("font-size", 10).attr("fill", ink.muted).text("within noise");
    }
  }
  plot.append("line").attr("class", "nominal-line").attr("x1", x(nominal.mean)).attr("x2", x(nominal.mean)).attr("y2", height)
    .attr("stroke", ink.text).attr("stroke-width", 1.5);
  return frame.svg;
}
