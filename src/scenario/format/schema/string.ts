import { showValue } from "../../../math/index.js";
import { CONTROL_CHARACTERS, LONE_SURROGATE } from "./identifier.js";
import { SchemaNode, type JsonSchema, type PathProblem } from "./node.js";

/** Options of a string node. */
export interface StringOptions {
  /** Meaning of the text. */
  readonly description: string;
  /** Fewest characters allowed (UTF-16 code units). @default 0 */
  readonly minLength?: number;
  /** Refuse control characters (line breaks, terminal escapes): for names printed in tables and messages. @default false */
  readonly line?: boolean;
}

class StringNode extends SchemaNode<string> {
  readonly expected: string;
  readonly #minLength: number;
  readonly #line: boolean;

  constructor(options: StringOptions) {
    super(options.description);
    this.#minLength = options.minLength ?? 0;
    this.#line = options.line ?? false;
    this.expected = this.#minLength === 1 ? "a non-empty string" : this.#minLength > 1 ? `a string of at least ${this.#minLength} characters` : "a string";
  }

  decode(value: unknown, path: string, problems: PathProblem[]): string | undefined {
    if (typeof value === "string" && value.length >= this.#minLength) {
      // Reported, but returned, so that checks across fields run too.
      if (this.#line && CONTROL_CHARACTERS.test(value)) problems.push({ path, message: `must be one line without control characters, got ${JSON.stringify(value)}` });
      else if (this.#line && LONE_SURROGATE.test(value)) problems.push({ path, message: `must be valid Unicode text, but holds half of a character (a lone surrogate, such as \\ud800), got ${JSON.stringify(value)}` });
      return value;
    }
    problems.push({ path, message: `must be ${this.expected}, got ${showValue(value)}` });
    return undefined;
  }

  jsonSchema(): JsonSchema {
    return {
      type: "string",
      description: this.description,
      ...(this.#minLength > 0 ? { minLength: this.#minLength } : {}),
      ...(this.#line ? { pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f]*$" } : {}),
    };
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
