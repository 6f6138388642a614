import { showValue } from "../../../math/index.js";
import { SchemaNode, type JsonSchema, type PathProblem } from "./node.js";

/** Options of a number node. All bounds are in the value's own unit. */
export interface NumberOptions {
  /** Meaning of the value, with its unit. */
  readonly description: string;
  /** Smallest allowed value (inclusive). @default no bound */
  readonly min?: number;
  /** Values must be greater than this. @default no bound */
  readonly exclusiveMin?: number;
  /** Largest allowed value (inclusive). @default no bound */
  readonly max?: number;
  /** Values must be less than this. @default no bound */
  readonly exclusiveMax?: number;
}

class NumberNode extends SchemaNode<number> {
  readonly expected: string;
  readonly #options: NumberOptions;
  readonly #integer: boolean;

  /** The bounds and wholeness of the values this node accepts (read by the `uncertain` check). */
  get numberRule(): NumberRule {
    return { ...this.#options, integer: this.#integer, accepts: (x) => this.#accepts(x) };
  }

  constructor(options: NumberOptions, integer: boolean) {
    super(options.description);
    this.#options = options;
    this.#integer = integer;
    const { min, exclusiveMin, max, exclusiveMax } = options;
    const bounds = [
      min === undefined ? "" : `>= ${min}`,
      exclusiveMin === undefined ? "" : `> ${exclusiveMin}`,
      max === undefined ? "" : `<= ${max}`,
      exclusiveMax === undefined ? "" : `< ${exclusiveMax}`,
    ].filter((b) => b !== "");
    this.expected = [integer ? "an integer" : "a number", bounds.join(" and ")].filter((s) => s !== "").join(" ");
  }

  decode(value: unknown, path: string, problems: PathProblem[]): number | undefined {
    if (typeof value === "number" && this.#accepts(value)) return value;
    // Only an integer the bounds would take: one past a bound (replications 2^60 against <= 100000) is told the bound.
    if (this.#integer && Number.isInteger(value) && !Number.isSafeInteger(value) && this.#inBounds(value as number)) {
      // JSON numbers are doubles: past 2^53 − 1 the integer written is not the one read (…993 reads as …992).
      problems.push({ path, message: `must be ${this.expected} of at most ${Number.MAX_SAFE_INTEGER} in size: a larger integer is not exact in a JSON number (this one reads as ${showValue(value)})` });
      return undefined;
    }
    problems.push({ path, message: `must be ${this.expected}, got ${showValue(value)}` });
    return undefined;
  }

  #accepts(x: number): boolean {
    return (this.#integer ? Number.isSafeInteger(x) : Number.isFinite(x)) && this.#inBounds(x);
  }

  /** Whether x is within the bounds, whole or not. */
  #inBounds(x: number): boolean {
    const { min, exclusiveMin, max, exclusiveMax } = this.#options;
    return (
      (min === undefined || x >= min) &&
      (exclusiveMin === undefined || x > exclusiveMin) &&
      (max === undefined || x <= max) &&
      (exclusiveMax === undefined || x < exclusiveMax)
    );
  }

  jsonSchema(): JsonSchema {
    const { description, min, exclusiveMin, max, exclusiveMax } = this.#options;
    return {
      type: this.#integer ? "integer" : "number",
      description,
      ...(min === undefined ? {} : { minimum: min }),
      ...(exclusiveMin === undefined ? {} : { exclusiveMinimum: exclusiveMin }),
      ...(max === undefined ? {} : { maximum: max }),
      ...(exclusiveMax === undefined ? {} : { exclusiveMaximum: exclusiveMax }),
    };
  }
}

/** What values a number field accepts: its bounds, whether it is whole, and a test. */
export interface NumberRule extends NumberOptions {
  /** True for a whole-number field (lanes, servers, days). */
  readonly integer: boolean;
  /** Whether the field accepts x (finite, whole if integer, within the bounds). */
  accepts(x: number): boolean;
}

/**
 * The rule of a number node, or undefined for any other node (an object, a string, a distribution).
 *
 * @example
 * numberRule(integer({ description: "Lanes.", min: 1 }))?.integer; // => true
 */
export function numberRule(node: SchemaNode<unknown>): NumberRule | undefined {
  return node instanceof NumberNode ? node.numberRule : undefined;
}

/**
 * A finite number, optionally bounded.
 *
 * @example
 * number({ description: "Mean service time in minutes.", exclusiveMin: 0 }).expected; // => "a number > 0"
 */
export function number(options: NumberOptions): SchemaNode<number> {
  return new NumberNode(options, false);
}

/**
 * A whole number (a safe integer), optionally bounded.
 *
 * @example
 * integer({ description: "Servers at the station.", min: 1 }).expected; // => "an integer >= 1"
 */
export function integer(options: NumberOptions): SchemaNode<number> {
  return new NumberNode(options, true);
}
