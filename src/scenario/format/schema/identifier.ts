import { showValue } from "../../../math/index.js";
import { SchemaNode, type JsonSchema, type PathProblem } from "./node.js";

/**
 * Names that JavaScript objects already carry (Object.prototype's properties, and "prototype").
 * An id becomes a key of result objects (`stations.<id>.utilization`) in the CLI, in workers and
 * in the dashboard; refusing these names once, here, keeps every such object safe.
 */
export const RESERVED_IDS: readonly string[] = [
  "__proto__", "constructor", "prototype", "toString", "toLocaleString", "valueOf", "hasOwnProperty",
  "isPrototypeOf", "propertyIsEnumerable", "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__",
];

/** C0 and C1 control characters and DEL: they would move the cursor or recolour a terminal. */
export const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * A lone UTF-16 surrogate (half of a character, which JSON's \ud800 escapes can write): written out as
 * UTF-8 (CSV, tables, --out) every one becomes the same replacement character, so two ids differing
 * only in one would give rows that cannot be told apart.
 */
export const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Why `id` cannot name a station, class or stage, or undefined when it can: it must be non-empty,
 * without dots (ids are segments of dotted result paths), without control characters, and not a
 * name JavaScript objects already have.
 *
 * @example
 * idProblem("a.b"); // => 'must not contain a dot (it is a segment of dotted result paths such as stations.<id>.utilization), got "a.b"'
 */
export function idProblem(id: string): string | undefined {
  if (id === "") return "must be a non-empty string, got \"\"";
  if (id.includes(".")) return `must not contain a dot (it is a segment of dotted result paths such as stations.<id>.utilization), got ${JSON.stringify(id)}`;
  if (CONTROL_CHARACTERS.test(id)) return `must not contain control characters, got ${JSON.stringify(id)}`;
  if (LONE_SURROGATE.test(id)) return `must be valid Unicode text, but holds half of a character (a lone surrogate, such as \\ud800), got ${JSON.stringify(id)}`;
  if (RESERVED_IDS.includes(id)) return `${JSON.stringify(id)} is reserved (a property every JavaScript object has, so results keyed by it would be lost or corrupted); choose another name`;
  return undefined;
}

class IdentifierNode extends SchemaNode<string> {
  readonly expected = "a non-empty name without dots or control characters";

  decode(value: unknown, path: string, problems: PathProblem[]): string | undefined {
    if (typeof value !== "string") {
      problems.push({ path, message: `must be ${this.expected}, got ${showValue(value)}` });
      return undefined;
    }
    const problem = idProblem(value);
    // The value is still returned, so that checks across fields (duplicate or unknown ids) run too.
    if (problem !== undefined) problems.push({ path, message: problem });
    return value;
  }

  jsonSchema(): JsonSchema {
    return {
      type: "string",
      description: this.description,
      minLength: 1,
      pattern: "^[^.\\u0000-\\u001f\\u007f-\\u009f]+$",
      not: { enum: [...RESERVED_IDS] },
    };
  }
}

/**
 * The id of something results are keyed by (a station, a class, a stage): see {@link idProblem}.
 *
 * @example
 * identifier({ description: "Station id." }).decode("constructor", "stations[0].id", []); // => undefined
 */
export function identifier(options: { readonly description: string }): SchemaNode<string> {
  return new IdentifierNode(options.description);
}
