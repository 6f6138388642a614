import { format, max, min, scaleBand, scaleQuantize } from "d3";
import type { Estimate } from "../../src/stats/estimate.js";
import type { SweepResult } from "../../src/scenario/study/study-result.js";
import { bottomAxisHeightFor, drawBottomAxis, drawSideAxis, sideLabelLines, sideLabelsHeight } from "./axes.js";
import { chartFrame, contentWidth } from "./chart-frame.js";
import { resolveChartOptions, type ChartOptions } from "./chart-options.js";
import { contrastRatio } from "./contrast.js";
import { metricLabel, valueFloor, withUnit } from "./labels.js";
import { getEstimate } from "./metric-path.js";
import { ink } from "./palette.js";
import { textWidth } from "./text-wrap.js";

/** A value one lever of a sweep took. */
export type GridValue = number | string | boolean;

/**
 * A sweep of two levers: one sweep of the first lever (the columns) at each value of the second (the
 * rows). Each sweep is what `borderflow sweep FILE --set FIRST=V1,V2,... --set SECOND=value` gives.
 */
export interface SweepGrid {
  /** The first lever's path and values, the grid's columns. */
  readonly columns: { readonly parameter: string; readonly values: readonly GridValue[] };
  /** The second lever's path and values, the grid's rows. */
  readonly rows: { readonly parameter: string; readonly values: readonly GridValue[] };
  /** One sweep of the first lever per value of the second, in the rows' order. */
  readonly sweeps: readonly SweepResult[];
}

/** Options of sweepGridChart. */
export interface SweepGridChartOptions extends ChartOptions {
  /** Dotted path of the metric drawn, such as "directions.kg-to-kz.crossingHours". */
  readonly metric: string;
  /** The metric's name in labels. @default derived from the path */
  readonly label?: string;
  /** The metric's unit in labels. @default derived from the path; none for unknown metrics */
  readonly unit?: string;
  /** The first lever's name (columns), with its unit. @default its path */
  readonly columnLabel?: string;
  /** The second lever's name (rows), with its unit. @default its path */
  readonly rowLabel?: string;
}

/**
 * Five steps of one blue, light to dark, whose lightness falls at every step (ColorBrewer's Blues), so
 * the classes stay apart printed in grey; the numbers in the cells carry the exact values.
 */
const classes = ["#deebf7", "#9ecae1", "#4292c6", "#2171b5", "#08306b"] as const;
const valueFormat = format(",.3~r");
const halfFormat = format(",.2~r");
/** Cells shorter than this (pixels) show the mean only, not its interval's half-width under it. */
const twoLineHeight = 34;
/** Text smaller than this (pixels) is not drawn: the cell's tooltip and the CSV still hold the number. */
const smallestFont = 8;

/**
 * A heat map of one metric over a two-lever sweep: a cell per combination, shaded by its mean in five
 * classes of one hue (darker for more) with the mean written in it (and ± the 95% half-width when the
 * cell has room), the first lever across and the second up; the legend gives each shade's range.
 * Chosen over small multiples because a planner reads the trade-off between two levers off one grid,
 * and written numbers survive greyscale printing where shades alone would not.
 * @throws {RangeError} for an empty grid, a sweep per row missing, a row whose values are not the
 *   columns', or an unknown metric path.
 * @example sweepGridChart(grid, { metric: "directions.kg-to-kz.crossingHours", document }) // => <svg class="sweep-grid-chart">
 */
