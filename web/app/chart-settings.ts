import pkg from "../../package.json" with { type: "json" };
import { exportSvg } from "../charts/index.js";
import { withSettingsCaption } from "./chart-image.js";
import { formatDays, warmupText } from "./run-notes.js";
import type { ScenarioEdits } from "./url-state.js";
import type { Scenario } from "../../src/scenario/index.js";

/** The borderflow version that makes the charts (package.json's). */
export const borderflowVersion: string = pkg.version;

/** One scenario's study as its result states it: the id of its file, seed, replications, run and warm-up in hours. */
export interface ScenarioRun {
  /** The scenario's file id, such as "seals". */
  readonly id: string;
  readonly seed: number;
  readonly replications: number;
  readonly horizonHours: number;
  readonly warmupHours: number;
}

/** What made a chart, as every exported chart states it (the SVG's metadata, the PNG's caption). */
export interface ChartSettings {
  readonly tool: "borderflow";
  readonly version: string;
  /** The scenario file ids, in the study's order. */
  readonly scenarios: readonly string[];
  /** The seeds the scenarios ran with (one, when they pair). */
  readonly seeds: readonly number[];
  /** The replications of each scenario or configuration: one number, or the least and the most. */
  readonly replications: readonly number[];
  /** Simulated days, warm-up included (one number when all share it). */
  readonly days: readonly number[];
  /** Days discarded as warm-up, by scenario id. */
  readonly warmupDays: Readonly<Record<string, number>>;
  /** The edits applied to each scenario, as `--set` paths and values; empty when none. */
  readonly edits: Readonly<Record<string, ScenarioEdits>>;
  /** What the study did beyond running the scenarios, in words (such as "sweep of seals.share over 0, 0.5, 1"). */
  readonly study?: string;
  /** The dashboard link that reproduces the chart, relative to the page (`?s=...`). */
  readonly link?: string;
  /** The same link as a full address (`https://host/path/?s=...`), for someone who has only the file. */
  readonly url?: string;
}

/** A study result's run under its scenario's file id (results name scenarios by name, which an edit changes). */
export function scenarioRun(id: string, result: { readonly seed: number; readonly replications: number; readonly horizon: number; readonly warmup: number }): ScenarioRun {
  return { id, seed: result.seed, replications: result.replications, horizonHours: result.horizon, warmupHours: result.warmup };
}

/**
 * A scenario's run as the loaded scenario states it (days and warm-up days for a border scenario, the
 * horizon and warm-up for a network), with the seed and replications a study gave it.
 */
export function scenarioRunOf(id: string, scenario: Scenario, study: { readonly seed: number; readonly replications: number }): ScenarioRun {
  const [horizonHours, warmupHours] = scenario.model === "border" ? [scenario.days * 24, scenario.warmupDays * 24] : [scenario.horizon, typeof scenario.warmup === "number" ? scenario.warmup : 0];
  return { id, seed: study.seed, replications: study.replications, horizonHours, warmupHours };
}

const distinct = <T>(values: readonly T[]): T[] => [...new Set(values)];

/**
 * The settings of a study from its scenarios' runs (a scenario listed twice, as in a sweep, counts once
 * for its warm-up; all runs count for seeds, replications and days), the edits applied and what else made it.
 * @example chartSettings([{ id: "seals", seed: 1, replications: 10, horizonHours: 504, warmupHours: 168 }], {})
 * // => { tool: "borderflow", version: "0.1.0", scenarios: ["seals"], seeds: [1], replications: [10], days: [21], warmupDays: { seals: 7 }, edits: {} }
 */
export function chartSettings(
  runs: readonly ScenarioRun[],
  edits: Readonly<Record<string, ScenarioEdits>>,
  more: { readonly study?: string; readonly link?: string; readonly url?: string } = {},
): ChartSettings {
  const replications = runs.map((r) => r.replications);
  const fewest = Math.min(...replications);
  const most = Math.max(...replications);
  const warmupDays: Record<string, number> = {};
  for (const r of runs) warmupDays[r.id] ??= r.warmupHours / 24;
  const changed = Object.fromEntries(Object.entries(edits).filter(([, e]) => Object.keys(e).length > 0));
  return {
    tool: "borderflow",
    version: borderflowVersion,
    scenarios: distinct(runs.map((r) => r.id)),
    seeds: distinct(runs.map((r) => r.seed)),
    replications: runs.length === 0 ? [] : fewest === most ? [fewest] : [fewest, most],
    days: distinct(runs.map((r) => r.horizonHours / 24)),
    warmupDays,
    edits: changed,
    ...(more.study === undefined ? {} : { study: more.study }),
    ...(more.link === undefined ? {} : { link: more.link }),
    ...(more.url === undefined ? {} : { url: more.url }),
  };
}

/**
 * The settings in one paragraph, for the PNG's caption and the first line of the SVG's metadata.
 * @example settingsText(settings) // => "Made with borderflow 0.1.0: baseline, seals; 10 replications of 21 simulated days each, seed 1 (the first 7 days discarded as warm-up); no lever changed from the scenario files. Dashboard link: ?s=baseline,seals"
 */
export function settingsText(settings: ChartSettings): string {
  const replications = settings.replications.join(" to ");
  const days = settings.days.map((d) => formatDays(d).replace(/ days?$/, "")).join(" and ");
  const seeds = `seed${settings.seeds.length === 1 ? "" : "s"} ${settings.seeds.join(", ")}`;
  const warmup = warmupText(Object.entries(settings.warmupDays).map(([scenario, d]) => ({ scenario, horizonHours: 0, warmupHours: d * 24 })));
  const edits = Object.entries(settings.edits)
    .map(([id, e]) => `${id}: ${Object.entries(e).map(([path, value]) => `${path} = ${JSON.stringify(value)}`).join(", ")}`);
  return `Made with borderflow ${settings.version}: ${settings.scenarios.join(", ")}; ${replications} replications of ${days} simulated days each, ${seeds} ` +
    `(${warmup}); ${edits.length === 0 ? "no lever changed from the scenario files" : `levers changed: ${edits.join("; ")}`}.` +
    (settings.study === undefined ? "" : ` ${settings.study.charAt(0).toUpperCase()}${settings.study.slice(1)}.`) +
    (settings.link === undefined ? "" : ` Dashboard link: ${settings.url ?? settings.link}`);
}

/**
 * A chart as a standalone SVG file whose `<metadata>` states the settings: the paragraph, then the same
 * settings as one line of JSON (`{"tool":"borderflow","version":...}`) for programs that read it.
 */
export function svgWithSettings(svg: SVGSVGElement, settings: ChartSettings): string {
  return exportSvg(svg, { metadata: `${settingsText(settings)}\n${JSON.stringify(settings)}` });
}

/** A copy of a chart with the settings as a caption below it, for the PNG export (a PNG has no metadata a reader sees). */
export function captionedForPng(svg: SVGSVGElement, settings: ChartSettings): SVGSVGElement {
  return withSettingsCaption(svg, settingsText(settings));
}
