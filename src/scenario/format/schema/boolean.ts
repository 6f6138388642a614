import { showValue } from "../../../math/index.js";
import { SchemaNode, type JsonSchema, type PathProblem } from "./node.js";

class BooleanNode extends SchemaNode<boolean> {
  readonly expected = "true or false";

  decode(value: unknown, path: string, problems: PathProblem[]): boolean | undefined {
    if (typeof value === "boolean") return value;
    problems.push({ path, message: `must be ${this.expected}, got ${showValue(value)}` });
    return undefined;
  }

  jsonSchema(): JsonSchema {
    return { type: "boolean", description: this.description };
  }
}

/**
 * `true` or `false`.
 *
 * @example
 * boolean({ description: "Whether seals are checked." }).expected; // => "true or false"
 */
export function boolean(options: { readonly description: string }): SchemaNode<boolean> {
  return new BooleanNode(options.description);
}
