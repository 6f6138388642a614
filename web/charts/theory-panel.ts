import { format, scaleLinear, type Selection } from "d3";
import type { Estimate } from "../../src/stats/estimate.js";
import { chartFrame, contentWidth } from "./chart-frame.js";
import { resolveChartOptions, type ChartOptions } from "./chart-options.js";
import { ink, okabeIto } from "./palette.js";
import { textWidth, wrapText } from "./text-wrap.js";
import { theoryRows, type TheoryPanelData, type TheoryRow } from "./theory-rows.js";
import type { Verdict } from "./theory-verdict.js";
import { drawWhisker } from "./whisker.js";

/** Options of theoryPanel. */
export interface TheoryPanelOptions extends ChartOptions {
  /** The model's time unit, written in row labels. @default "time units" */
  readonly timeUnit?: string;
}

const verdictText: Readonly<Record<Verdict, string>> = {
  inside: "✓ inside",
  outside: "✗ outside",
  approximate: "≈ approx.",
  "no interval": "no interval",
  "no theory": "",
};
const verdictColor: Readonly<Record<Verdict, string>> = {
  inside: okabeIto.bluishGreen,
  outside: okabeIto.vermillion,
  approximate: ink.muted,
  "no interval": ink.muted,
  "no theory": ink.muted,
};

const fontSize = 11;
const lineHeight = 14;
const headerHeight = 22;
const scopeHeight = 22;
const value3 = format(".3~r");
const thousands = format(",.0f");

const halfWidth2 = format(".2~r");

/** "9.05 ± 0.21": the mean to three figures and the half-width to two; the mean alone without an interval. */
function simulatedText(s: Estimate | undefined): string {
  if (s === undefined) return "—";
  return s.halfWidth === null ? formatValue(s.mean) : `${formatValue(s.mean)} ± ${Math.abs(s.halfWidth) >= 1000 ? thousands(s.halfWidth) : halfWidth2(s.halfWidth)}`;
}

/** Three significant figures, thousands with separators: 9.05, 0.9, 1,234. */
export function formatValue(x: number): string {
  return Math.abs(x) >= 1000 ? thousands(x) : value3(x);
}

/**
 * The simulation beside queueing theory: for the system, each station and each class, the simulated mean with
 * its 95% interval and the analytic value (M/M/1, M/M/c, M/G/1, Cobham, Jackson; "≈" for Allen–Cunneen), a
 * whisker-and-diamond sketch of each row on its own scale, and whether the theory falls inside the interval.
 * Where theory does not apply (an unstable station, a rota, breakdowns), it says why in plain words and
 * shows the simulation alone.
 * @example theoryPanel({ result, theory: networkTheory(scenario) }, { document }) // => <svg class="theory-panel">
 */
