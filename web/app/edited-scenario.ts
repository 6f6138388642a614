import { loadScenario, type Scenario } from "../../src/scenario/index.js";
import type { BundledScenario } from "./bundled-scenarios.js";
import { assignProblems, type FieldProblems } from "./field-problems.js";
import { leversOf, studyLevers } from "./levers.js";
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
 * The `--set` overrides that turn a bundled file into the scenario the dashboard runs: the study
 * settings, then each lever edit, then the edited name, then `swept` (a sweep's value, which does not
 * rename the scenario: `borderflow sweep` keeps the name too). The CLI, given the same overrides, runs the same scenario.
 * @example scenarioOverrides(seals, { "seals.share": 0.5 }, { replications: 5, days: 14, quick: true })
 * // => ["replications=5", "days=14", "seals.share=0.5", 'name="seals (edited)"']
 */
export function scenarioOverrides(bundled: BundledScenario, edits: ScenarioEdits, settings: StudySettings, swept: ScenarioEdits = {}): string[] {
  const overrides = [`replications=${settings.replications}`, `days=${settings.days}`];
  for (const [path, value] of Object.entries(edits)) overrides.push(`${path}=${JSON.stringify(value)}`);
  if (Object.keys(edits).length > 0) overrides.push(`name=${JSON.stringify(editedName(bundled, edits))}`);
  for (const [path, value] of Object.entries(swept)) overrides.push(`${path}=${JSON.stringify(value)}`);
  return overrides;
}

/**
 * Problems at these paths are about a study setting the page offers though they name another field:
 * a warm-up as long as the shortened horizon is fixed by giving more days.
 */
const settingOf: Readonly<Record<string, string>> = { warmupDays: studyLevers.days.path };

/**
 * Loads a bundled scenario with edits and settings through the scenario loader, the CLI's own
 * validation, so the dashboard refuses exactly what the CLI refuses. Each problem goes to the lever
 * (or study setting) whose path it names. `swept` is a sweep's value, applied last without renaming.
 */
export function loadEdited(bundled: BundledScenario, edits: ScenarioEdits, settings: StudySettings, swept: ScenarioEdits = {}): EditedScenario {
  const loaded = loadScenario(bundled.text, bundled.file, scenarioOverrides(bundled, edits, settings, swept));
  if (loaded.ok) return { ok: true, scenario: loaded.scenario };
  const fields = [...leversOf(bundled.scenario).map((l) => l.lever.path), studyLevers.replications.path, studyLevers.days.path];
  const problems = loaded.problems.map((p) => {
    const setting = settingOf[p.path];
    return setting === undefined ? p : { ...p, path: setting, message: `${p.path} ${p.message}` };
  });
  return { ok: false, problems: assignProblems(problems, fields) };
}
