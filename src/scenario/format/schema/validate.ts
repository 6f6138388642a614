import { displayPath } from "./json-path.js";
import type { PathProblem, SchemaNode } from "./node.js";
import { checksSkipped } from "./object.js";

/** The outcome of validating a value: the decoded value, or every problem found. */
export type Validation<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      readonly problems: PathProblem[];
      /** Present (true) when some checks across fields did not run because a field they need has the wrong shape. */
      readonly checksPending?: true;
    };

/**
 * Validates `value` against `schema`: the decoded value with defaults filled in, or every problem,
 * each with a JSON path (`$` for the value itself). Never throws on any input.
 *
 * @example
 * validate(integer({ description: "Servers.", min: 1 }), 0);
 * // => { ok: false, problems: [{ path: "$", message: "must be an integer >= 1, got 0" }] }
 */
export function validate<T>(schema: SchemaNode<T>, value: unknown): Validation<T> {
  const problems: PathProblem[] = [];
  const decoded = schema.decode(value, "", problems);
  if (decoded !== undefined && problems.length === 0) return { ok: true, value: decoded };
  const shown = problems.map((p) => ({ path: displayPath(p.path), message: p.message }));
  return checksSkipped.has(problems) ? { ok: false, problems: shown, checksPending: true } : { ok: false, problems: shown };
}
