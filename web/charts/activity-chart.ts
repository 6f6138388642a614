import { format, max, scaleBand, scaleLinear, select } from "d3";
import type { DirectionId, StudyResult } from "../../src/scenario/study/study-result.js";
import { bottomAxisHeight, drawBottomAxis, sideLabelHeight, tickCount } from "./axes.js";
import { directionsOf, requireBorderResults, requireDirection } from "./border-result.js";
import { chartFrame } from "./chart-frame.js";
import { resolveChartOptions, type ChartOptions } from "./chart-options.js";
import { directionLabel, stageLabel } from "./labels.js";
import type { LegendItem } from "./legend.js";
import { addHatchPattern, hatching, type Hatching } from "./fill-patterns.js";
import { categoryColor, ink } from "./palette.js";
import { drawScenarioAxis, scenarioLabels } from "./scenario-axis.js";
import { textWidth } from "./text-wrap.js";
import { describeEstimate } from "./whisker.js";

/** Options of activityChart. */
export interface ActivityChartOptions extends ChartOptions {
  /** The direction whose stages are drawn. */
  readonly direction: DirectionId;
  /** Readable names of stage ids. @default derived from the id, such as "KZ border control" */
  readonly stageLabels?: Readonly<Record<string, string>>;
}

/** The pseudo-stage of the wait for a checkpoint place, drawn first when a result reports it. */
const GATE = "road queue";
/** The dots over the pale grey of the wait for a checkpoint place. */
const GATE_DOTS: Hatching = { kind: "dots", angle: 45, spacing: 4 };
/** The pseudo-stage of the hold aside for missing documents, drawn last when a result reports one. */
const HOLD = "documents hold";
/** The stripes over the pale grey of the documents hold. */
const HOLD_LINES: Hatching = { kind: "lines", angle: -45, spacing: 4 };

interface Segment {
  readonly stage: string;
  readonly part: "waiting" | "control";
  readonly start: number;
  readonly hours: number;
  readonly tooltip: string;
}

const barHeight = 18;
const placeholder = "hatch-placeholder";
const hours = format(",.1f");

/**
 * Time by activity (the WCO Time Release Study view): one stacked bar per scenario of the mean hours a truck waits
 * before (pale) and is controlled at (solid) each stage, in the order it meets them.
 * A stage keeps its colour in every scenario and both directions.
 * @throws {RangeError} for an empty list, a non-border result, repeated scenario names or an unknown direction.
 * @example activityChart(scenarios, { direction: "kg-to-kz", document }) // => <svg class="activity-chart">
 */
