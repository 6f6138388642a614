import { showValue } from "../../math/index.js";
import { lostNumber, splitAssignment, parseValueText, type Assignment } from "./override-syntax.js";
import { scenarioSchema } from "./scenario-schema.js";
import { childPath, displayPath } from "./schema/json-path.js";
import type { PathProblem, SchemaNode } from "./schema/node.js";

/** The outcome of applying overrides: the new raw value, and every override that could not be applied. */
export interface OverrideResult {
  /** The raw value with every applicable override applied (the input itself when there are none). */
  readonly value: unknown;
  /** One problem per override that was malformed or led nowhere; empty when all applied. */
  readonly problems: PathProblem[];
}

/**
 * Applies `--set PATH=VALUE` overrides, in order, to a parsed scenario file `raw`, returning a new
 * value (the caller's is never changed). Each path must lead through fields that `schema` knows;
 * an override that does not is reported and skipped, and the others still apply, so that the
 * result can be validated too and every problem reported at once. The result is not yet
 * validated: pass it to the schema next, as `loadScenario` does. Missing intermediate objects
 * are created, so an optional section can be set field by field.
 *
 * @example
 * applyOverrides({ model: "network", stations: [{ id: "desk", servers: 1 }] }, ["stations.0.servers=3"]);
 * // => { value: { model: "network", stations: [{ id: "desk", servers: 3 }] }, problems: [] }
 */
export function applyOverrides(raw: unknown, overrides: readonly string[], schema: SchemaNode<unknown> = scenarioSchema): OverrideResult {
  const problems: PathProblem[] = [];
  let value = raw;
  for (const text of overrides) {
    const split = splitAssignment(text);
    if (!split.ok) {
      problems.push(split.problem);
      continue;
    }
    const lost = lostNumber(split.assignment.valueText);
    if (lost !== undefined) {
      problems.push({ path: `--set ${text}`, message: lost });
      continue;
    }
    const set = setAt(value, schema, split.assignment, 0, "");
    if (set.ok) value = set.value;
    else problems.push({ path: displayPath(set.path), message: `${set.message} (in --set ${text})` });
  }
  return { value, problems };
}

type SetResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly path: string; readonly message: string };

function setAt(node: unknown, schema: SchemaNode<unknown>, assignment: Assignment, depth: number, path: string): SetResult {
  const key = assignment.segments[depth];
  if (key === undefined) return { ok: true, value: parseValueText(assignment.valueText) };
  const lookup = schema.child(key, node);
  if (!lookup.ok) return { ok: false, path: childPath(path, key), message: lookup.message };
  if (lookup.container === "array") {
    const items = node ?? [];
    if (!Array.isArray(items)) return { ok: false, path, message: `must be an array to set item ${key}, got ${showValue(node)}` };
    const index = Number(key);
    if (index >= items.length) {
      const range = items.length === 0 ? "it has none" : `use an index from 0 to ${items.length - 1}`;
      return { ok: false, path: childPath(path, index), message: `there is no item ${index}: ${range}` };
    }
    const inner = setAt(items[index], lookup.schema, assignment, depth + 1, childPath(path, index));
    if (!inner.ok) return inner;
    const copy = [...(items as unknown[])];
    copy[index] = inner.value;
    return { ok: true, value: copy };
  }
  const fields = node ?? {};
  if (typeof fields !== "object" || fields === null || Array.isArray(fields)) {
    return { ok: false, path, message: `must be an object to set its field "${key}", got ${showValue(node)}` };
  }
  const current: unknown = Object.hasOwn(fields, key) ? (fields as Record<string, unknown>)[key] : undefined;
  const inner = setAt(current, lookup.schema, assignment, depth + 1, childPath(path, key));
  if (!inner.ok) return inner;
  const copy = { ...fields };
  // defineProperty, not assignment: a key such as "__proto__" must become a plain field.
  Object.defineProperty(copy, key, { value: inner.value, enumerable: true, writable: true, configurable: true });
  return { ok: true, value: copy };
}
