import { format, type Selection } from "d3";
import type { NetworkScenario } from "../../src/scenario/index.js";
import { chartFrame, contentWidth } from "./chart-frame.js";
import { resolveChartOptions, type ChartOptions } from "./chart-options.js";
import type { LegendItem } from "./legend.js";
import { networkLayout, slotSpacing, type Point } from "./network-layout.js";
import { categoryColor, ink, okabeIto } from "./palette.js";
import { textWidth } from "./text-wrap.js";

/** Options of networkDiagram. */
export interface NetworkDiagramOptions extends ChartOptions {
  /** Show the legend of server states (busy, idle, off shift, broken), which the animation uses. @default true */
  readonly serverLegend?: boolean;
}

type Group = Selection<SVGGElement, unknown, null, undefined>;

/** How the animation fills a server in each state; the static diagram draws every server idle. */
export const serverFill = { busy: okabeIto.blue, idle: ink.background, offShift: "#d9d9d9", broken: okabeIto.vermillion } as const;
/** Fill of the queue lanes. */
export const laneFill = "#f1f1ee";

const margin = { top: 4, right: 0, bottom: 4, left: 0 };
const probability = format(".3~f");

/** Width in pixels of the diagram's plot area for a chart `width` pixels wide: what networkLayout is given. */
export function diagramPlotWidth(width: number): number {
  return contentWidth(width) - margin.left - margin.right;
}

/** The colour of each customer class, in the order classes first appear among the arrivals. */
export function classColors(network: NetworkScenario): Map<string, string> {
  const colors = new Map<string, string>();
  for (const a of network.arrivals) if (!colors.has(a.class)) colors.set(a.class, categoryColor(colors.size));
  return colors;
}

/**
 * A queueing network as a diagram: arrival streams at the left, each station a grey lane for its line
 * ending at its servers (circles), arrows for the routes with their probabilities, arcs for feedback,
 * and "out" arrows where customers leave. It is also the stage of the animation, which draws customers
 * and server states over it at the positions `networkLayout` gives.
 * @throws {RangeError} if the width leaves no room for the stations' queues.
 * @example networkDiagram(scenario, { document }) // => <svg class="network-diagram">
 */