export function activityChart(results: readonly StudyResult[], options: ActivityChartOptions): SVGSVGElement {
  const chart = "activityChart";
  requireBorderResults(chart, results);
  requireDirection(chart, options.direction);
  const nameOf = (stage: string): string => options.stageLabels?.[stage] ?? stageLabel(stage);
  const indexOf = stageIndices(results);
  const colorOf = (stage: string): string => (stage === GATE || stage === HOLD ? ink.muted : categoryColor(indexOf(stage)));
  const rows = results.map((result) => ({ scenario: result.scenario, segments: segments(result, options.direction, nameOf) }));
  const stagesInOrder = mergeOrders(rows.map((row) => [...new Set(row.segments.map((s) => s.stage))]));
  const total = (row: (typeof rows)[number]): number => row.segments.reduce((sum, s) => sum + s.hours, 0);

  const resolved = resolveChartOptions(chart, options, {
    title: `Time by activity, ${directionLabel(options.direction)}`,
    caption: "Mean hours per crossing truck: waiting for a checkpoint place (dotted grey), waiting before (pale) and under control at (solid) each stage in order, " +
      "held aside for missing documents (striped grey, drawn last). A truck that skips a stage counts 0 there, so a bar adds up to the mean crossing time. Means across replications, without intervals.",
  });
  const labels = scenarioLabels(rows.map((row) => row.scenario), resolved.width);
  // Each stage is hatched as well as coloured, so that stages whose colours print as one grey stay apart. The
  // patterns take the chart's own id, known once the frame exists; the legend names them by a placeholder till then.
  let hatchPrefix = placeholder;
  // The wait for a checkpoint place is pale grey, as the legend's generic "Waiting" sample is: dotted, so that
  // the two are told apart.
  const hatchOf = (stage: string, part: Segment["part"]): string =>
    stage === GATE ? `url(#${hatchPrefix}-gate)` : stage === HOLD ? `url(#${hatchPrefix}-hold)` : hatching(indexOf(stage)).kind === "none" ? "none" : `url(#${hatchPrefix}-${indexOf(stage)}-${part})`;
  const top = max(rows, total) ?? 0;
  const legend: LegendItem[] = [
    { label: "Waiting", color: ink.muted, mark: "pale" },
    { label: "Control", color: ink.muted, mark: "swatch" },
    ...stagesInOrder.map((stage): LegendItem =>
      stage === GATE ? { label: "Waiting for a checkpoint place", color: ink.muted, mark: "pale", pattern: hatchOf(GATE, "waiting") }
        : stage === HOLD ? { label: "Held aside for missing documents", color: ink.muted, mark: "pale", pattern: hatchOf(HOLD, "waiting") }
          : { label: nameOf(stage), color: colorOf(stage), mark: "swatch", pattern: hatchOf(stage, "control") }),
  ];
  const margin = { top: sideLabelHeight, right: textWidth(hours(top), 11) + 10, bottom: bottomAxisHeight, left: labels.margin };
  const frame = chartFrame({
    ...resolved,
    className: "activity-chart",
    legend,
    margin,
    plotHeight: rows.length * Math.max(barHeight + 14, labels.tallest + 8),
  });
  const { plot, width, height } = frame;
  hatchPrefix = `${(frame.svg.getAttribute("aria-labelledby") ?? "").replace(/-title$/, "")}-hatch`;
  for (const rect of frame.svg.querySelectorAll(".legend rect.hatch")) rect.setAttribute("fill", (rect.getAttribute("fill") ?? "").replace(placeholder, hatchPrefix));
  const defs = select(frame.svg).append("defs");
  if (stagesInOrder.includes(GATE)) addHatchPattern(defs, `${hatchPrefix}-gate`, GATE_DOTS, ink.muted);
  if (stagesInOrder.includes(HOLD)) addHatchPattern(defs, `${hatchPrefix}-hold`, HOLD_LINES, ink.muted);
  for (const stage of stagesInOrder) {
    if (stage === GATE || stage === HOLD) continue;
    const k = indexOf(stage);
    // White hatching on the solid control colour, the stage's colour on its pale waiting fill.
    addHatchPattern(defs, `${hatchPrefix}-${k}-control`, hatching(k), "#ffffff");
    addHatchPattern(defs, `${hatchPrefix}-${k}-waiting`, hatching(k), colorOf(stage));
  }
  const x = scaleLinear().domain([0, top || 1]).nice().range([0, width]);
  const y = scaleBand<string>().domain(rows.map((row) => row.scenario)).range([0, height]).padding(0);
  const ticks = tickCount(width, 80, x);
  drawBottomAxis(plot, x, frame, margin, { label: "Mean time per crossing truck (hours)", format: x.tickFormat(ticks, ",f"), ticks, grid: true });
  drawScenarioAxis(plot, y, labels, "Scenario");
  const marks = plot.append("g").attr("class", "activities");
  for (const row of rows) {
    const barTop = (y(row.scenario) ?? 0) + (y.bandwidth() - barHeight) / 2;
    for (const s of row.segments) {
      const color = colorOf(s.stage);
      const rect = marks.append("rect").attr("class", `segment ${s.part}`).attr("x", x(s.start)).attr("y", barTop)
        .attr("width", x(s.start + s.hours) - x(s.start)).attr("height", barHeight).attr("fill", color);
      if (s.part === "waiting") rect.attr("fill-opacity", 0.3).attr("stroke", color).attr("stroke-width", 1);
      rect.append("title").text(`${row.scenario}: ${s.tooltip}`);
      const hatch = hatchOf(s.stage, s.part);
      if (hatch !== "none") {
        marks.append("rect").attr("class", `hatch ${s.part}`).attr("x", x(s.start)).attr("y", barTop)
          .attr("width", x(s.start + s.hours) - x(s.start)).attr("height", barHeight).attr("fill", hatch).attr("pointer-events", "none");
      }
    }
    marks.append("text").attr("class", "value").attr("x", x(total(row)) + 6).attr("y", barTop + barHeight / 2 + 4)
      .attr("font-size", 11).attr("fill", ink.muted).text(hours(total(row)));
  }
  return frame.svg;
}

