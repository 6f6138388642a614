import { max, scaleBand, scaleLinear } from "d3";
import type { Estimate } from "../../src/stats/estimate.js";
import { bottomAxisHeight, drawBottomAxis, drawSideAxis, sideLabelLines, sideLabelsHeight, tickCount } from "./axes.js";
import { chartFrame, contentWidth } from "./chart-frame.js";
import { resolveChartOptions, type ChartOptions } from "./chart-options.js";
import { ink, okabeIto } from "./palette.js";
import { drawWhisker } from "./whisker.js";

/** What arrivalProfileChart draws: multipliers fitted to arrival records, each with its interval. */
export interface ArrivalProfileData {
  /** Where the records come from, for the title, such as "Kyrgyzstan → Kazakhstan". */
  readonly where: string;
  /** "hour" for the 24 hour-of-day multipliers, "weekday" for the 7 day-of-week ones. */
  readonly by: "hour" | "weekday";
  readonly estimates: readonly Estimate[];
}

const weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/**
 * The hour-of-day or day-of-week multipliers fitted to arrival records as bars, each with its 95%
 * interval, and a dashed rule at 1 (the average).
 * @throws {RangeError} unless there are 24 estimates by hour or 7 by weekday.
 * @example arrivalProfileChart({ where: "Kyrgyzstan → Kazakhstan", by: "hour", estimates }, { document }) // => <svg class="arrival-profile-chart">
 */
export function arrivalProfileChart(data: ArrivalProfileData, options: ChartOptions = {}): SVGSVGElement {
  const chart = "arrivalProfileChart";
  const count = data.by === "hour" ? 24 : 7;
  if (data.estimates.length !== count) throw new RangeError(`${chart}: ${data.by} needs ${count} estimates, got ${data.estimates.length}`);
  const labels = data.by === "hour" ? data.estimates.map((_, h) => String(h)) : weekdays;
  const resolved = resolveChartOptions(chart, options, {
    title: `Arrivals by ${data.by === "hour" ? "hour of day" : "day of week"}, ${data.where}, from records`,
    caption: `Multipliers of the average rate (1 = average), fitted to the records, each with its 95% interval from a bootstrap of days.`,
  });
  const yLabel = "Multiplier of the average rate";
  const room = contentWidth(resolved.width);
  const margin = { top: sideLabelsHeight([sideLabelLines(yLabel, "left", room)]), right: 16, bottom: bottomAxisHeight, left: 44 };
  const frame = chartFrame({
    ...resolved,
    className: "arrival-profile-chart",
    legend: [{ label: "Fitted multiplier", color: okabeIto.blue, mark: "swatch" }, { label: "95% interval", color: ink.whisker, mark: "whisker" }],
    margin,
    plotHeight: 200,
  });
  const { plot, width, height } = frame;
  const x = scaleBand<string>().domain(labels).range([0, width]).padding(0.2);
  const top = max(data.estimates, (e) => e.hi ?? e.mean) ?? 1;
  const y = scaleLinear().domain([0, Math.max(1.1, top * 1.05)]).nice().range([height, 0]);
  const yTicks = tickCount(height, 40, y);
  drawBottomAxis(plot, x, frame, margin, { label: data.by === "hour" ? "Hour of day (local time of the records)" : "Day of week", format: (v) => v, ticks: count, grid: false,
    ...(data.by === "hour" ? { values: labels.filter((_, h) => h % 3 === 0) } : {}) });
  drawSideAxis(plot, y, frame, margin, { side: "left", room, label: yLabel, format: y.tickFormat(yTicks, "~g"), ticks: yTicks, grid: true });
  const bars = plot.append("g").attr("class", "multipliers");
  data.estimates.forEach((e, i) => {
    const label = labels[i] as string;
    const left = x(label) ?? 0;
    bars.append("rect").attr("class", "multiplier").attr("x", left).attr("y", y(e.mean)).attr("width", x.bandwidth())
      .attr("height", height - y(e.mean)).attr("fill", okabeIto.blue)
      .append("title").text(`${data.by === "hour" ? `${label}:00–${label}:59` : label}: ${e.mean.toFixed(2)}${e.lo === null || e.hi === null ? "" : ` [${e.lo.toFixed(2)}, ${e.hi.toFixed(2)}]`}`);
    drawWhisker(bars, e, y, left + x.bandwidth() / 2, "vertical");
  });
  plot.append("line").attr("class", "average").attr("x1", 0).attr("x2", width).attr("y1", y(1)).attr("y2", y(1))
    .attr("stroke", ink.text).attr("stroke-dasharray", "4 3");
  return frame.svg;
}
