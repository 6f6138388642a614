import type { Selection } from "d3";
import { ink } from "./palette.js";
import { textWidth } from "./text-wrap.js";

/** How a legend entry draws its sample: a filled box, a pale box (waiting), a line, a band, a whisker, a dashed rule, a dot, a ring or a diamond. */
export type LegendMark = "swatch" | "pale" | "line" | "band" | "whisker" | "dashed" | "dot" | "ring" | "diamond";

/** One entry of a legend. */
export interface LegendItem {
  readonly label: string;
  /** CSS colour of the sample. */
  readonly color: string;
  readonly mark: LegendMark;
  /** A fill drawn over a swatch's colour (`url(#pattern)`), so the entry matches hatched marks in greyscale. */
  readonly pattern?: string;
}

const fontSize = 12;
const rowHeight = 18;
const sampleWidth = 18;
const gap = 16;

/** A legend entry with its position: `x` pixels from the left of row `row`. */
export interface Placed {
  readonly item: LegendItem;
  readonly x: number;
  readonly row: number;
}

/**
 * Place legend entries left to right, starting a new row when one would pass `width` pixels.
 * @returns the placed entries and the legend's height in pixels (0 when there are no entries).
 */
export function legendLayout(items: readonly LegendItem[], width: number): { placed: Placed[]; height: number } {
  const placed: Placed[] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    const itemWidth = sampleWidth + 5 + textWidth(item.label, fontSize);
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      row += 1;
    }
    placed.push({ item, x, row });
    x += itemWidth + gap;
  }
  return { placed, height: items.length === 0 ? 0 : (row + 1) * rowHeight };
}

/** Draw the legend of `items` into `g`, wrapping rows at `width` pixels. */
export function drawLegend(
  g: Selection<SVGGElement, unknown, null, undefined>,
  items: readonly LegendItem[],
  width: number,
): void {
  g.attr("class", "legend").attr("font-size", fontSize).attr("fill", ink.text);
  for (const { item, x, row } of legendLayout(items, width).placed) {
    const entry = g.append("g").attr("class", "legend-item").attr("transform", `translate(${x},${row * rowHeight})`);
    drawSample(entry, item);
    entry.append("text").attr("x", sampleWidth + 5).attr("y", 12).text(item.label);
  }
}

function drawSample(g: Selection<SVGGElement, unknown, null, undefined>, { mark, color, pattern }: LegendItem): void {
  const y = 8;
  switch (mark) {
    case "swatch":
      g.append("rect").attr("y", 2).attr("width", sampleWidth).attr("height", 12).attr("fill", color);
      if (pattern !== undefined && pattern !== "none") g.append("rect").attr("class", "hatch").attr("y", 2).attr("width", sampleWidth).attr("height", 12).attr("fill", pattern);
      return;
    case "pale":
      g.append("rect").attr("x", 0.5).attr("y", 2.5).attr("width", sampleWidth - 1).attr("height", 11)
        .attr("fill", color).attr("fill-opacity", 0.3).attr("stroke", color);
      if (pattern !== undefined && pattern !== "none") g.append("rect").attr("class", "hatch").attr("x", 0.5).attr("y", 2.5).attr("width", sampleWidth - 1).attr("height", 11).attr("fill", pattern);
      return;
    case "band":
      g.append("rect").attr("y", 2).attr("width", sampleWidth).attr("height", 12).attr("fill", color).attr("fill-opacity", 0.2);
      return;
    case "line":
    case "dashed":
      g.append("line").attr("x2", sampleWidth).attr("y1", y).attr("y2", y).attr("stroke", color).attr("stroke-width", 2)
        .attr("stroke-dasharray", mark === "dashed" ? "4 3" : null);
      return;
    case "dot":
      g.append("circle").attr("cx", sampleWidth / 2).attr("cy", y).attr("r", 4.5).attr("fill", color);
      return;
    case "ring":
      g.append("circle").attr("cx", sampleWidth / 2).attr("cy", y).attr("r", 4).attr("fill", "#ffffff").attr("stroke", color).attr("stroke-width", 1.5);
      return;
    case "diamond": {
      const c = sampleWidth / 2;
      // As the theory panel draws theory's value: outlined, so a pale colour still reads.
      g.append("path").attr("d", `M${c},${y - 6}L${c + 5},${y}L${c},${y + 6}L${c - 5},${y}Z`).attr("fill", color).attr("fill-opacity", 0.85)
        .attr("stroke", ink.text).attr("stroke-width", 0.75);
      return;
    }
    case "whisker":
      g.append("path").attr("d", `M1,${y - 4}V${y + 4}M1,${y}H${sampleWidth - 1}M${sampleWidth - 1},${y - 4}V${y + 4}`)
        .attr("fill", "none").attr("stroke", color).attr("stroke-width", 1.5);
      return;
  }
}
