import { select, type Selection } from "d3";
import type { ResolvedChartOptions } from "./chart-options.js";
import { drawLegend, legendLayout, type LegendItem } from "./legend.js";
import { ink } from "./palette.js";
import { wrapText } from "./text-wrap.js";

/** Space in pixels around the plot area for axes, tick labels and axis labels. */
export interface Margin {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/** What a chart asks of its frame. */
export interface FrameSpec extends ResolvedChartOptions {
  /** A class naming the chart on the root element, such as "crossing-time-chart". */
  readonly className: string;
  readonly legend: readonly LegendItem[];
  readonly margin: Margin;
  /** Height of the plot area in pixels when `height` is not given. */
  readonly plotHeight: number;
}

/** The drawn frame: the root SVG and the plot group whose origin is the plot area's top-left corner. */
export interface Frame {
  readonly svg: SVGSVGElement;
  readonly plot: Selection<SVGGElement, unknown, null, undefined>;
  /** Plot area width in pixels. */
  readonly width: number;
  /** Plot area height in pixels. */
  readonly height: number;
}

const svgNamespace = "http://www.w3.org/2000/svg";
const fontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const padding = 12;
const title = { size: 16, line: 20 };
const caption = { size: 12, line: 16 };
const minimumPlot = 40;
let lastId = 0;

/** Width in pixels inside the chart's padding, available to titles, legends, captions and axis labels. */
export function contentWidth(width: number): number {
  return width - 2 * padding;
}

/**
 * Draw a chart's frame: background, title, legend and caption around an empty plot area, with
 * `role="img"`, `<title>` and `<desc>` so screen readers and exported files carry the same words.
 * @throws {RangeError} if the width or height leaves less than 40 pixels for the plot.
 */
export function chartFrame(spec: FrameSpec): Frame {
  const inner = contentWidth(spec.width);
  const titleLines = wrapText(spec.title, inner, title.size, true);
  const legend = legendLayout(spec.legend, inner);
  const captionLines = wrapText(spec.caption, inner, caption.size);
  const legendTop = padding + titleLines.length * title.line + 6;
  const plotTop = legendTop + legend.height + (legend.height > 0 ? 10 : 0) + spec.margin.top;
  const below = spec.margin.bottom + 10 + captionLines.length * caption.line + padding;
  const plotHeight = spec.height === undefined ? Math.max(minimumPlot, spec.plotHeight) : spec.height - plotTop - below;
  const plotWidth = inner - spec.margin.left - spec.margin.right;
  if (plotHeight < minimumPlot) {
    throw new RangeError(`options.height ${spec.height} leaves no room for the plot; use at least ${Math.ceil(plotTop + below + minimumPlot)}`);
  }
  if (plotWidth < minimumPlot) throw new RangeError(`options.width ${spec.width} leaves no room for the plot; make it wider`);
  const height = plotTop + plotHeight + below;

  const id = `borderflow-chart-${++lastId}`;
  const svg = select(spec.document.createElementNS(svgNamespace, "svg"))
    .attr("class", spec.className)
    .attr("width", spec.width)
    .attr("height", height)
    .attr("viewBox", `0 0 ${spec.width} ${height}`)
    .attr("role", "img")
    .attr("aria-labelledby", `${id}-title`)
    .attr("aria-describedby", `${id}-desc`)
    .attr("font-family", fontFamily)
    .attr("font-size", 12)
    .attr("style", "max-width: 100%; height: auto;");
  svg.append("title").attr("id", `${id}-title`).text(spec.title);
  svg.append("desc").attr("id", `${id}-desc`).text(spec.caption);
  svg.append("rect").attr("class", "background").attr("width", spec.width).attr("height", height).attr("fill", ink.background);
  appendLines(svg.append("text").attr("class", "chart-title").attr("font-size", title.size).attr("font-weight", "bold")
    .attr("fill", ink.text), titleLines, padding, padding + title.size - 2, title.line);
  drawLegend(svg.append("g").attr("transform", `translate(${padding},${legendTop})`), spec.legend, inner);
  const plot = svg.append("g").attr("class", "plot").attr("transform", `translate(${padding + spec.margin.left},${plotTop})`);
  appendLines(svg.append("text").attr("class", "caption").attr("font-size", caption.size).attr("fill", ink.muted),
    captionLines, padding, plotTop + plotHeight + spec.margin.bottom + 10 + caption.size - 1, caption.line);
  const node = svg.node();
  if (node === null) throw new Error("chartFrame: the document did not create an SVG element");
  return { svg: node, plot, width: plotWidth, height: plotHeight };
}

/** Set `lines` as tspans of `text`, the first baseline at (x, y), one every `lineHeight` pixels. */
export function appendLines(
  text: Selection<SVGTextElement, unknown, null, undefined>,
  lines: readonly string[],
  x: number,
  y: number,
  lineHeight: number,
): void {
  text.attr("x", x).attr("y", y);
  lines.forEach((line, i) => {
    text.append("tspan").attr("x", x).attr("dy", i === 0 ? 0 : lineHeight).text(line);
  });
}