/**
 * Waiting then control for each stage of one direction, placed end to end, in hours per crossing truck: a
 * stage's means (over the trucks that pass it) times the share of trucks that pass it. With the wait for a
 * checkpoint place first and the documents hold last, they add up to the mean crossing time.
 */
function segments(result: StudyResult, direction: DirectionId, nameOf: (stage: string) => string): Segment[] {
  const out: Segment[] = [];
  let start = 0;
  const d = directionsOf("activityChart", result)[direction];
  const hoursOf = (what: string, estimate: { mean: number }): number => {
    if (!(estimate.mean >= 0 && Number.isFinite(estimate.mean))) {
      throw new RangeError(`activityChart: scenario "${result.scenario}" has ${what} ${estimate.mean}; it must be finite and ≥ 0`);
    }
    return estimate.mean;
  };
  const gate = d.gateWaitHours;
  if (gate !== undefined) {
    const h = hoursOf("gateWaitHours", gate);
    out.push({ stage: GATE, part: "waiting", start, hours: h, tooltip: `waiting for a checkpoint place, ${describeEstimate(gate, hours)} hours` });
    start += h;
  }
  const crossed = hoursOf("trucksPerDay", d.trucksPerDay);
  for (const [stage, activity] of Object.entries(d.activities)) {
    const passed = hoursOf(`stage "${stage}" trucksPerDay`, activity.trucksPerDay);
    const share = crossed > 0 ? passed / crossed : 0;
    for (const [part, estimate] of [["waiting", activity.waitHours], ["control", activity.serviceHours]] as const) {
      const mean = hoursOf(`stage "${stage}" ${part} hours`, estimate);
      const what = part === "waiting" ? `waiting before ${nameOf(stage)}` : `control at ${nameOf(stage)}`;
      const tooltip = share >= 0.995
        ? `${what}, ${describeEstimate(estimate, hours)} hours`
        : `${what}, ${hours(mean * share)} hours per crossing truck: ${describeEstimate(estimate, hours)} hours for the ${Math.round(100 * share)}% of trucks that pass it`;
      out.push({ stage, part, start, hours: mean * share, tooltip });
      start += mean * share;
    }
  }
  const hold = d.documentsHoldHours;
  if (hold !== undefined && hold.mean > 0) {
    const h = hoursOf("documentsHoldHours", hold);
    out.push({ stage: HOLD, part: "waiting", start, hours: h, tooltip: `held aside for missing documents, ${describeEstimate(hold, hours)} hours per crossing truck` });
  }
  return out;
}

/** One list keeping the order of every list, a stage one list lacks going before the next stage both share. */
function mergeOrders(lists: readonly (readonly string[])[]): string[] {
  const merged: string[] = [];
  for (const list of lists) {
    list.forEach((stage, i) => {
      if (merged.includes(stage)) return;
      const next = list.slice(i + 1).find((later) => merged.includes(later));
      merged.splice(next === undefined ? merged.length : merged.indexOf(next), 0, stage);
    });
  }
  return merged;
}

/**
 * An index per stage id (its colour and hatching), from the sorted ids of every stage in every result and
 * direction, so it never shifts between charts.
 */
function stageIndices(results: readonly StudyResult[]): (stage: string) => number {
  const ids = new Set<string>();
  for (const result of results) {
    for (const direction of Object.values(directionsOf("activityChart", result))) {
      for (const stage of Object.keys(direction.activities)) ids.add(stage);
    }
  }
  const sorted = [...ids].sort();
  return (stage) => Math.max(0, sorted.indexOf(stage));
}
