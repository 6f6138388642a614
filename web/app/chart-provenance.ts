import type { ComparisonResult } from "../../src/scenario/index.js";
import { chartSettings, scenarioRun, type ChartSettings } from "./chart-settings.js";
import { encodeState, type DashboardState, type ScenarioEdits } from "./url-state.js";

/** What made a comparison's charts. */
export interface ComparisonSource {
  readonly comparison: ComparisonResult;
  /** The scenario file ids, in the comparison's order. */
  readonly ids: readonly string[];
  /** The page's state when the run started, for the link that reproduces it. */
  readonly state: DashboardState;
  readonly edits: Readonly<Record<string, ScenarioEdits>>;
}

/**
 * The settings that made a comparison's charts (and the brief's), as every exported chart states them:
 * each scenario's seed, replications, days and warm-up from its result, the edits, and the dashboard link.
 */
export function comparisonChartSettings(source: ComparisonSource): ChartSettings {
  const runs = source.comparison.results.map((r, i) => scenarioRun(source.ids[i] ?? r.scenario, r));
  return chartSettings(runs, source.edits, { link: `?${encodeState(source.state)}` });
}
