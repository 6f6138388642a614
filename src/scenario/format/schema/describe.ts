import { SchemaNode, type ChildLookup, type JsonSchema, type JsonSchemaDefs, type PathProblem } from "./node.js";

class DescribedNode<T> extends SchemaNode<T> {
  readonly expected: string;
  readonly #inner: SchemaNode<T>;

  constructor(inner: SchemaNode<T>, description: string) {
    super(description);
    this.#inner = inner;
    this.expected = inner.expected;
  }

  decode(value: unknown, path: string, problems: PathProblem[]): T | undefined {
    return this.#inner.decode(value, path, problems);
  }

  jsonSchema(defs: JsonSchemaDefs): JsonSchema {
    return { ...this.#inner.jsonSchema(defs), description: this.description };
  }

  override child(key: string, current: unknown): ChildLookup {
    return this.#inner.child(key, current);
  }
}

/**
 * The same node with the description that fits where it is used: a shared distribution node
 * becomes "time between arrivals" in one field and "service time" in another.
 *
 * @example
 * describe(number({ description: "Minutes." }), "Time between successive arrivals, in minutes.").description;
 * // => "Time between successive arrivals, in minutes."
 */
export function describe<T>(inner: SchemaNode<T>, description: string): SchemaNode<T> {
  return new DescribedNode(inner, description);
}
