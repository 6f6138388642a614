import type { ComparisonResult } from "../../src/scenario/index.js";
import { runWindows, warmupText } from "./run-notes.js";
import type { StudySettings } from "./study-settings.js";
import { encodeState, type DashboardState, type ScenarioEdits } from "./url-state.js";

/** What made a comparison's charts, as an exported chart states it. */
export interface ChartSource {
  readonly comparison: ComparisonResult;
  readonly settings: StudySettings;
  readonly state: DashboardState;
  readonly edits: Readonly<Record<string, ScenarioEdits>>;
}

/**
 * The settings that made a comparison's charts, in one paragraph for an exported chart (the SVG's
 * metadata, the PNG's caption): the scenarios, replications, days, seed, each warm-up, the levers
 * changed from the files, and the dashboard link that reproduces them.
 * @example chartProvenance(run) // => "Made with borderflow: baseline, seals; 10 replications of 21 simulated days each, seed 1 (the first 7 days discarded as warm-up); no lever changed from the scenario files. Dashboard link: ?s=baseline,seals"
 */
export function chartProvenance(source: ChartSource): string {
  const { comparison, settings } = source;
  const names = comparison.results.map((r) => r.scenario).join(", ");
  const seed = comparison.results[0]?.seed ?? 1;
  const edits = Object.entries(source.edits).filter(([, e]) => Object.keys(e).length > 0)
    .map(([id, e]) => `${id}: ${Object.entries(e).map(([path, value]) => `${path} = ${JSON.stringify(value)}`).join(", ")}`);
  return `Made with borderflow: ${names}; ${settings.replications} replications of ${settings.days} simulated days each, seed ${seed} ` +
    `(${warmupText(runWindows(comparison.results))}); ` +
    `${edits.length === 0 ? "no lever changed from the scenario files" : `levers changed: ${edits.join("; ")}`}. ` +
    `Dashboard link: ?${encodeState(source.state)}`;
}
