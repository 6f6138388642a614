import type { ComparisonResult } from "../../src/scenario/index.js";
import { chartSettings, scenarioRun, type ChartSettings } from "./chart-settings.js";
import { encodeState, type DashboardState, type ScenarioEdits } from "./url-state.js";

/** What made a comparison's charts. */
export interface ComparisonSource {
  readonly comparison: ComparisonResult;
  /** The scenario file ids, in the comparison's order. */
  readonly ids: readonly string[];
  /** The page's state when the run started: its scenarios, edits and warm-up make the link. */
  readonly state: DashboardState;
  readonly edits: Readonly<Record<string, ScenarioEdits>>;
  /** The view the link opens, the one the charts are in. @default the comparison */
  readonly opens?: Pick<DashboardState, "view" | "brief">;
  /** The dashboard's address without its query (`https://host/path/`), for a link that works outside the page. */
  readonly page?: string;
}

/**
 * The settings that made a comparison's charts (and the brief's), as every exported chart states them:
 * each scenario's seed, replications, days and warm-up from its result, the edits, and the dashboard link.
 * The link reproduces the run shown: the replications, days and seed its results state (not "the quick
 * study" or "the file's seed", which a later version may change), opening the view the chart is in; what
 * else the page held when the run started (the view then shown, a sweep's settings) is left out.
 */
export function comparisonChartSettings(source: ComparisonSource): ChartSettings {
  const runs = source.comparison.results.map((r, i) => scenarioRun(source.ids[i] ?? r.scenario, r));
  const first = source.comparison.results[0];
  const shown: DashboardState = {
    ...source.state,
    ...(first === undefined ? {} : { replications: first.replications, days: first.horizon / 24, seed: first.seed }),
    view: source.opens?.view ?? "compare",
    brief: source.opens?.brief ?? null,
    sweep: null,
  };
  const link = `?${encodeState(shown)}`;
  return chartSettings(runs, source.edits, { link, ...(source.page === undefined ? {} : { url: `${source.page}${link}` }) });
}
