import {
  checkAgainstRuns, checkReplications, loadScenario, MAX_REPLICATIONS,
  type CheckTarget, type ObservedCheck, type ReplicationOutput, type Scenario,
} from "../../src/scenario/index.js";
import type { BundledScenario } from "./bundled-scenarios.js";
import { editedName } from "./edited-scenario.js";
import { truckTimesSeries } from "./truck-times-output.js";
import type { ScenarioEdits } from "./url-state.js";
import type { JobTask } from "./worker-protocol.js";

/** How long and how often a check simulates. */
export interface CheckSettings {
  /** Simulated days, warm-up included (the CLI's `--set days=N`). */
  readonly days: number;
  /** Replications (the CLI's `--replications N`). */
  readonly replications: number;
}

/** A check ready for the workers, or why it cannot run. */
export type CheckPlan =
  | {
    readonly ok: true;
    /** The one task: the edited scenario, collecting the target's per-truck times. */
    readonly task: JobTask & { readonly truckTimes: CheckTarget };
    readonly replications: number;
    /** The `--set` overrides that made the scenario from its file, for the CLI command that repeats the check. */
    readonly overrides: readonly string[];
  }
  | { readonly ok: false; readonly problems: readonly string[] };

/** Days a check simulates unless the user says otherwise: the scenario's warm-up and one observed week, as the example records cover. */
export function defaultCheckDays(bundled: BundledScenario): number {
  return bundled.scenario.model === "border" ? bundled.scenario.warmupDays + 7 : 7;
}

/** Replications a check runs unless the user says otherwise: the CLI's rule, the file's own but at least 19. */
export function defaultCheckReplications(bundled: BundledScenario): number {
  return checkReplications(bundled.scenario);
}

/**
 * The `--set` overrides that turn a bundled file into the scenario a check runs: the days, each lever
 * edit, and the edited name (so no result passes an edited scenario off as the file).
 * @example checkOverrides(baseline, {}, 14) // => ["days=14"]
 */
export function checkOverrides(bundled: BundledScenario, edits: ScenarioEdits, days: number): string[] {
  const overrides = [`days=${days}`];
  for (const [path, value] of Object.entries(edits)) overrides.push(`${path}=${JSON.stringify(value)}`);
  if (Object.keys(edits).length > 0) overrides.push(`name=${JSON.stringify(editedName(bundled, edits))}`);
  return overrides;
}

/**
 * Resolves a check as `borderflow check FILE --observed RECORDS --direction D --metric M
 * --replications R --set days=N --set EDIT...` does: the bundled file with the overrides, loaded by
 * the CLI's own loader, its seed the file's. Problems (a setting out of range, a scenario the loader
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
  const overrides = checkOverrides(bundled, edits, days);
  const loaded = loadScenario(bundled.text, bundled.file, overrides);
  if (!loaded.ok) return { ok: false, problems: loaded.problems.map((p) => `${p.path}: ${p.message}`) };
  if (loaded.scenario.model !== "border") return { ok: false, problems: [`${bundled.file} is a ${loaded.scenario.model} scenario; a check compares trucks' times, so it needs a border scenario.`] };
  return { ok: true, task: { key: "check", scenario: loaded.scenario, truckTimes: target }, replications, overrides };
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
 * saved as `recordsFile`.
 * @example checkCommand(baseline, "crossings.csv", plan) // => "npx borderflow check scenarios/baseline.json --observed crossings.csv --direction kg-to-kz --replications 19 --set days=14"
 */
export function checkCommand(bundled: BundledScenario, recordsFile: string, plan: CheckPlan & { ok: true }): string {
  const { direction, metric } = plan.task.truckTimes;
  const words = [
    "npx", "borderflow", "check", bundled.file, "--observed", recordsFile, "--direction", direction,
    ...(metric === "crossingHours" ? [] : ["--metric", metric]),
    "--replications", String(plan.replications),
    ...plan.overrides.flatMap((o) => ["--set", o]),
  ];
  return words.map(shellWord).join(" ");
}
