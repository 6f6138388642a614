import type { StudySettings } from "./study-settings.js";

/**
 * Days as people write them: "7 days", "1 day", "3.5 days".
 * @example formatDays(7) // => "7 days"
 */
export function formatDays(days: number): string {
  return `${Number.isInteger(days) ? days : days.toFixed(1)} day${days === 1 ? "" : "s"}`;
}

/** The sentence under the study settings: what every scenario will run (seed and warm-up too), and whether that is the shortened first view. */
export function studyNote(settings: StudySettings): string {
  const { replications, days } = settings;
  const seed = settings.seed === undefined ? "the base file's seed" : `seed ${settings.seed}`;
  const warmup = settings.warmupDays === undefined ? "each file's own warm-up discarded" : `the first ${formatDays(settings.warmupDays)} discarded as warm-up`;
  const rest = ` Every scenario runs ${seed}, with ${warmup}.`;
  return settings.quick
    ? `A shortened first view: ${replications} replications of ${days} simulated days each (the longest warm-up and two observed weeks), ` +
      `so that the comparison appears within seconds. Intervals are wide; for figures to quote, use the scenarios' own settings or more replications.${rest}`
    : `${replications} replications of ${days} simulated days each (warm-up included), the same for every scenario so that they pair.${rest}`;
}

/** One scenario's run window, from its study result: whole run and warm-up, in hours. */
export interface RunWindow {
  readonly scenario: string;
  readonly horizonHours: number;
  readonly warmupHours: number;
}

/** Fewer observed days than this after warm-up draw a warning: two weeks cover each weekday twice. */
export const shortWindowDays = 14;

/**
 * The warm-up of each scenario, in words: one figure when all share it ("the first 7 days discarded as
 * warm-up"), else each figure with its scenarios ("warm-up discarded: 7 days for baseline, seals; 31 days for harvest-peak").
 * @example warmupText([{ scenario: "a", horizonHours: 840, warmupHours: 168 }]) // => "the first 7 days discarded as warm-up"
 */
export function warmupText(windows: readonly RunWindow[]): string {
  const groups = new Map<number, string[]>();
  for (const w of windows) groups.set(w.warmupHours, [...(groups.get(w.warmupHours) ?? []), w.scenario]);
  if (groups.size <= 1) return `the first ${formatDays((windows[0]?.warmupHours ?? 0) / 24)} discarded as warm-up`;
  return `warm-up discarded: ${[...groups].map(([hours, names]) => `${formatDays(hours / 24)} for ${names.join(", ")}`).join("; ")}`;
}

/**
 * A warning for each scenario that keeps fewer than `shortWindowDays` observed days after its warm-up, or ""
 * when none does.
 * @example shortWindowWarning([{ scenario: "harvest-peak", horizonHours: 840, warmupHours: 744 }]) // => "Short observed window: harvest-peak keeps only 4 days after its 31-day warm-up; ..."
 */
export function shortWindowWarning(windows: readonly RunWindow[]): string {
  const short = windows.filter((w) => (w.horizonHours - w.warmupHours) / 24 < shortWindowDays);
  if (short.length === 0) return "";
  const each = short.map((w) => `${w.scenario} keeps only ${formatDays((w.horizonHours - w.warmupHours) / 24)} after its ${formatDays(w.warmupHours / 24).replace(/ days?$/, "-day")} warm-up`);
  return `Short observed window: ${each.join("; ")}. Its averages rest on few days and no full fortnight; ` +
    `run at least ${shortWindowDays} days beyond the longest warm-up before quoting them.`;
}

/** The run window of every result of a comparison. */
export function runWindows(results: readonly { readonly scenario: string; readonly horizon: number; readonly warmup: number }[]): RunWindow[] {
  return results.map((r) => ({ scenario: r.scenario, horizonHours: r.horizon, warmupHours: r.warmup }));
}

/** What a finished comparison was. */
export interface RunSummary {
  readonly scenarios: number;
  readonly settings: StudySettings;
  /** Each scenario's run window: its own warm-up is discarded, so windows can differ. */
  readonly windows: readonly RunWindow[];
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
    `(${warmupText(run.windows)}), all with seed ${run.seed} so that the comparison is paired. ` +
    (shortWindowWarning(run.windows) === "" ? "" : `${shortWindowWarning(run.windows)} `) +
    (quick ? "This is the shortened first view: intervals are wider than with the scenarios' own settings. " : "") +
    `Bars and whiskers are means with 95% confidence intervals across replications. Ran in ${run.seconds.toFixed(1)} s.` +
    (stale ? " The scenarios or levers have changed since: press “Run comparison” to update." : "");
}

/** The brief's "how these numbers were made" (with the seed the results ran), including the caveat that the measures' effects are assumptions. */
export function briefMethod(settings: StudySettings, windows: readonly RunWindow[], seed: number): string {
  const warning = shortWindowWarning(windows);
  return `How these numbers were made: ${settings.replications} independent replications of ${settings.days} simulated days for each scenario ` +
    `(${warmupText(windows)}), seed ${seed}, every scenario meeting the same simulated trucks (common random numbers), ` +
    "so differences are paired. The effects of seals and of the unified algorithm are assumptions written in the scenario files, not measurements: " +
    "no measured effect on crossing time has been published." +
    (settings.quick ? " These are the dashboard's shortened first-view settings; rerun with the scenarios' own settings before quoting." : "") +
    (warning === "" ? "" : ` ${warning}`);
}
