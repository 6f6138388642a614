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
 * @returns the new text, or every problem (with file and JSON path) in one message.
 */
export function writeIntoScenario(text: string, file: string, writes: readonly FieldWrite[]): { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string } {
  const parsed = parseJson(text);
  const fail = (problems: readonly Problem[]) => ({ ok: false as const, message: formatProblems(problems as Problem[]) });
  if (!parsed.ok) return fail([{ file, ...parsed.problem }]);
  const applied = applyOverrides(parsed.value, writes.map((w) => `${w.path}=${JSON.stringify(w.value)}`));
  if (applied.problems.length > 0) {
    return fail(applied.problems.map((p) => ({ file, path: p.path, message: p.message.replace(/ \(in --set [\s\S]*\)$/, "") })));
  }
  const out = `${JSON.stringify(applied.value, null, 2)}\n`;
  const loaded = loadScenario(out, file);
  if (!loaded.ok) return fail(loaded.problems);
  return { ok: true, text: out };
}
