import {
  checkAgainstRuns, checkReplications, loadScenario, MAX_REPLICATIONS,
  type CheckTarget, type ObservedCheck, type ReplicationOutput, type Scenario,
} from "../../src/scenario/index.js";
import type { BundledScenario } from "./bundled-scenarios.js";
import { editOverrides } from "./edited-scenario.js";
import type { StudySettings } from "./study-settings.js";
import { truckTimesSeries } from "./truck-times-output.js";
import type { ScenarioEdits } from "./url-state.js";
import type { JobTask } from "./worker-protocol.js";

/** How long and how often a check simulates, and which column of the records it reads. */
export interface CheckSettings {
  /** Simulated days, warm-up included (the CLI's `--set days=N`). */
  readonly days: number;
  /** Replications (the CLI's `--replications N`). */
  readonly replications: number;
  /** Seed of the simulation (the CLI's `--set seed=N`); absent: the file's own. */
  readonly seed?: number;
  /** Days discarded as warm-up (the CLI's `--set warmupDays=N`); absent: the file's own. */
  readonly warmupDays?: number;
  /** The records' column of times (the CLI's `--column NAME`); absent: as `check` chooses (the metric's column, start and end, or the only one). */
  readonly column?: string;
}

/** The seed and warm-up a check takes from the page's study settings. */
export type CheckStudy = Pick<CheckSettings, "seed" | "warmupDays">;

/** A check ready for the workers, or why it cannot run. */
export type CheckPlan =
  | {
    readonly ok: true;
    /** The one task: the edited scenario, collecting the target's per-truck times. */
    readonly task: JobTask & { readonly truckTimes: CheckTarget };
    readonly replications: number;
    /** The `--set` overrides that made the scenario from its file, for the CLI command that repeats the check. */
    readonly overrides: readonly string[];
    /** The records' column the check reads (`--column`); absent: as `check` chooses. */
    readonly column?: string;
  }
  | { readonly ok: false; readonly problems: readonly string[] };

/**
 * Days a check simulates unless the user says otherwise: the warm-up (the page's when it sets one, else
 * the scenario's) and one observed week, as the example records cover.
 */
export function defaultCheckDays(bundled: BundledScenario, warmupDays?: number): number {
  if (bundled.scenario.model !== "border") return 7;
  return (warmupDays ?? bundled.scenario.warmupDays) + 7;
}

/**
 * The seed and warm-up a check of `bundled` takes from the page's study settings, so the check simulates
 * the scenario the comparison runs: the page's seed, else the base file's (`baseSeed`), which the
 * comparison gives every scenario (absent when it is the file's own); the page's warm-up when it sets one.
 * @example checkStudy(baseline, { replications: 10, days: 21, quick: true, warmupDays: 3 }, 1) // => { warmupDays: 3 }
 */
export function checkStudy(bundled: BundledScenario, settings: Pick<StudySettings, "seed" | "warmupDays">, baseSeed: number | undefined): CheckStudy {
  const seed = settings.seed ?? (baseSeed !== undefined && baseSeed !== bundled.scenario.seed ? baseSeed : undefined);
  return { ...(seed === undefined ? {} : { seed }), ...(settings.warmupDays === undefined ? {} : { warmupDays: settings.warmupDays }) };
}

/** Replications a check runs unless the user says otherwise: the CLI's rule, the file's own but at least 19. */
export function defaultCheckReplications(bundled: BundledScenario): number {
  return checkReplications(bundled.scenario);
}

/**
 * The `--set` overrides that turn a bundled file into the scenario a check runs: the days, the seed and
 * warm-up when given, then the edits as every run of an edited scenario writes them (`editOverrides`:
 * each lever with the fields it moves together, then the edited name).
 * @example checkOverrides(baseline, {}, { days: 14 }) // => ["days=14"]
 */
export function checkOverrides(bundled: BundledScenario, edits: ScenarioEdits, settings: Pick<CheckSettings, "days" | "seed" | "warmupDays">): string[] {
  const overrides = [`days=${settings.days}`];
  if (settings.seed !== undefined) overrides.push(`seed=${settings.seed}`);
  if (settings.warmupDays !== undefined) overrides.push(`warmupDays=${settings.warmupDays}`);
  return [...overrides, ...editOverrides(bundled, edits)];
}

