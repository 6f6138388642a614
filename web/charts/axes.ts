import { axisBottom, axisLeft, axisRight, type Axis, type AxisDomain, type AxisScale, type Selection } from "d3";
import type { Margin } from "./chart-frame.js";
import { appendLines } from "./chart-frame.js";
import { ink } from "./palette.js";
import { textWidth, wrapText } from "./text-wrap.js";

type Group = Selection<SVGGElement, unknown, null, undefined>;

/** Size of the plot area in pixels. */
export interface PlotSize {
  readonly width: number;
  readonly height: number;
}

/** Pixels below the plot taken by a bottom axis with its label. */
export const bottomAxisHeight = 44;
/** Pixels above the plot taken by a one-line side-axis label, which sits at the top of the margin. */
export const sideLabelHeight = 20;
const labelLine = 14;

/** A continuous or ordinal axis: its label with unit, and how ticks read. */
export interface AxisSpec<Domain extends AxisDomain> {
  /** Axis label with its unit, such as "Crossing time (hours)". */
  readonly label: string;
  /** Formats a tick value; use d3.format for numbers. */
  readonly format: (value: Domain) => string;
  /** Approximate number of ticks; ignored by band and point scales. */
  readonly ticks: number;
  /** Exact tick values, overriding `ticks`. @default chosen by the scale */
  readonly values?: readonly Domain[];
  /** Draw light grid lines across the plot at each tick. */
  readonly grid: boolean;
}

/** A bottom-axis label as drawn: one line, or wrapped to `room` pixels when wider (a long metric or scenario name on a phone). */
export function bottomLabelLines(label: string, room: number): string[] {
  return textWidth(label, 12) <= room ? [label] : wrapText(label, room, 12);
}

/** Pixels below the plot taken by a bottom axis whose label is wrapped to `room` pixels (the chart's content width). */
export function bottomAxisHeightFor(label: string, room: number): number {
  return bottomAxisHeight + (bottomLabelLines(label, room).length - 1) * labelLine;
}

/**
 * Draw an axis along the bottom of the plot, its label centred below the tick labels and wrapped to the chart's
 * width; a chart whose label may wrap reserves bottomAxisHeightFor(label, room) below the plot.
 */
export function drawBottomAxis<Domain extends AxisDomain>(
  plot: Group,
  scale: AxisScale<Domain>,
  size: PlotSize,
  margin: Margin,
  spec: AxisSpec<Domain>,
): void {
  const axis = axisBottom(scale);
  const g = plot.append("g").attr("class", "x-axis").attr("transform", `translate(0,${size.height})`);
  configure(axis, spec);
  g.call(axis);
  if (spec.grid) drawGrid(plot, g, scale, "x", size);
  restyle(g);
  // Centred under the plot, but slid sideways rather than run off the chart when wider than the plot; wrapped
  // when wider than the whole chart, since a line cut at the chart's edge loses the unit at its end.
  const lines = bottomLabelLines(spec.label, margin.left + size.width + margin.right);
  const half = Math.max(...lines.map((line) => textWidth(line, 12))) / 2;
  const x = Math.max(half - margin.left, Math.min(size.width / 2, size.width + margin.right - half));
  const text = g.append("text").attr("class", "axis-label").attr("x", x).attr("y", bottomAxisHeight - 8)
    .attr("text-anchor", "middle").attr("font-size", 12).attr("fill", ink.text);
  if (lines.length === 1) text.text(spec.label);
  else appendLines(text, lines, x, bottomAxisHeight - 8, labelLine);
}

/** Which edge a side axis runs up, and how many pixels its label may take before it wraps. */
export interface SideAxisSpec<Domain extends AxisDomain> extends AxisSpec<Domain> {
  readonly side: "left" | "right";
  readonly room: number;
}

/** A side-axis label as drawn: an arrow pointing up the axis, wrapped to `room` pixels. */
export function sideLabelLines(label: string, side: "left" | "right", room: number): string[] {
  return wrapText(side === "left" ? `↑ ${label}` : `${label} ↑`, room, 12);
}

/** Pixels above the plot needed by side-axis labels of these lines; the tallest decides. */
export function sideLabelsHeight(labels: readonly (readonly string[])[]): number {
  return sideLabelHeight + (Math.max(1, ...labels.map((lines) => lines.length)) - 1) * labelLine;
}

/** Draw an axis up the left or right edge of the plot, its label above it (read left to right, never rotated). */
export function drawSideAxis<Domain extends AxisDomain>(
  plot: Group,
  scale: AxisScale<Domain>,
  size: PlotSize,
  margin: Margin,
  spec: SideAxisSpec<Domain>,
): void {
  const left = spec.side === "left";
  const axis = left ? axisLeft(scale) : axisRight(scale);
  const g = plot.append("g").attr("class", "y-axis").attr("transform", left ? "" : `translate(${size.width},0)`);
  configure(axis, spec);
  g.call(axis);
  if (spec.grid) drawGrid(plot, g, scale, "y", size);
  restyle(g);
  const label = g.append("text").attr("class", "axis-label").attr("font-size", 12).attr("fill", ink.text)
    .attr("text-anchor", left ? "start" : "end");
  appendLines(label, sideLabelLines(spec.label, spec.side, spec.room), left ? -margin.left : margin.right, -margin.top + 10, labelLine);
}

/** A scale that chooses its own ticks for a count (a d3 linear, log or time scale). */
export interface TickingScale {
  ticks(count?: number): readonly unknown[];
}

/**
 * Ticks about every `pixels` pixels along `length`, at least two; given the axis's scale, raised until the
 * scale draws at least three. d3 rounds its step to 1, 2 or 5 times a power of ten, so two asked for on a
 * narrow axis can come out as 0 and 2 under a bar of 3.2, leaving its end unlabelled.
 * @example tickCount(180, 80, scaleLinear().domain([0, 3.2])) // => 3 (ticks 0, 1, 2, 3), where two gave 0 and 2
 */
export function tickCount(length: number, pixels: number, scale?: TickingScale): number {
  const wanted = Math.max(2, Math.floor(length / pixels));
  if (scale === undefined) return wanted;
  for (let count = wanted; count <= wanted + 8; count++) if (scale.ticks(count).length >= 3) return count;
  return wanted;
}

/** Grid lines at the ticks the axis drew, inserted first so every mark sits on top of them. */
function drawGrid<Domain extends AxisDomain>(plot: Group, axisGroup: Group, scale: AxisScale<Domain>, across: "x" | "y", size: PlotSize): void {
  const offset = scale.bandwidth === undefined ? 0 : scale.bandwidth() / 2;
  const grid = plot.insert("g", ":first-child").attr("class", "grid").attr("stroke", ink.grid);
  for (const value of axisGroup.selectAll<SVGGElement, Domain>(".tick").data()) {
    const at = (scale(value) ?? 0) + offset;
    if (across === "x") grid.append("line").attr("x1", at).attr("x2", at).attr("y2", size.height);
    else grid.append("line").attr("y1", at).attr("y2", at).attr("x2", size.width);
  }
}

function configure<Domain extends AxisDomain>(axis: Axis<Domain>, spec: AxisSpec<Domain>): void {
  axis.ticks(spec.ticks).tickFormat(spec.format).tickSizeOuter(0);
  if (spec.values !== undefined) axis.tickValues(spec.values);
}

function restyle(g: Group): void {
  g.attr("font-family", null).attr("font-size", 11).attr("color", ink.axis);
  g.selectAll(".tick text").attr("fill", ink.text);
}
