import { loadScenario } from "./load-scenario.js";
import { parseJson } from "./parse-json.js";
import { formatProblems, type Problem } from "./problem.js";
import { applyOverrides } from "./set-override.js";

/** One field to write: its dotted path in the scenario (`directions.kg-to-kz.stages.3.serviceMinutes`) and its new value. */
export interface FieldWrite {
  readonly path: string;
  readonly value: unknown;
}

/**
 * A copy of a scenario file's text with fields replaced, checked as a whole by the same loader as
 * every scenario (so a fit never produces a file the CLI refuses). Paths are checked against the
 * scenario format like `--set` paths. The result is the file's JSON, indented by two spaces.
 *
 * A declared uncertain input (`uncertain`) on a written field, or inside it, is dropped from the copy:
 * its range was about the value the records now replace (and a fitted value outside it would make
 * the file invalid). Its paths are returned in `dropped`, so the caller can say so.
 *
 * @returns the new text and the dropped declarations' paths, or every problem (with file and JSON path) in one message.
 */
export function writeIntoScenario(text: string, file: string, writes: readonly FieldWrite[]):
  { readonly ok: true; readonly text: string; readonly dropped: readonly string[] } | { readonly ok: false; readonly message: string } {
  const parsed = parseJson(text);
  const fail = (problems: readonly Problem[]) => ({ ok: false as const, message: formatProblems(problems as Problem[]) });
  if (!parsed.ok) return fail([{ file, ...parsed.problem }]);
  const applied = applyOverrides(parsed.value, writes.map((w) => `${w.path}=${JSON.stringify(w.value)}`));
  if (applied.problems.length > 0) {
    return fail(applied.problems.map((p) => ({ file, path: p.path, message: p.message.replace(/ \(in --set [\s\S]*\)$/, "") })));
  }
  const { value, dropped } = dropUncertainOn(applied.value, writes.map((w) => w.path));
  const out = `${JSON.stringify(value, null, 2)}\n`;
  const loaded = loadScenario(out, file);
  if (!loaded.ok) return fail(loaded.problems);
  return { ok: true, text: out, dropped };
}

/** The scenario without the `uncertain` declarations that move a written path or a field inside one. */
function dropUncertainOn(scenario: unknown, written: readonly string[]): { value: unknown; dropped: string[] } {
  const raw = scenario as { uncertain?: unknown };
  if (typeof scenario !== "object" || scenario === null || !Array.isArray(raw.uncertain)) return { value: scenario, dropped: [] };
  const hits = (path: unknown): boolean => typeof path === "string" && written.some((w) => path === w || path.startsWith(`${w}.`));
  const dropped: string[] = [];
  const kept = (raw.uncertain as unknown[]).filter((d) => {
    const decl = d as { path?: unknown; paths?: unknown };
    const paths = Array.isArray(decl.paths) ? decl.paths : [decl.path];
    if (!paths.some(hits)) return true;
    dropped.push(String(paths[0]));
    return false;
  });
  return { value: { ...(scenario as object), uncertain: kept }, dropped };
}
