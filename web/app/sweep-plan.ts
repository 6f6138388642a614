import { studyHeader, summarizeStudy, type ReplicationOutput, type SweepResult } from "../../src/scenario/index.js";
import type { BundledScenario } from "./bundled-scenarios.js";
import { loadEdited } from "./edited-scenario.js";
import type { StudySettings } from "./study-settings.js";
import type { ScenarioEdits, SweepSpec } from "./url-state.js";
import type { JobTask } from "./worker-protocol.js";

/** What a sweep runs: one task per value (keyed by its position), or the problems of the values that fail. */
export type SweepPlan =
  | { readonly ok: true; readonly tasks: readonly JobTask[]; readonly replications: number }
  | { readonly ok: false; readonly problems: readonly string[] };

/**
 * Resolves one scenario (with its edits) once per value of the swept lever, as `borderflow sweep
 * FILE --set PATH=V1,V2,...` does: the same seed and replications for every value (common random
 * numbers), so neighbouring points differ by the lever, not by luck.
 */
export function planSweep(bundled: BundledScenario, edits: ScenarioEdits, settings: StudySettings, spec: SweepSpec): SweepPlan {
  const tasks: JobTask[] = [];
  const problems: string[] = [];
  spec.values.forEach((value, i) => {
    const edited = loadEdited(bundled, edits, settings, { [spec.path]: value });
    if (edited.ok) tasks.push({ key: String(i), scenario: edited.scenario });
    else {
      const all = [...[...edited.problems.byField].flatMap(([path, messages]) => messages.map((m) => `${path}: ${m}`)), ...edited.problems.other];
      problems.push(...all.map((m) => `${spec.path} = ${String(value)}: ${m}`));
    }
  });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, tasks, replications: settings.replications };
}

/** The sweep the CLI prints: the swept path, its values, and one study result per value. */
export function assembleSweep(spec: SweepSpec, tasks: readonly JobTask[], outputs: ReadonlyMap<string, readonly ReplicationOutput[]>): SweepResult {
  return {
    parameter: spec.path,
    values: [...spec.values],
    results: tasks.map((t) => summarizeStudy(studyHeader(t.scenario), outputs.get(t.key) ?? [])),
  };
}
