import { parseJson, applyOverrides } from "../../src/scenario/index.js";
import type { BundledScenario } from "./bundled-scenarios.js";
import { scenarioOverrides } from "./edited-scenario.js";
import type { DownloadFile } from "./result-files.js";
import type { StudySettings } from "./study-settings.js";
import type { ScenarioEdits } from "./url-state.js";

/**
 * The bundled scenario file with the page's edits and study settings written into it, for
 * `borderflow run FILE`: the CLI then runs the scenario the page ran. The file keeps the original's
 * fields and order; only edited values change (applied as the same `--set` overrides the page uses).
 * @throws {Error} if an override does not apply (the page only offers this for a scenario that loaded).
 */
export function editedScenarioFile(bundled: BundledScenario, edits: ScenarioEdits, settings: StudySettings): DownloadFile {
  const parsed = parseJson(bundled.text);
  if (!parsed.ok) throw new Error(`${bundled.file}: ${parsed.problem.message}`);
  const applied = applyOverrides(parsed.value, scenarioOverrides(bundled, edits, settings));
  if (applied.problems.length > 0) throw new Error(`${bundled.file}: ${applied.problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`);
  const data = applied.value as Record<string, unknown>;
  // The schema reference is relative to scenarios/; a downloaded file would point nowhere.
  delete data["$schema"];
  const suffix = Object.keys(edits).length > 0 ? "-edited" : "";
  return { name: `${bundled.id}${suffix}.json`, type: "application/json", text: `${JSON.stringify(data, null, 2)}\n` };
}
