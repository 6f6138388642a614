import { showValue } from "../../../math/index.js";
import { childPath } from "./json-path.js";
import { SchemaNode, type ChildLookup, type JsonSchema, type JsonSchemaDefs, type PathProblem } from "./node.js";

/** Options of a record (a map from names to values of one kind). */
export interface RecordOptions {
  /** Meaning of the map, saying what its keys name (such as "class name"). */
  readonly description: string;
  /** What a key names, for messages. @default "key" */
  readonly keyNoun?: string;
}

class RecordNode<T> extends SchemaNode<Readonly<Record<string, T>>> {
  readonly expected: string;
  readonly #value: SchemaNode<T>;
  readonly #keyNoun: string;

  constructor(value: SchemaNode<T>, options: RecordOptions) {
    super(options.description);
    this.#value = value;
    this.#keyNoun = options.keyNoun ?? "key";
    this.expected = `an object mapping each ${this.#keyNoun} to ${value.expected}`;
  }

  decode(value: unknown, path: string, problems: PathProblem[]): Readonly<Record<string, T>> | undefined {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      problems.push({ path, message: `must be ${this.expected}, got ${showValue(value)}` });
      return undefined;
    }
    let ok = true;
    const entries: [string, T][] = [];
    for (const [key, element] of Object.entries(value)) {
      if (key === "") {
        problems.push({ path: childPath(path, key), message: `an empty ${this.#keyNoun} is not allowed` });
        ok = false;
      }
      const decoded = this.#value.decode(element, childPath(path, key), problems);
      if (decoded === undefined) ok = false;
      else entries.push([key, decoded]);
    }
    // fromEntries defines own properties, so a key such as "__proto__" stays plain data.
    return ok ? Object.fromEntries(entries) : undefined;
  }

  jsonSchema(defs: JsonSchemaDefs): JsonSchema {
    return {
      type: "object",
      description: this.description,
      propertyNames: { minLength: 1 },
      additionalProperties: this.#value.jsonSchema(defs),
    };
  }

  override child(key: string): ChildLookup {
    if (key === "") return { ok: false, message: `an empty ${this.#keyNoun} is not allowed` };
    return { ok: true, schema: this.#value, container: "object" };
  }
}

/**
 * An object whose keys are names chosen by the user (class names, station ids) and whose values
 * all have one schema.
 *
 * @example
 * record(number({ description: "Minutes." }), { description: "Service minutes by class.", keyNoun: "class" }).expected;
 * // => "an object mapping each class to a number"
 */
export function record<T>(value: SchemaNode<T>, options: RecordOptions): SchemaNode<Readonly<Record<string, T>>> {
  return new RecordNode(value, options);
}
