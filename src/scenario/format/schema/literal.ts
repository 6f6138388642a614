import { showValue } from "../../../math/index.js";
import { SchemaNode, type JsonSchema, type PathProblem } from "./node.js";

class EnumNode<T extends string> extends SchemaNode<T> {
  readonly expected: string;
  readonly values: readonly T[];

  constructor(values: readonly T[], description: string) {
    super(description);
    if (values.length === 0) throw new RangeError("enumeration: needs at least one value");
    this.values = values;
    const quoted = values.map((v) => JSON.stringify(v));
    this.expected = quoted.length === 1 ? `${quoted[0]}` : `one of ${quoted.join(", ")}`;
  }

  decode(value: unknown, path: string, problems: PathProblem[]): T | undefined {
    const found = this.values.find((v) => v === value);
    if (found !== undefined) return found;
    problems.push({ path, message: `must be ${this.expected}, got ${showValue(value)}` });
    return undefined;
  }

  jsonSchema(): JsonSchema {
    return this.values.length === 1
      ? { const: this.values[0], description: this.description }
      : { enum: this.values, description: this.description };
  }
}

/**
 * Exactly the string `value`.
 *
 * @example
 * literal("auto", { description: "Detect the warm-up." }).expected; // => "\"auto\""
 */
export function literal<const T extends string>(value: T, options: { readonly description: string }): SchemaNode<T> {
  return new EnumNode([value], options.description);
}

/**
 * One of a fixed list of strings.
 *
 * @throws {RangeError} if `values` is empty.
 * @example
 * enumeration(["fifo", "priority"], { description: "Queue discipline." }).expected; // => "one of \"fifo\", \"priority\""
 */
export function enumeration<const T extends string>(values: readonly T[], options: { readonly description: string }): SchemaNode<T> {
  return new EnumNode(values, options.description);
}
