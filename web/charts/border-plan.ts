import { format, scaleLinear, type Selection } from "d3";
import { type BandPlace, type BorderPlanData, borderPlanLayout } from "./border-plan-layout.js";
import { chartFrame, contentWidth } from "./chart-frame.js";
import { resolveChartOptions, type ChartOptions } from "./chart-options.js";
import { directionLabel } from "./labels.js";
import type { LegendItem } from "./legend.js";
import { laneFill, serverFill } from "./network-diagram.js";
import { categoryColor, directionColors, ink } from "./palette.js";

/** Options of borderPlan. */
export interface BorderPlanOptions extends ChartOptions {
  /** Length of road the kilometre scales start at, in km. @default 1 */
  readonly roadKm?: number;
}

type Group = Selection<SVGGElement, unknown, null, undefined>;

const margin = { top: 0, right: 0, bottom: 0, left: 0 };
const km = format(",.1~f");

/** Width in pixels of the plan's plot area for a chart `width` pixels wide: what borderPlanLayout is given. */
export function planPlotWidth(width: number): number {
  return contentWidth(width) - margin.left - margin.right;
}

/** The colour of each truck class on the plan, in the order of `data.classes`. */
export function truckColors(data: BorderPlanData): Map<string, string> {
  return new Map(data.classes.map((c, i) => [c, categoryColor(i)]));
}

/**
 * Draws (or redraws) a band's kilometre scale under its road: 0 at the gate, growing away from the
 * checkpoint to `roadKm`. The animation calls it again when the queue outgrows the scale.
 */
export function drawRoadAxis(g: Group, band: BandPlace, roadKm: number, scale = 1): void {
  g.selectAll("*").remove();
  const x = scaleLinear().domain([0, roadKm]).range([band.road.gateX, band.road.farX]);
  const y = band.road.y + 10 * scale;
  g.append("line").attr("x1", band.road.gateX).attr("x2", band.road.farX).attr("y1", y).attr("y2", y).attr("stroke", ink.axis);
  const ticks = x.ticks(4);
  for (const tick of ticks) {
    g.append("line").attr("x1", x(tick)).attr("x2", x(tick)).attr("y1", y).attr("y2", y + 4).attr("stroke", ink.axis);
    // A label at the road's far end, the plan's edge, is drawn inward so that it is not cut off.
    const atEdge = tick === roadKm;
    const inward = band.road.farX < band.road.gateX ? "start" : "end";
    g.append("text").attr("class", "road-tick").attr("x", x(tick)).attr("y", y + 14 * scale).attr("text-anchor", atEdge ? inward : "middle").attr("font-size", Math.round(11 * scale * 10) / 10).attr("fill", ink.muted)
      .text(`${km(tick)} km`);
  }
}

/**
 * The Karasu / Ak-Tilek checkpoint as a plan: Kyrgyzstan (Ak-Tilek post) on the left, Kazakhstan (Karasu
 * post) on the right; trucks to Kazakhstan on top moving right, trucks to Kyrgyzstan below moving left;
 * each direction's road queue outside its gate with a kilometre scale, and each post's stages with their
 * lanes in the order trucks meet them. The animation of a border run draws the trucks over it.
 * @throws {RangeError} if the width leaves less than 600 pixels for the plan.
 * @example borderPlan(borderPlanData(baseline), { document, width: 960 }) // => <svg class="border-plan">
 */
