/** One thing wrong with a value: where (a JSON path such as `stations[1].routes[0].to`) and what. */
export interface PathProblem {
  /** JSON path of the offending value; `$` is the whole document. */
  readonly path: string;
  /** What is wrong and what is allowed, such as `must be a number > 0, got -1`. */
  readonly message: string;
}

/** A JSON Schema (draft 2020-12) fragment, as plain JSON. */
export type JsonSchema = { readonly [keyword: string]: unknown };

/** Named definitions collected while a document is generated, emitted under `$defs`. */
export type JsonSchemaDefs = Map<string, JsonSchema>;

/** Where an override path leads from a node: the node of the child, or why there is none. */
export type ChildLookup =
  | { readonly ok: true; readonly schema: SchemaNode<unknown>; readonly container: "object" | "array" }
  | { readonly ok: false; readonly message: string };

/**
 * A node of the scenario schema: it validates an unknown value (reporting every problem, not just
 * the first), fills in defaults, and describes itself as JSON Schema, so the validator and the
 * published schema cannot disagree.
 */
export abstract class SchemaNode<T> {
  /** Phantom member carrying the decoded type for `Infer`; never set at run time. */
  declare readonly decoded: T;
  /** Plain-language meaning of the value, with its unit; becomes the JSON Schema `description`. */
  readonly description: string;
  /** What a valid value looks like, for messages: `a number > 0`, `one of "fifo", "priority"`. */
  abstract readonly expected: string;

  constructor(description: string) {
    this.description = description;
  }

  /**
   * Checks `value` found at `path`, appends a problem for everything wrong with it, and returns
   * the value with defaults filled in, or undefined when its shape is wrong. Cross-field checks
   * may report problems and still return the value, so that outer checks run as well.
   */
  abstract decode(value: unknown, path: string, problems: PathProblem[]): T | undefined;

  /** The JSON Schema fragment of this node; named nodes register themselves in `defs`. */
  abstract jsonSchema(defs: JsonSchemaDefs): JsonSchema;

  /** The node that a `--set` path segment `key` leads to, given the value `current` found here. */
  child(key: string, current: unknown): ChildLookup {
    void current;
    return { ok: false, message: `there is no field "${key}" inside ${this.expected}` };
  }
}

/** The decoded TypeScript type of a schema node. */
export type Infer<N> = N extends SchemaNode<infer T> ? T : never;

/** Flattens an intersection of object types so that it reads as one object type. */
export type Simplify<T> = { [K in keyof T]: T[K] } & {};
