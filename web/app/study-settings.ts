import type { DashboardState } from "./url-state.js";

/** The scenarios the page opens on: the base, each measure the governments named, and both together. */
export const firstViewScenarios: readonly string[] = ["baseline", "seals", "unified", "seals-and-unified", "logistics-centre"];

/**
 * The study the page runs until the user asks for another: the bundled scenarios' 10 replications,
 * each run for its warm-up plus two observed weeks (21 days for the first view's scenarios, whose
 * files say 35), so that the first comparison of five scenarios appears within a few seconds on a
 * two-core laptop (about 2 s in headless Chromium on the development machine). The page says so
 * next to the results, with a button for the scenarios' own settings.
 */
export const quickStudy = {
  /** Replications of each scenario (at least 2 for an interval). */
  replications: 10,
  /** Simulated days observed after the longest warm-up of the scenarios compared. */
  observedDays: 14,
} as const;

/** Replications, horizon, seed and warm-up every scenario of a comparison runs with (pairing needs the same for all). */
export interface StudySettings {
  readonly replications: number;
  /** Simulated days, warm-up included. */
  readonly days: number;
  /** True when replications and days come from the quick first-view study rather than from the user. */
  readonly quick: boolean;
  /** Seed of every scenario (`--seed`); absent: the base file's seed, which the comparison gives every scenario. */
  readonly seed?: number;
  /** Days every scenario discards as warm-up (`--set warmupDays=N`), in days; absent: each file's own. */
  readonly warmupDays?: number;
}

/** What the chosen scenarios' files say, for the settings that depend on them. */
export interface ChosenFiles {
  /** The longest warm-up among the chosen scenarios, in days. */
  readonly longestWarmupDays: number;
}

/**
 * The settings a state asks for, the quick study filling in what it leaves open; a warm-up the state
 * sets replaces the files' longest in the quick horizon.
 */
export function studySettings(
  state: Pick<DashboardState, "replications" | "days"> & Partial<Pick<DashboardState, "seed" | "warmupDays">>,
  files: ChosenFiles,
): StudySettings {
  const seed = state.seed ?? null;
  const warmupDays = state.warmupDays ?? null;
  return {
    replications: state.replications ?? quickStudy.replications,
    days: state.days ?? (warmupDays ?? files.longestWarmupDays) + quickStudy.observedDays,
    quick: state.replications === null && state.days === null,
    ...(seed === null ? {} : { seed }),
    ...(warmupDays === null ? {} : { warmupDays }),
  };
}