export function networkDiagram(network: NetworkScenario, options: NetworkDiagramOptions = {}): SVGSVGElement {
  const chart = "networkDiagram";
  const colors = classColors(network);
  const resolved = resolveChartOptions(chart, options, {
    title: network.name,
    caption: "Customers arrive at the left, wait in line in the grey lanes and are served at the circles (one per server); " +
      "numbers on arrows are routing probabilities, and \"out\" is where customers leave. Times are in the model's own unit.",
  });
  const layout = networkLayout(network, diagramPlotWidth(resolved.width));
  const legend: LegendItem[] = [];
  if (colors.size > 1) for (const [name, color] of colors) legend.push({ label: name, color, mark: "dot" });
  if (options.serverLegend ?? true) {
    legend.push({ label: "busy", color: serverFill.busy, mark: "swatch" }, { label: "idle", color: ink.axis, mark: "pale" },
      { label: "off shift", color: serverFill.offShift, mark: "swatch" }, { label: "broken", color: serverFill.broken, mark: "swatch" });
  }
  const frame = chartFrame({ ...resolved, className: "network-diagram", legend, margin, plotHeight: layout.height });
  const plot = frame.plot.attr("data-width", layout.width);

  const routes = plot.append("g").attr("class", "routes").attr("fill", "none").attr("stroke", ink.axis).attr("stroke-width", 1.5);
  const labels = plot.append("g").attr("class", "route-labels").attr("font-size", 11).attr("fill", ink.text).attr("text-anchor", "middle");
  for (const r of layout.routes) {
    routes.append("path").attr("class", r.back ? "route back" : "route").attr("data-from", r.from).attr("data-to", r.to).attr("d", r.path);
    if (Math.abs(r.p - 1) > 1e-12) halo(labels.append("text").attr("x", r.labelAt.x).attr("y", r.labelAt.y).text(probability(r.p)));
  }
  const heads = plot.append("g").attr("class", "arrowheads").attr("fill", ink.axis);
  for (const r of layout.routes) {
    const to = layout.stations.find((s) => s.id === r.to);
    if (to !== undefined) arrowHead(heads, to.entry, { x: to.entry.x - 10, y: to.entry.y });
  }

  const sources = plot.append("g").attr("class", "sources");
  // Each arrow runs level under the labels of its station's streams and bends only past the widest, so it crosses none.
  const labelsEnd = new Map<string, number>();
  for (const s of layout.sources) {
    const widest = Math.max(0, ...s.lines.map((line) => textWidth(line, 10)));
    labelsEnd.set(s.station, Math.max(labelsEnd.get(s.station) ?? 0, s.labelAt.x + widest));
  }
  for (const s of layout.sources) {
    const g = sources.append("g").attr("class", "source").attr("data-station", s.station).attr("data-class", s.customerClass);
    const text = g.append("text").attr("font-size", 10).attr("fill", ink.text);
    s.lines.forEach((line, i) => text.append("tspan").attr("x", s.labelAt.x).attr("y", s.labelAt.y + 10 + i * 12).text(line));
    const bend = Math.max(s.from.x, Math.min(s.to.x - 14, (labelsEnd.get(s.station) ?? 0) + 3));
    const midX = (bend + s.to.x) / 2;
    g.append("path").attr("d", `M${s.from.x},${s.from.y}H${bend}C${midX},${s.from.y} ${midX},${s.to.y} ${s.to.x - 2},${s.to.y}`)
      .attr("fill", "none").attr("stroke", colors.get(s.customerClass) ?? ink.axis).attr("stroke-width", 1.5);
    arrowHead(g.append("g").attr("fill", colors.get(s.customerClass) ?? ink.axis), { x: s.to.x - 1, y: s.to.y }, { x: s.to.x - 11, y: s.to.y });
  }

  const stations = plot.append("g").attr("class", "stations");
  network.stations.forEach((spec, i) => {
    const s = layout.stations[i];
    if (s === undefined) return;
    const g = stations.append("g").attr("class", "station").attr("data-station", s.id);
    const title = g.append("text").attr("class", "station-title").attr("font-size", 12).attr("fill", ink.muted);
    s.titleLines.forEach((line, k) => {
      const y = s.top + 11 + k * 14;
      // The id leads the first line, in bold and full ink, since routes and results name stations by it.
      if (k === 0 && line.startsWith(s.id)) {
        title.append("tspan").attr("x", s.lane.x).attr("y", y).attr("font-weight", "bold").attr("fill", ink.text).text(s.id);
        title.append("tspan").text(line.slice(s.id.length));
      } else title.append("tspan").attr("x", s.lane.x).attr("y", y).text(line);
    });
    g.append("rect").attr("class", "lane").attr("x", s.lane.x).attr("y", s.lane.y).attr("width", s.lane.width).attr("height", s.lane.height)
      .attr("rx", 3).attr("fill", laneFill).attr("stroke", ink.grid);
    if (spec.queueLimit !== undefined && spec.queueLimit < s.slots.length) limitMark(g, s.lane, spec.queueLimit);
    for (const at of s.servers) {
      g.append("circle").attr("class", "server").attr("cx", at.x).attr("cy", at.y).attr("r", layout.serverRadius)
        .attr("fill", serverFill.idle).attr("stroke", ink.text).attr("stroke-width", 1.2);
    }
    const service = g.append("text").attr("class", "service-label").attr("font-size", 10).attr("fill", ink.muted);
    const firstLine = s.bottom - s.serviceLines.length * 12 + 7;
    s.serviceLines.forEach((line, k) => service.append("tspan").attr("x", s.lane.x).attr("y", firstLine + k * 12).text(line));
    if (s.out !== undefined) {
      g.append("path").attr("class", "out").attr("d", `M${s.outFrom.x},${s.outFrom.y}L${s.out.x},${s.out.y}`).attr("stroke", ink.axis).attr("stroke-width", 1.5);
      arrowHead(g.append("g").attr("fill", ink.axis), s.out, s.outFrom);
      // Beside a downward arrow the label goes left, away from the routes leaving to the right.
      const down = s.outFrom !== s.exit;
      g.append("text").attr("class", "out-label").attr("x", down ? s.out.x - 5 : s.out.x + 3).attr("y", s.out.y + (down ? 0 : 4))
        .attr("text-anchor", down ? "end" : "start").attr("font-size", 10).attr("fill", ink.muted)
        .text(s.leaving < 1 - 1e-12 ? `out ${probability(s.leaving)}` : "out");
    }
  });
  plot.append("g").attr("class", "animation-layer");
  return frame.svg;
}

/** A filled arrowhead 8 pixels long with its tip at `tip`, pointing away from `from`. */
function arrowHead(g: Group, tip: Point, from: Point): void {
  const dx = tip.x - from.x;
  const dy = tip.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const ux = dx / length;
  const uy = dy / length;
  const back = { x: tip.x - 8 * ux, y: tip.y - 8 * uy };
  g.append("path").attr("d", `M${tip.x},${tip.y}L${back.x - 4 * uy},${back.y + 4 * ux}L${back.x + 4 * uy},${back.y - 4 * ux}Z`);
}

/** A bar across the lane after the last place a customer may wait. */
function limitMark(g: Group, lane: { x: number; y: number; width: number; height: number }, limit: number): void {
  const x = lane.x + lane.width - limit * slotSpacing;
  g.append("line").attr("class", "queue-limit").attr("x1", x).attr("x2", x).attr("y1", lane.y - 3).attr("y2", lane.y + lane.height + 3)
    .attr("stroke", okabeIto.vermillion).attr("stroke-width", 2);
}

/** White outline behind text that sits over lines. */
function halo(text: Selection<SVGTextElement, unknown, null, undefined>): void {
  text.attr("stroke", ink.background).attr("stroke-width", 3).attr("paint-order", "stroke");
}
