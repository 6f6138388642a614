import { loadScenario, type Scenario } from "../../src/scenario/index.js";
import type { BundledScenario } from "./bundled-scenarios.js";
import { assignProblems, dottedPath, type FieldProblems } from "./field-problems.js";
import { leverAssignments, leversOf, studyLevers } from "./levers.js";
import type { StudySettings } from "./study-settings.js";
import type { ScenarioEdits } from "./url-state.js";

/** A bundled scenario with the user's edits and the study settings applied, or why it cannot be. */
export type EditedScenario =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly problems: FieldProblems };

/** The name an edited scenario goes by in results and files, so no chart passes it off as the bundled one. */
export function editedName(bundled: BundledScenario, edits: ScenarioEdits): string {
  return Object.keys(edits).length === 0 ? bundled.scenario.name : `${bundled.scenario.name} (edited)`;
}

/**
 * The `--set` assignments of lever values, without renaming: each path with its value, and for a lever
 * that moves other fields with its own (a declared uncertain input of several paths), those fields too,
 * in proportion, as `sensitivity` and `uncertainty` move them (`leverAssignments`). A path that is no
 * lever, or a distribution put in by a fit, is written as it is.
 * @example leverOverrides(baseline, { "directions.kg-to-kz.stages.4.serviceMinutes.mean": 40 })
 * // => ["directions.kg-to-kz.stages.4.serviceMinutes.mean=40",
 * //     "directions.kg-to-kz.stages.4.serviceMinutesByClass.perishable.mean=33.33...", "directions.kg-to-kz.stages.4.serviceMinutesByClass.transit.mean=26.66..."]
 */
export function leverOverrides(bundled: BundledScenario, edits: ScenarioEdits): string[] {
  const levers = new Map(leversOf(bundled.scenario).map(({ lever }) => [lever.path, lever]));
  return Object.entries(edits).flatMap(([path, value]) => {
    const lever = levers.get(path);
    const pairs = lever === undefined || typeof value === "object" ? [[path, value] as const] : leverAssignments(lever, value);
    return pairs.map(([p, v]) => `${p}=${JSON.stringify(v)}`);
  });
}

/**
 * A scenario's edits as `--set` overrides, the one rule every run of an edited scenario follows (the
 * comparison, the sweep, the check against records and the commands that repeat them): each lever edit
 * with the fields it moves together (`leverOverrides`), then the edited name, so no result passes an
 * edited scenario off as the file. No edits: no overrides.
 * @example editOverrides(seals, { "seals.share": 0.5 }) // => ["seals.share=0.5", 'name="seals (edited)"']
 */
export function editOverrides(bundled: BundledScenario, edits: ScenarioEdits): string[] {
  if (Object.keys(edits).length === 0) return [];
  return [...leverOverrides(bundled, edits), `name=${JSON.stringify(editedName(bundled, edits))}`];
}

/**
 * The `--set` overrides that turn a bundled file into the scenario the dashboard runs: the study
 * settings (replications, days, then the seed and warm-up when the page sets them), then the edits
 * (`editOverrides`: each lever edit with the fields it moves together, then the edited name), then
 * `swept` (a sweep's values, which do not rename the scenario: `borderflow sweep` keeps the name too).
 * The CLI, given the same overrides, runs the same scenario.
 * @example scenarioOverrides(seals, { "seals.share": 0.5 }, { replications: 5, days: 14, quick: true, seed: 7 })
 * // => ["replications=5", "days=14", "seed=7", "seals.share=0.5", 'name="seals (edited)"']
 */
export function scenarioOverrides(bundled: BundledScenario, edits: ScenarioEdits, settings: StudySettings, swept: ScenarioEdits = {}): string[] {
  const overrides = [`replications=${settings.replications}`, `days=${settings.days}`];
  if (settings.seed !== undefined) overrides.push(`seed=${settings.seed}`);
  if (settings.warmupDays !== undefined) overrides.push(`warmupDays=${settings.warmupDays}`);
  return [...overrides, ...editOverrides(bundled, edits), ...leverOverrides(bundled, swept)];
}


/**
 * Loads a bundled scenario with edits and settings through the scenario loader, the CLI's own
 * validation, so the dashboard refuses exactly what the CLI refuses. Each problem goes to the lever
 * (or study setting) whose path it names. `swept` is a sweep's value, applied last without renaming.
 */
export function loadEdited(bundled: BundledScenario, edits: ScenarioEdits, settings: StudySettings, swept: ScenarioEdits = {}): EditedScenario {
  const loaded = loadScenario(bundled.text, bundled.file, scenarioOverrides(bundled, edits, settings, swept));
  if (loaded.ok) return { ok: true, scenario: loaded.scenario };
  const levers = leversOf(bundled.scenario).map((l) => l.lever);
  const fields = [...levers.map((l) => l.path), ...Object.values(studyLevers).map((l) => l.path)];
  // A field a lever moves with its own is shown at that lever.
  const movedBy = new Map(levers.flatMap((l) => (l.moves?.fields ?? []).map((f) => [f.key, l.path] as const)));
  const problems = loaded.problems.map((p) => {
    const dotted = dottedPath(p.path);
    const lever = movedBy.get(dotted);
    if (lever !== undefined) return { path: lever, message: `${dotted}, moved with it, ${p.message}` };
    // A warm-up as long as the (shortened) horizon is fixed by more days, unless the page sets the warm-up.
    if (dotted === "warmupDays" && settings.warmupDays === undefined) return { path: studyLevers.days.path, message: `warmupDays ${p.message}` };
    return p;
  });
  return { ok: false, problems: assignProblems(problems, fields) };
}
