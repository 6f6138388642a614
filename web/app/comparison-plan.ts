import { pairedDifferences, studyHeader, summarizeStudy, type ReplicationOutput, type Scenario, type ComparisonResult } from "../../src/scenario/index.js";
import type { BundledScenario } from "./bundled-scenarios.js";
import { loadEdited } from "./edited-scenario.js";
import type { FieldProblems } from "./field-problems.js";
import type { StudySettings } from "./study-settings.js";
import type { DashboardState } from "./url-state.js";
import type { JobTask } from "./worker-protocol.js";

/** What a comparison runs: each scenario resolved, keyed by its id, the first being the base. */
export type ComparisonPlan =
  | { readonly ok: true; readonly tasks: readonly JobTask[]; readonly replications: number }
  | { readonly ok: false; readonly problems: ReadonlyMap<string, FieldProblems> };

/**
 * Resolves the chosen scenarios with their edits, as `borderflow compare BASE OTHER...` does: every
 * scenario runs the base's seed and the same replications, so replication i of each draws the same
 * random numbers (common random numbers) and the differences are paired. Problems are kept per scenario.
 */
export function planComparison(
  bundle: ReadonlyMap<string, BundledScenario>,
  state: Pick<DashboardState, "scenarios" | "edits">,
  settings: StudySettings,
): ComparisonPlan {
  const tasks: JobTask[] = [];
  const problems = new Map<string, FieldProblems>();
  for (const id of state.scenarios) {
    const bundled = bundle.get(id);
    if (bundled === undefined) {
      problems.set(id, { byField: new Map(), other: [`no bundled scenario is called "${id}"`] });
      continue;
    }
    const edited = loadEdited(bundled, state.edits[id] ?? {}, settings);
    if (edited.ok) tasks.push({ key: id, scenario: edited.scenario });
    else problems.set(id, edited.problems);
  }
  if (problems.size > 0) return { ok: false, problems };
  const base = tasks[0];
  if (base === undefined) return { ok: false, problems: new Map([["", { byField: new Map(), other: ["choose at least one scenario"] }]]) };
  const aligned = tasks.map((t): JobTask => ({ key: t.key, scenario: { ...t.scenario, seed: base.scenario.seed } as Scenario }));
  return { ok: true, tasks: aligned, replications: settings.replications };
}

/**
 * The comparison the CLI prints for the same scenarios: each study summarised, then the paired
 * differences of every other scenario against the first.
 * @throws {RangeError} if a task has no outputs or the replication indices differ (they would not pair).
 */
export function assembleComparison(tasks: readonly JobTask[], outputs: ReadonlyMap<string, readonly ReplicationOutput[]>): ComparisonResult {
  const runs = tasks.map((t) => ({ scenario: t.scenario, outputs: outputs.get(t.key) ?? [] }));
  const [base, ...others] = runs;
  if (base === undefined) throw new RangeError("assembleComparison: no scenarios");
  return {
    results: runs.map((r) => summarizeStudy(studyHeader(r.scenario), r.outputs)),
    differences: others.flatMap((r) =>
      pairedDifferences({ scenario: base.scenario.name, outputs: base.outputs }, { scenario: r.scenario.name, outputs: r.outputs })),
  };
}
