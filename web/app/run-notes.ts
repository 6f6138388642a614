import type { StudySettings } from "./study-settings.js";

/**
 * Days as people write them: "7 days", "1 day", "3.5 days".
 * @example formatDays(7) // => "7 days"
 */
export function formatDays(days: number): string {
  return `${Number.isInteger(days) ? days : days.toFixed(1)} day${days === 1 ? "" : "s"}`;
}

/** The sentence under the study settings: what every scenario will run, and whether that is the shortened first view. */
export function studyNote(settings: StudySettings): string {
  const { replications, days } = settings;
  return settings.quick
    ? `A shortened first view: ${replications} replications of ${days} simulated days each (the longest warm-up and two observed weeks), ` +
      "so that the comparison appears within seconds. Intervals are wide; for figures to quote, use the scenarios' own settings or more replications."
    : `${replications} replications of ${days} simulated days each (warm-up included), the same for every scenario so that they pair.`;
}

/** What a finished comparison was. */
export interface RunSummary {
  readonly scenarios: number;
  readonly settings: StudySettings;
  /** Warm-up discarded, in hours (a study result's `warmup`). */
  readonly warmupHours: number;
  readonly seed: number;
  /** Wall-clock seconds the run took in the browser. */
  readonly seconds: number;
}

/**
 * The note above the comparison's charts: what was run, how it pairs, what the whiskers mean, and,
 * when the controls have changed since, that the charts no longer match them.
 */
export function resultsNote(run: RunSummary, stale: boolean): string {
  const { replications, days, quick } = run.settings;
  return `${run.scenarios} scenario${run.scenarios === 1 ? "" : "s"}, each ${replications} replications of ${days} simulated days ` +
    `(the first ${formatDays(run.warmupHours / 24)} discarded as warm-up), all with seed ${run.seed} so that the comparison is paired. ` +
    (quick ? "This is the shortened first view: intervals are wider than with the scenarios' own settings. " : "") +
    `Bars and whiskers are means with 95% confidence intervals across replications. Ran in ${run.seconds.toFixed(1)} s.` +
    (stale ? " The scenarios or levers have changed since: press “Run comparison” to update." : "");
}

/** The brief's "how these numbers were made", including the caveat that the measures' effects are assumptions. */
export function briefMethod(settings: StudySettings, warmupHours: number): string {
  return `How these numbers were made: ${settings.replications} independent replications of ${settings.days} simulated days for each scenario ` +
    `(the first ${formatDays(warmupHours / 24)} discarded as warm-up), every scenario meeting the same simulated trucks (common random numbers), ` +
    "so differences are paired. The effects of seals and of the unified algorithm are assumptions written in the scenario files, not measurements: " +
    "no measured effect on crossing time has been published." +
    (settings.quick ? " These are the dashboard's shortened first-view settings; rerun with the scenarios' own settings before quoting." : "");
}