export function theoryPanel(data: TheoryPanelData, options: TheoryPanelOptions = {}): SVGSVGElement {
  const chart = "theoryPanel";
  const unit = options.timeUnit ?? "time units";
  const { result, theory } = data;
  const rows = theoryRows(data, unit);
  const reps = `${result.replications} replication${result.replications === 1 ? "" : "s"}`;
  const resolved = resolveChartOptions(chart, options, {
    title: `Simulation and theory: ${result.scenario}`,
    caption: theory.applies
      ? `Dots and whiskers: the simulation's mean and 95% interval over ${reps}; diamonds: theory (${theory.model}${theory.exact ? "" : ", an approximation"}). ` +
        "With 95% intervals about one row in twenty misses an exact value by chance alone; an approximation need not fall inside."
      : `Dots and whiskers: the simulation's mean and 95% interval over ${reps}. Queueing theory has no formula for this network: ${theory.reason}.`,
  });
  const inner = contentWidth(resolved.width);
  const simulatedTexts = rows.map((r) => simulatedText(r.simulated));
  const theoryTexts = rows.map((r) => (r.theory === undefined ? "—" : `${r.verdict === "approximate" ? "≈ " : ""}${formatValue(r.theory)}`));
  const widest = (texts: readonly string[], title: string): number => Math.max(textWidth(title, fontSize, true), ...texts.map((t) => textWidth(t, fontSize))) + 10;
  const verdictWidth = textWidth(verdictText.outside, fontSize) + 6;
  const columns = { simulated: widest(simulatedTexts, "Simulated"), theory: widest(theoryTexts, "Theory"), label: 0 };
  // The label column takes about 40% of the width; the sketch gets what is left, or nothing when too narrow to read.
  const rest = inner - columns.simulated - columns.theory - verdictWidth - 12;
  columns.label = Math.max(Math.min(rest, Math.round(inner * 0.4)), Math.round(inner * 0.3));
  const sketchWidth = rest - columns.label >= 50 ? rest - columns.label : 0;
  if (sketchWidth === 0) columns.label = Math.max(columns.label, rest);
  const note = theory.applies
    ? `Theory: ${theory.model}${theory.exact ? " (exact)" : ""}${theory.reason === "" ? "" : ` — ${theory.reason}`}`
    : `Theory does not apply: ${theory.reason}`;
  const noteLines = wrapText(note, inner, 12);
  const labelLines = rows.map((r) => wrapText(r.label, columns.label - 14, fontSize));
  const rowHeights = labelLines.map((lines) => Math.max(22, lines.length * lineHeight + 8));
  // A heading row opens each scope (the system, a station, a class).
  const opensScope = rows.map((r, i) => i === 0 || rows[i - 1]?.scope !== r.scope);
  const headings = opensScope.filter(Boolean).length;
  const top = noteLines.length * 16 + 8 + headerHeight;
  const frame = chartFrame({
    ...resolved,
    className: "theory-panel",
    legend: [
      { label: "simulated mean", color: ink.text, mark: "dot" },
      { label: "95% interval", color: ink.whisker, mark: "whisker" },
      ...(theory.applies ? [{ label: "theory", color: okabeIto.orange, mark: "diamond" as const }] : []),
    ],
    margin: { top: 0, right: 0, bottom: 0, left: 0 },
    plotHeight: top + rowHeights.reduce((a, b) => a + b, 0) + headings * scopeHeight,
  });
  const plot = frame.plot.attr("data-applies", String(theory.applies)).attr("data-model", theory.model);
  const noteText = plot.append("text").attr("class", "theory-note").attr("font-size", 12)
    .attr("fill", theory.applies ? ink.text : okabeIto.vermillion);
  noteLines.forEach((line, i) => noteText.append("tspan").attr("x", 0).attr("y", 12 + i * 16).text(line));

  const x = { simulated: columns.label, theory: columns.label + columns.simulated, sketch: columns.label + columns.simulated + columns.theory + 6 };
  const verdictX = inner - verdictWidth + 6;
  const header = plot.append("g").attr("class", "header").attr("font-size", fontSize).attr("font-weight", "bold").attr("fill", ink.text);
  const headerY = top - 8;
  header.append("text").attr("x", 0).attr("y", headerY).text("Measure");
  header.append("text").attr("x", x.simulated).attr("y", headerY).text("Simulated");
  header.append("text").attr("x", x.theory).attr("y", headerY).text("Theory");
  plot.append("line").attr("x1", 0).attr("x2", inner).attr("y1", top - 3).attr("y2", top - 3).attr("stroke", ink.axis);

  let y = top;
  rows.forEach((row, i) => {
    if (opensScope[i] === true) {
      plot.append("text").attr("class", "scope").attr("x", 0).attr("y", y + scopeHeight - 6).attr("font-size", 12).attr("font-weight", "bold")
        .attr("fill", ink.text).text(row.scope);
      y += scopeHeight;
    }
    const height = rowHeights[i] as number;
    const middle = y + height / 2;
    // The numbers behind the row, unrounded, for readers of the exported file and for tests.
    const g = plot.append("g").attr("class", "row").attr("data-path", row.path).attr("data-verdict", row.verdict)
      .attr("data-mean", row.simulated?.mean ?? null).attr("data-half-width", row.simulated?.halfWidth ?? null).attr("data-theory", row.theory ?? null);
    if (i % 2 === 1) g.append("rect").attr("class", "stripe").attr("y", y).attr("width", inner).attr("height", height).attr("fill", "#f7f7f5");
    const label = g.append("text").attr("class", "row-label").attr("font-size", fontSize).attr("fill", ink.text);
    const lines = labelLines[i] as string[];
    lines.forEach((line, k) => label.append("tspan").attr("x", 8).attr("y", middle + 4 + (k - (lines.length - 1) / 2) * lineHeight).text(line));
    const s = row.simulated;
    g.append("text").attr("class", "simulated").attr("x", x.simulated).attr("y", middle + 4).attr("font-size", fontSize).attr("fill", ink.text)
      .text(simulatedTexts[i] as string);
    g.append("text").attr("class", "theory").attr("x", x.theory).attr("y", middle + 4).attr("font-size", fontSize).attr("fill", ink.text)
      .text(theoryTexts[i] as string);
    if (sketchWidth > 0) drawSketch(g, row, x.sketch, sketchWidth, middle);
    g.append("text").attr("class", "verdict").attr("x", verdictX).attr("y", middle + 4).attr("font-size", fontSize)
      .attr("fill", verdictColor[row.verdict]).text(verdictText[row.verdict]);
    y += height;
  });
  return frame.svg;
}

/** One row's interval (whisker), mean (dot) and theory (diamond) on a scale of its own, so small and large metrics both read. */
function drawSketch(g: Selection<SVGGElement, unknown, null, undefined>, row: TheoryRow, left: number, width: number, middle: number): void {
  const s = row.simulated;
  const values = [s?.mean, s?.lo, s?.hi, row.theory].filter((v): v is number => typeof v === "number");
  if (values.length === 0) return;
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  const pad = hi > lo ? (hi - lo) * 0.15 : Math.max(Math.abs(hi) * 0.1, 1e-9);
  lo -= pad;
  hi += pad;
  const position = scaleLinear().domain([lo, hi]).range([left + 6, left + width - 6]);
  const sketch = g.append("g").attr("class", "sketch");
  sketch.append("line").attr("x1", left).attr("x2", left + width).attr("y1", middle).attr("y2", middle).attr("stroke", ink.grid);
  if (s !== undefined) {
    drawWhisker(sketch, s, position, middle, "horizontal");
    sketch.append("circle").attr("class", "dot").attr("cx", position(s.mean)).attr("cy", middle).attr("r", 3.5).attr("fill", ink.text);
  }
  if (row.theory !== undefined) {
    const t = position(row.theory);
    sketch.append("path").attr("class", "diamond").attr("d", `M${t},${middle - 6}L${t + 5},${middle}L${t},${middle + 6}L${t - 5},${middle}Z`)
      .attr("fill", okabeIto.orange).attr("fill-opacity", 0.85).attr("stroke", ink.text).attr("stroke-width", 0.75);
  }
}
