import { showValue } from "../../../math/index.js";
import { SchemaNode, type JsonSchema, type PathProblem } from "./node.js";

/** Options of a string node. */
export interface StringOptions {
  /** Meaning of the text. */
  readonly description: string;
  /** Fewest characters allowed (UTF-16 code units). @default 0 */
  readonly minLength?: number;
}

class StringNode extends SchemaNode<string> {
  readonly expected: string;
  readonly #minLength: number;

  constructor(options: StringOptions) {
    super(options.description);
    this.#minLength = options.minLength ?? 0;
    this.expected = this.#minLength === 1 ? "a non-empty string" : this.#minLength > 1 ? `a string of at least ${this.#minLength} characters` : "a string";
  }

  decode(value: unknown, path: string, problems: PathProblem[]): string | undefined {
    if (typeof value === "string" && value.length >= this.#minLength) return value;
    problems.push({ path, message: `must be ${this.expected}, got ${showValue(value)}` });
    return undefined;
  }

  jsonSchema(): JsonSchema {
    return { type: "string", description: this.description, ...(this.#minLength > 0 ? { minLength: this.#minLength } : {}) };
  }
}

/**
 * A string, optionally with a minimum length.
 *
 * @example
 * string({ description: "Station id.", minLength: 1 }).expected; // => "a non-empty string"
 */
export function string(options: StringOptions): SchemaNode<string> {
  return new StringNode(options);
}