/**
 * Resolves a check as `borderflow check FILE --observed RECORDS --direction D --metric M
 * --replications R [--column NAME] --set days=N [--set seed=S --set warmupDays=W] --set EDIT...` does:
 * the bundled file with the overrides, loaded by the CLI's own loader. Problems (a setting out of range, a scenario the loader
 * refuses) are listed in words.
 */
export function planCheck(bundled: BundledScenario, edits: ScenarioEdits, target: CheckTarget, settings: CheckSettings): CheckPlan {
  const problems: string[] = [];
  const { days, replications } = settings;
  if (!Number.isSafeInteger(replications) || replications < 2 || replications > MAX_REPLICATIONS) {
    problems.push(`Replications must be a whole number from 2 to ${MAX_REPLICATIONS.toLocaleString("en")}, got ${Number.isNaN(replications) ? "nothing" : replications}.`);
  }
  if (!Number.isFinite(days)) problems.push("Simulated days must be a number of days, warm-up included.");
  if (problems.length > 0) return { ok: false, problems };
  const overrides = checkOverrides(bundled, edits, settings);
  const loaded = loadScenario(bundled.text, bundled.file, overrides);
  if (!loaded.ok) return { ok: false, problems: loaded.problems.map((p) => `${p.path}: ${p.message}`) };
  if (loaded.scenario.model !== "border") return { ok: false, problems: [`${bundled.file} is a ${loaded.scenario.model} scenario; a check compares trucks' times, so it needs a border scenario.`] };
  const column = settings.column === undefined || settings.column === "" ? {} : { column: settings.column };
  return { ok: true, task: { key: "check", scenario: loaded.scenario, truckTimes: target }, replications, overrides, ...column };
}

/**
 * The check `borderflow check` prints for the same scenario, records and settings, from the workers'
 * outputs (each replication's per-truck times, `truckTimesOutput`): `checkAgainstRuns`, the CLI's own
 * last step, so the two agree number for number.
 * @throws {RangeError} if a replication is missing or came back without its per-truck times.
 */
export function assembleCheck(plan: CheckPlan & { ok: true }, outputs: ReadonlyMap<string, readonly ReplicationOutput[]>, observed: readonly number[]): ObservedCheck {
  const list = outputs.get(plan.task.key) ?? [];
  const series = truckTimesSeries(plan.task.truckTimes);
  if (list.length !== plan.replications) throw new RangeError(`assembleCheck: ${plan.replications} replications were asked for, ${list.length} came back`);
  const runs = list.map((output, i) => {
    const times = output.series?.[series];
    if (output.replication !== i || times === undefined) throw new RangeError(`assembleCheck: replication ${i} came back without the per-truck times ${series}`);
    return times;
  });
  return checkAgainstRuns(plan.task.scenario as Scenario & { model: "border" }, observed, runs, plan.task.truckTimes);
}

/** A word as a POSIX shell reads it: as it is when plain, else in single quotes. */
function shellWord(word: string): string {
  return /^[A-Za-z0-9_./:=,+-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;
}

/**
 * The command line that repeats a check with the CLI, from the repository's root, given the records
 * saved as `recordsFile`: the metric and column read, the replications, and the overrides (days, seed,
 * warm-up, edits) that made the scenario.
 * @example checkCommand(baseline, "crossings.csv", plan) // => "npx borderflow check scenarios/baseline.json --observed crossings.csv --direction kg-to-kz --replications 19 --set days=14"
 */
export function checkCommand(bundled: BundledScenario, recordsFile: string, plan: CheckPlan & { ok: true }): string {
  const { direction, metric } = plan.task.truckTimes;
  const words = [
    "npx", "borderflow", "check", bundled.file, "--observed", recordsFile, "--direction", direction,
    ...(metric === "crossingHours" ? [] : ["--metric", metric]),
    "--replications", String(plan.replications),
    // A name that looks like an option is joined to it, which the CLI's parser reads as the value.
    ...(plan.column === undefined ? [] : plan.column.startsWith("-") ? [`--column=${plan.column}`] : ["--column", plan.column]),
    ...plan.overrides.flatMap((o) => ["--set", o]),
  ];
  return words.map(shellWord).join(" ");
}
