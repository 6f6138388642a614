import type { ScaleBand, Selection } from "d3";
import { ink } from "./palette.js";
import { textWidth, wrapText } from "./text-wrap.js";

type Group = Selection<SVGGElement, unknown, null, undefined>;

const fontSize = 12;
const lineHeight = 14;
/** Scenario names may take up to this share of the chart's width before they wrap. */
const maxShare = 0.3;

/** Scenario names wrapped to fit the left margin, and that margin's width in pixels. */
export interface ScenarioLabels {
  readonly margin: number;
  readonly lines: ReadonlyMap<string, readonly string[]>;
  /** Height in pixels of the tallest wrapped name. */
  readonly tallest: number;
}

/** Wrap scenario names so they take at most 30% of a chart `width` pixels wide. */
export function scenarioLabels(names: readonly string[], width: number): ScenarioLabels {
  const widest = Math.max(...names.map((name) => textWidth(name, fontSize)));
  const room = Math.min(widest, width * maxShare);
  const lines = new Map(names.map((name) => [name, wrapText(name, room, fontSize)]));
  const most = Math.max(...[...lines.values()].map((l) => l.length));
  return { margin: Math.ceil(room) + 10, lines, tallest: most * lineHeight };
}

/** Draw the wrapped scenario names left of the plot, each centred on its band, with `label` above them. */
export function drawScenarioAxis(plot: Group, scale: ScaleBand<string>, labels: ScenarioLabels, label: string): void {
  const g = plot.append("g").attr("class", "y-axis").attr("font-size", fontSize).attr("fill", ink.text).attr("text-anchor", "end");
  for (const name of scale.domain()) {
    const lines = labels.lines.get(name) ?? [name];
    const middle = (scale(name) ?? 0) + scale.bandwidth() / 2;
    const text = g.append("text").attr("class", "tick").attr("y", middle - ((lines.length - 1) * lineHeight) / 2 + 4);
    lines.forEach((line, i) => text.append("tspan").attr("x", -8).attr("dy", i === 0 ? 0 : lineHeight).text(line));
  }
  g.append("text").attr("class", "axis-label").attr("x", -labels.margin).attr("y", -12).attr("text-anchor", "start").text(label);
}
