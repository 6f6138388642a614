import { bin, format, line, max, scaleLinear } from "d3";
import { bottomAxisHeight, drawBottomAxis, drawSideAxis, sideLabelLines, sideLabelsHeight, tickCount } from "./axes.js";
import { chartFrame, contentWidth } from "./chart-frame.js";
import { resolveChartOptions, type ChartOptions } from "./chart-options.js";
import { categoryColor, ink } from "./palette.js";

/** One fitted density, as points (x in the records' unit, density per unit). */
export interface FittedDensity {
  /** The family and parameters in words, such as "lognormal (mean 4.6, cv 0.30)". */
  readonly label: string;
  readonly points: readonly { readonly x: number; readonly density: number }[];
}

/** What fitHistogramChart draws: the records and the densities fitted to them. */
export interface FitHistogramData {
  /** What was measured, for the title, such as "X-ray scan". */
  readonly what: string;
  /** Unit of the values, such as "minutes". */
  readonly unit: string;
  /** The observed values. */
  readonly values: readonly number[];
  /** Fitted densities, best first; at most the first four are drawn. */
  readonly fits: readonly FittedDensity[];
}

const shown = 4;
/** Bars in a light neutral grey, so the coloured density lines stand out on them. */
const recordsFill = "#cccccc";

/**
 * The records as a histogram scaled to a density (share per unit, so it compares with the fitted
 * curves whatever the bin width), with the fitted densities drawn over it as lines.
 * @throws {RangeError} for fewer than two values or a value that is not a finite number.
 * @example fitHistogramChart({ what: "X-ray scan", unit: "minutes", values, fits }, { document }) // => <svg class="fit-histogram-chart">
 */
export function fitHistogramChart(data: FitHistogramData, options: ChartOptions = {}): SVGSVGElement {
  const chart = "fitHistogramChart";
  if (data.values.length < 2 || data.values.some((v) => !Number.isFinite(v))) {
    throw new RangeError(`${chart}: values must hold at least two finite numbers, got ${data.values.length}`);
  }
  const fits = data.fits.slice(0, shown);
  const resolved = resolveChartOptions(chart, options, {
    title: `${data.what}: ${data.values.length} records and the fitted distributions`,
    caption: `Bars: the records, as a share per ${data.unit.replace(/s$/, "")} so that they compare with the curves. Lines: the ` +
      `${fits.length === 1 ? "fitted density" : `${fits.length} best-ranked fitted densities (lowest AIC first)`}.`,
  });
  const values = [...data.values].sort((a, b) => a - b);
  const lo = values[0] as number;
  const hi = values[values.length - 1] as number;
  const x = scaleLinear().domain([Math.min(0, lo), hi]).nice();
  // Freedman–Diaconis would need the quartiles; √n bins are plain and enough for a first look.
  const bins = bin().domain(x.domain() as [number, number]).thresholds(Math.max(5, Math.min(60, Math.round(Math.sqrt(values.length)))))(values);
  const n = values.length;
  const heights = bins.map((b) => b.length / n / Math.max(1e-12, (b.x1 ?? 0) - (b.x0 ?? 0)));
  const top = Math.max(max(heights) ?? 0, ...fits.flatMap((f) => f.points.map((p) => (Number.isFinite(p.density) ? p.density : 0))));

  const yLabel = `Share per ${data.unit.replace(/s$/, "")}`;
  const room = contentWidth(resolved.width);
  const margin = { top: sideLabelsHeight([sideLabelLines(yLabel, "left", room)]), right: 20, bottom: bottomAxisHeight, left: 52 };
  const frame = chartFrame({
    ...resolved,
    className: "fit-histogram-chart",
    legend: [{ label: "Records", color: recordsFill, mark: "swatch" }, ...fits.map((f, i) => ({ label: f.label, color: categoryColor(i), mark: "line" as const }))],
    margin,
    plotHeight: 220,
  });
  const { plot, width, height } = frame;
  x.range([0, width]);
  const y = scaleLinear().domain([0, top * 1.05]).nice().range([height, 0]);
  const xTicks = tickCount(width, 60, x);
  const yTicks = tickCount(height, 40, y);
  drawBottomAxis(plot, x, frame, margin, { label: `${data.what} (${data.unit})`, format: x.tickFormat(xTicks, ",~f"), ticks: xTicks, grid: false });
  drawSideAxis(plot, y, frame, margin, { side: "left", room, label: yLabel, format: y.tickFormat(yTicks, "~g"), ticks: yTicks, grid: true });
  const bars = plot.append("g").attr("class", "bins");
  const amount = format(",.3~f");
  bins.forEach((b, i) => {
    const x0 = x(b.x0 ?? 0);
    bars.append("rect").attr("class", "bin").attr("x", x0 + 0.5).attr("y", y(heights[i] ?? 0))
      .attr("width", Math.max(0, x(b.x1 ?? 0) - x0 - 1)).attr("height", height - y(heights[i] ?? 0)).attr("fill", recordsFill)
      .append("title").text(`${amount(b.x0 ?? 0)}–${amount(b.x1 ?? 0)} ${data.unit}: ${b.length} records`);
  });
  const curves = plot.append("g").attr("class", "densities");
  const path = line<{ x: number; density: number }>().x((p) => x(p.x)).y((p) => y(Math.min(p.density, top * 1.05)));
  fits.forEach((f, i) => {
    const points = f.points.filter((p) => Number.isFinite(p.density) && p.x >= (x.domain()[0] as number) && p.x <= (x.domain()[1] as number));
    curves.append("path").attr("class", "density").attr("d", path(points) ?? "").attr("fill", "none")
      .attr("stroke", categoryColor(i)).attr("stroke-width", i === 0 ? 2.5 : 1.5)
      .append("title").text(f.label);
  });
  return frame.svg;
}