export function borderPlan(data: BorderPlanData, options: BorderPlanOptions = {}): SVGSVGElement {
  const chart = "borderPlan";
  const resolved = resolveChartOptions(chart, options, {
    title: "Karasu / Ak-Tilek: the checkpoint as a plan",
    caption: "Not to scale inside the checkpoint; the road queues are drawn to their kilometre scales. " +
      "Dots are trucks coloured by kind, diamonds trucks under an electronic seal; small rectangles are lanes and booths.",
  });
  const layout = borderPlanLayout(data, planPlotWidth(resolved.width));
  const colors = truckColors(data);
  const legend: LegendItem[] = [...colors].map(([label, color]) => ({ label, color, mark: "dot" as const }));
  legend.push({ label: "◆ sealed", color: ink.text, mark: "dot" },
    { label: "lane busy", color: serverFill.busy, mark: "swatch" }, { label: "idle", color: ink.axis, mark: "pale" },
    { label: "off shift", color: serverFill.offShift, mark: "swatch" }, { label: "broken", color: serverFill.broken, mark: "swatch" });
  const frame = chartFrame({ ...resolved, className: "border-plan", legend, margin, plotHeight: layout.height });
  const plot = frame.plot.attr("data-width", layout.width);
  const { width, borderX } = layout;
  // Text grows with the plan (layout.scale), so a wide plan is not a big picture with small print.
  const font = (pixels: number): number => Math.round(pixels * layout.scale * 10) / 10;

  const ground = plot.append("g").attr("class", "ground");
  ground.append("rect").attr("class", "post kg").attr("x", 0).attr("width", borderX).attr("height", layout.height).attr("fill", "#f7f5ef");
  ground.append("rect").attr("class", "post kz").attr("x", borderX).attr("width", width - borderX).attr("height", layout.height).attr("fill", "#eff4f7");
  ground.append("line").attr("class", "border-line").attr("x1", borderX).attr("x2", borderX).attr("y2", layout.height)
    .attr("stroke", ink.text).attr("stroke-width", 2).attr("stroke-dasharray", "8 4");
  ground.append("text").attr("x", borderX - 8).attr("y", 14).attr("text-anchor", "end").attr("font-size", font(13)).attr("font-weight", "bold")
    .attr("fill", ink.text).text("Kyrgyzstan · Ak-Tilek post");
  ground.append("text").attr("x", borderX + 8).attr("y", 14).attr("font-size", font(13)).attr("font-weight", "bold").attr("fill", ink.text)
    .text("Karasu post · Kazakhstan");

  layout.bands.forEach((band, i) => {
    const direction = data.directions[i];
    if (direction === undefined) return;
    const color = directionColors[band.id];
    const g = plot.append("g").attr("class", "band").attr("data-direction", band.id);
    const left = Math.min(band.road.gateX, band.road.farX);
    const roadWidth = Math.abs(band.road.gateX - band.road.farX);
    g.append("text").attr("class", "direction-label").attr("x", band.heading === 1 ? 4 : width - 4).attr("y", band.top + 4)
      .attr("text-anchor", band.heading === 1 ? "start" : "end").attr("font-size", font(13)).attr("font-weight", "bold").attr("fill", color)
      .text(`${directionLabel(band.id)} ${band.heading === 1 ? "→" : "←"}`);
    g.append("rect").attr("class", "road").attr("x", left).attr("y", band.road.y - 6 * layout.scale).attr("width", roadWidth).attr("height", 12 * layout.scale)
      .attr("fill", "#dedbd2");
    g.append("text").attr("class", "road-count").attr("x", band.heading === 1 ? 4 : width - 4).attr("y", band.road.y - 12 * layout.scale)
      .attr("text-anchor", band.heading === 1 ? "start" : "end").attr("font-size", font(12)).attr("fill", ink.text).text("Road queue: none");
    drawRoadAxis(g.append("g").attr("class", "road-axis"), band, options.roadKm ?? 1, layout.scale);
    g.append("line").attr("class", "gate").attr("x1", band.road.gateX).attr("x2", band.road.gateX).attr("y1", band.top + 18).attr("y2", band.bottom - 30)
      .attr("stroke", color).attr("stroke-width", 3);
    g.append("text").attr("class", "gate-label").attr("x", band.road.gateX - band.heading * 4).attr("y", band.road.y + 40 * layout.scale)
      .attr("text-anchor", band.heading === 1 ? "end" : "start").attr("font-size", font(11)).attr("fill", ink.muted)
      .text(`gate: ${direction.zonePlaces} places inside`);
    g.append("text").attr("class", "held-label").attr("x", (band.held[0]?.x ?? 0)).attr("y", (band.held[0]?.y ?? 0) - 8)
      .attr("text-anchor", band.heading === 1 ? "start" : "end").attr("font-size", font(11)).attr("fill", ink.muted).text("held for documents");
    if (band.centreBox !== null) {
      const b = band.centreBox;
      g.append("rect").attr("class", "centre").attr("x", b.x).attr("y", b.y).attr("width", b.width).attr("height", b.height)
        .attr("fill", laneFill).attr("stroke", ink.axis);
      g.append("text").attr("class", "centre-label").attr("x", b.x).attr("y", b.y + b.height + 11 * layout.scale).attr("font-size", font(11)).attr("fill", ink.muted)
        .text(data.centrePlaces > 0 ? `logistics centre (${data.centrePlaces} places)` : "booked slots");
    }
    g.append("path").attr("class", "exit").attr("d", `M${band.exit.x - band.heading * 24},${band.exit.y}h${band.heading * 20}`)
      .attr("stroke", color).attr("stroke-width", 2);
    g.append("path").attr("d", `M${band.exit.x},${band.exit.y}l${-band.heading * 7},-4v8z`).attr("fill", color);
    g.append("text").attr("class", "crossed").attr("x", band.exit.x + band.heading * 4).attr("y", band.exit.y + 4)
      .attr("text-anchor", band.heading === 1 ? "start" : "end").attr("font-size", font(12)).attr("fill", ink.text).text("crossed: 0");
    for (const s of band.stations) {
      const sg = g.append("g").attr("class", "station").attr("data-station", s.id);
      const label = sg.append("text").attr("class", "station-label").attr("font-size", layout.fontSize).attr("fill", ink.text).attr("text-anchor", "middle");
      s.labelLines.forEach((line, k) => label.append("tspan").attr("x", s.labelAt.x).attr("y", s.labelAt.y + layout.fontSize * 0.9 + k * layout.lineHeight).text(line));
      for (const lane of s.lanes) {
        sg.append("rect").attr("class", "lane").attr("x", lane.x).attr("y", lane.y).attr("width", layout.laneSize.width)
          .attr("height", layout.laneSize.height).attr("rx", 1.5).attr("fill", serverFill.idle).attr("stroke", ink.text).attr("stroke-width", 0.8);
      }
    }
  });
  plot.append("g").attr("class", "animation-layer");
  return frame.svg;
}
