import type { PathProblem } from "./schema/node.js";

/** One thing wrong with a scenario: the file, the JSON path in it, and what is wrong and allowed. */
export interface Problem extends PathProblem {
  /** The file as the user named it. */
  readonly file: string;
}

/**
 * Problems as text, one line each: `file: path: message` (or `path: message` without a file).
 *
 * @example
 * formatProblems([{ file: "mm1.json", path: "stations[0].servers", message: "must be an integer >= 1, got 0" }]);
 * // => "mm1.json: stations[0].servers: must be an integer >= 1, got 0"
 */
export function formatProblems(problems: readonly (PathProblem & { readonly file?: string })[]): string {
  return problems.map((p) => `${p.file === undefined ? "" : `${p.file}: `}${p.path}: ${p.message}`).join("\n");
}
