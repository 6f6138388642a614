import { showValue } from "../../../math/index.js";
import { SchemaNode, type JsonSchema, type JsonSchemaDefs, type PathProblem } from "./node.js";

class AnyOfNode<T> extends SchemaNode<T> {
  readonly expected: string;
  readonly #alternatives: readonly SchemaNode<T>[];

  constructor(alternatives: readonly SchemaNode<T>[], description: string) {
    super(description);
    if (alternatives.length === 0) throw new RangeError("anyOf: needs at least one alternative");
    this.#alternatives = alternatives;
    this.expected = alternatives.map((a) => a.expected).join(" or ");
  }

  decode(value: unknown, path: string, problems: PathProblem[]): T | undefined {
    for (const alternative of this.#alternatives) {
      const scratch: PathProblem[] = [];
      const decoded = alternative.decode(value, path, scratch);
      if (decoded !== undefined && scratch.length === 0) return decoded;
    }
    problems.push({ path, message: `must be ${this.expected}, got ${showValue(value)}` });
    return undefined;
  }

  jsonSchema(defs: JsonSchemaDefs): JsonSchema {
    return { description: this.description, anyOf: this.#alternatives.map((a) => a.jsonSchema(defs)) };
  }
}

/**
 * A value matching any one of several scalar alternatives, such as a number or `"auto"`. The
 * message on a mismatch names every alternative, so it suits scalars, not nested objects.
 *
 * @throws {RangeError} if there are no alternatives.
 * @example
 * anyOf([number({ description: "Minutes.", min: 0 }), literal("auto", { description: "MSER-5." })], { description: "Warm-up." }).expected;
 * // => "a number >= 0 or \"auto\""
 */
export function anyOf<const A extends readonly SchemaNode<unknown>[]>(alternatives: A, options: { readonly description: string }): SchemaNode<AnyOfValue<A>> {
  return new AnyOfNode(alternatives as unknown as readonly SchemaNode<AnyOfValue<A>>[], options.description);
}

/** The decoded type of `anyOf(alternatives)`: the union of the alternatives' types. */
export type AnyOfValue<A extends readonly SchemaNode<unknown>[]> = A[number] extends SchemaNode<infer T> ? T : never;