export function sweepGridChart(grid: SweepGrid, options: SweepGridChartOptions): SVGSVGElement {
  const chart = "sweepGridChart";
  const { columns, rows, sweeps } = grid;
  if (columns.values.length === 0 || rows.values.length === 0) throw new RangeError(`${chart}: the grid needs at least one value of each lever`);
  if (sweeps.length !== rows.values.length) {
    throw new RangeError(`${chart}: the grid needs one sweep per value of ${rows.parameter} (${rows.values.length}), got ${sweeps.length}`);
  }
  sweeps.forEach((s, i) => {
    const same = s.parameter === columns.parameter && s.values.length === columns.values.length && s.values.every((v, j) => v === columns.values[j]);
    if (!same || s.results.length !== s.values.length) {
      throw new RangeError(`${chart}: row ${i + 1} must sweep ${columns.parameter} over the columns' values with one result each`);
    }
  });
  const derived = metricLabel(options.metric);
  const label = options.label ?? derived.label;
  const unit = options.unit ?? derived.unit;
  const columnLabel = options.columnLabel ?? columns.parameter;
  const rowLabel = options.rowLabel ?? rows.parameter;
  const cells: Estimate[][] = sweeps.map((s) => s.results.map((r) => getEstimate(r, options.metric)));
  const means = cells.flat().map((e) => e.mean);
  const lo = min(means) ?? 0;
  const hi = max(means) ?? 0;
  const shade = scaleQuantize<string>().domain(lo === hi ? [lo - 1, hi + 1] : [lo, hi]).range([...classes]);
  const replications = sweeps[0]?.results[0]?.replications ?? 0;
  // Tooltips write an interval's lower end no lower than the metric can go, as the sweep chart's band is cut.
  const floor = valueFloor(options.metric, derived.unit);

  const resolved = resolveChartOptions(chart, options, {
    title: `${label}, by ${lowerFirst(columnLabel)} and ${lowerFirst(rowLabel)}`,
    caption: `${withUnit(label, unit)} at each combination that was run, ${lowerFirst(columnLabel)} across and ${lowerFirst(rowLabel)} up: ` +
      `each cell is the mean of ${replications} replication${replications === 1 ? "" : "s"}, darker for more` +
      (replications > 1 ? ", with ± half its 95% confidence interval where the cell has room" : "") +
      ". Every cell ran the same random numbers (common random numbers), so differences between cells are mostly the levers' doing, though not wholly free of chance.",
  });
  const legend = shadeLegend(shade, unit);
  const columnTicks = columns.values.map(String);
  const rowTicks = rows.values.map(String);
  const room = contentWidth(resolved.width);
  const margin = {
    top: sideLabelsHeight([sideLabelLines(rowLabel, "left", room)]),
    right: 8,
    bottom: bottomAxisHeightFor(columnLabel, room),
    left: Math.max(...rowTicks.map((t) => textWidth(t, 11))) + 14,
  };
  const frame = chartFrame({
    ...resolved,
    className: "sweep-grid-chart",
    legend,
    margin,
    plotHeight: Math.max(120, Math.min(44, 320 / rows.values.length) * rows.values.length),
  });
  const { plot, width, height } = frame;
  const x = scaleBand<string>().domain(columnTicks).range([0, width]).paddingInner(0.04);
  const y = scaleBand<string>().domain([...rowTicks].reverse()).range([0, height]).paddingInner(0.06);
  drawBottomAxis(plot, x, frame, margin, { label: columnLabel, format: (v) => v, ticks: columnTicks.length, grid: false });
  drawSideAxis(plot, y, frame, margin, { side: "left", room, label: rowLabel, format: (v) => v, ticks: rowTicks.length, grid: false });

  const marks = plot.append("g").attr("class", "cells");
  const cellWidth = x.bandwidth();
  const cellHeight = y.bandwidth();
  cells.forEach((row, i) => {
    row.forEach((e, j) => {
      const left = x(columnTicks[j] as string) ?? 0;
      const top = y(rowTicks[i] as string) ?? 0;
      const fill = shade(e.mean);
      const cell = marks.append("g").attr("class", "cell");
      cell.append("rect").attr("class", "cell-fill").attr("x", left).attr("y", top).attr("width", cellWidth).attr("height", cellHeight)
        .attr("fill", fill).attr("stroke", ink.axis).attr("stroke-width", 0.5)
        .append("title").text(`${columnLabel} = ${columnTicks[j]}, ${rowLabel} = ${rowTicks[i]}: ${describe(e, floor)} ${unit}`.trimEnd());
      const text = valueFormat(e.mean);
      const half = e.halfWidth === null ? null : `±${halfFormat(e.halfWidth)}`;
      const size = fontToFit([text, ...(half === null ? [] : [half])], cellWidth - 4, 12);
      if (size < smallestFont) return;
      const color = contrastRatio(fill, ink.text) >= contrastRatio(fill, ink.background) ? ink.text : ink.background;
      const twoLines = half !== null && cellHeight >= twoLineHeight;
      const label = cell.append("text").attr("class", "cell-value").attr("text-anchor", "middle").attr("font-size", size).attr("fill", color)
        .attr("x", left + cellWidth / 2).attr("y", top + cellHeight / 2 + (twoLines ? -2 : size * 0.35));
      label.append("tspan").attr("x", left + cellWidth / 2).text(text);
      if (twoLines) label.append("tspan").attr("class", "cell-half").attr("x", left + cellWidth / 2).attr("dy", size).attr("font-size", size - 1).text(half);
    });
  });
  return frame.svg;
}

/** The legend: each shade with the range of means it stands for. */
function shadeLegend(shade: ReturnType<typeof scaleQuantize<string>>, unit: string): { label: string; color: string; mark: "swatch" }[] {
  const [lo = 0, hi = 0] = shade.domain();
  const cuts = [lo, ...shade.thresholds(), hi];
  const suffix = unit === "" ? "" : ` ${unit}`;
  return shade.range().map((color, i) => ({ label: `${valueFormat(cuts[i] ?? lo)}–${valueFormat(cuts[i + 1] ?? hi)}${suffix}`, color, mark: "swatch" }));
}

/** An estimate in words for a tooltip: "12.3 (11.9 to 12.8)", or the mean alone without an interval; the lower end no lower than `floor`. */
function describe(e: Estimate, floor: number): string {
  return e.lo === null || e.hi === null ? valueFormat(e.mean) : `${valueFormat(e.mean)} (${valueFormat(Math.max(floor, e.lo))} to ${valueFormat(e.hi)})`;
}

/** The largest font size up to `largest` pixels at which every line fits `width` pixels. */
function fontToFit(lines: readonly string[], width: number, largest: number): number {
  const widest = Math.max(...lines.map((l) => textWidth(l, largest)));
  return widest <= width ? largest : Math.floor((largest * width) / widest);
}

/** "Share of trucks" becomes "share of trucks" inside a sentence; "KZ share" keeps its acronym. */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
