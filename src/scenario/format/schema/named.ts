import { SchemaNode, type ChildLookup, type JsonSchema, type JsonSchemaDefs, type PathProblem } from "./node.js";

class NamedNode<T> extends SchemaNode<T> {
  readonly expected: string;
  readonly #name: string;
  readonly #inner: SchemaNode<T>;

  constructor(name: string, inner: SchemaNode<T>) {
    super(inner.description);
    this.#name = name;
    this.#inner = inner;
    this.expected = inner.expected;
  }

  decode(value: unknown, path: string, problems: PathProblem[]): T | undefined {
    return this.#inner.decode(value, path, problems);
  }

  jsonSchema(defs: JsonSchemaDefs): JsonSchema {
    if (!defs.has(this.#name)) {
      defs.set(this.#name, {}); // reserve the name first, so a node reached again while expanding refers to itself
      defs.set(this.#name, this.#inner.jsonSchema(defs));
    }
    return { $ref: `#/$defs/${this.#name}` };
  }

  override child(key: string, current: unknown): ChildLookup {
    return this.#inner.child(key, current);
  }
}

/**
 * The same node, emitted once under `$defs/<name>` in the JSON Schema and referred to by `$ref`
 * wherever it is used, so a node used in many places (a distribution) is written once.
 *
 * @example
 * named("Minutes", number({ description: "Minutes.", min: 0 })).jsonSchema(new Map()); // => { $ref: "#/$defs/Minutes" }
 */
export function named<T>(name: string, inner: SchemaNode<T>): SchemaNode<T> {
  return new NamedNode(name, inner);
}
