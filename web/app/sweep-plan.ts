import { studyHeader, summarizeStudy, type ReplicationOutput, type SweepResult } from "../../src/scenario/index.js";
import type { BundledScenario } from "./bundled-scenarios.js";
import { loadEdited } from "./edited-scenario.js";
import type { StudySettings } from "./study-settings.js";
import type { ScenarioEdits, SweepSpec } from "./url-state.js";
import type { JobTask } from "./worker-protocol.js";
import type { SweepGrid } from "../charts/index.js";

/** What a sweep runs: one task per value (keyed by its position), or the problems of the values that fail. */
export type SweepPlan =
  | { readonly ok: true; readonly tasks: readonly JobTask[]; readonly replications: number }
  | { readonly ok: false; readonly problems: readonly string[] };

/** The most cells a two-lever sweep runs in the browser; each is a whole study. */
export const maxGridCells = 48;

/**
 * Resolves one scenario (with its edits) once per value of the swept lever, as `borderflow sweep
 * FILE --set PATH=V1,V2,...` does: the same seed and replications for every value (common random
 * numbers), so neighbouring points differ mostly by the lever rather than by chance. `fixed` holds other levers at a
 * value (the CLI's other `--set`s, applied before the swept one); `keyPrefix` keeps task keys apart.
 */
export function planSweep(
  bundled: BundledScenario, edits: ScenarioEdits, settings: StudySettings, spec: SweepSpec, fixed: ScenarioEdits = {}, keyPrefix = "",
): SweepPlan {
  const tasks: JobTask[] = [];
  const problems: string[] = [];
  const held = Object.entries(fixed).map(([path, value]) => `${path} = ${String(value)}, `).join("");
  spec.values.forEach((value, i) => {
    const edited = loadEdited(bundled, edits, settings, { ...fixed, [spec.path]: value });
    // A failure names the point: the held levers and the swept value, as a problem of its loading does.
    const at = [...Object.entries(fixed).map(([path, v]) => `${path}=${String(v)}`), `${spec.path}=${String(value)}`].join(", ");
    if (edited.ok) tasks.push({ key: `${keyPrefix}${i}`, scenario: edited.scenario, label: `"${edited.scenario.name}" at ${at}` });
    else {
      const all = [...[...edited.problems.byField].flatMap(([path, messages]) => messages.map((m) => `${path}: ${m}`)), ...edited.problems.other];
      problems.push(...all.map((m) => `${held}${spec.path} = ${String(value)}: ${m}`));
    }
  });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, tasks, replications: settings.replications };
}

/**
 * Resolves a two-lever sweep: for each value of the second lever, the sweep of the first with the second
 * held at it (`borderflow sweep FILE --set FIRST=V1,... --set SECOND=value`), all with the same seed and
 * replications, so every cell of the grid meets the same random numbers. Task keys are "row:column".
 */
export function planSweepGrid(
  bundled: BundledScenario, edits: ScenarioEdits, settings: StudySettings, spec: SweepSpec & { readonly second: NonNullable<SweepSpec["second"]> },
): SweepPlan {
  const { second } = spec;
  if (second.path === spec.path) return { ok: false, problems: [`the two levers are the same (${spec.path}); choose another second lever, or none`] };
  const cells = spec.values.length * second.values.length;
  if (cells > maxGridCells) return { ok: false, problems: [`${spec.values.length} × ${second.values.length} = ${cells} combinations; the browser runs at most ${maxGridCells}, so give fewer values (or use the CLI)`] };
  const rows = second.values.map((b, r) => planSweep(bundled, edits, settings, spec, { [second.path]: b }, `${r}:`));
  const problems = rows.flatMap((row) => (row.ok ? [] : row.problems));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, tasks: rows.flatMap((row) => (row.ok ? row.tasks : [])), replications: settings.replications };
}

/** The sweep the CLI prints: the swept path, its values, and one study result per value. */
export function assembleSweep(spec: SweepSpec, tasks: readonly JobTask[], outputs: ReadonlyMap<string, readonly ReplicationOutput[]>): SweepResult {
  return {
    parameter: spec.path,
    values: [...spec.values],
    results: tasks.map((t) => summarizeStudy(studyHeader(t.scenario), outputs.get(t.key) ?? [])),
  };
}

/** The grid of a two-lever sweep: per value of the second lever, the sweep of the first the CLI prints. */
export function assembleSweepGrid(
  spec: SweepSpec & { readonly second: NonNullable<SweepSpec["second"]> }, tasks: readonly JobTask[], outputs: ReadonlyMap<string, readonly ReplicationOutput[]>,
): SweepGrid {
  return {
    columns: { parameter: spec.path, values: [...spec.values] },
    rows: { parameter: spec.second.path, values: [...spec.second.values] },
    sweeps: spec.second.values.map((_, r) => assembleSweep(spec, tasks.filter((t) => t.key.startsWith(`${r}:`)), outputs)),
  };
}
