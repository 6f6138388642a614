import { showValue } from "../../../math/index.js";
import { childPath } from "./json-path.js";
import { SchemaNode, type ChildLookup, type JsonSchema, type JsonSchemaDefs, type PathProblem } from "./node.js";

/** Options of an array node. */
export interface ArrayOptions {
  /** Meaning of the list, with the unit of its items. */
  readonly description: string;
  /** Fewest items allowed. @default 0 */
  readonly minLength?: number;
  /** Most items allowed. @default no limit */
  readonly maxLength?: number;
}

const index = /^(0|[1-9][0-9]*)$/;

class ArrayNode<T> extends SchemaNode<readonly T[]> {
  readonly expected: string;
  readonly #item: SchemaNode<T>;
  readonly #min: number;
  readonly #max: number | undefined;

  constructor(item: SchemaNode<T>, options: ArrayOptions) {
    super(options.description);
    this.#item = item;
    this.#min = options.minLength ?? 0;
    this.#max = options.maxLength;
    const items = (n: number): string => `${n} item${n === 1 ? "" : "s"}`;
    this.expected =
      this.#max === this.#min ? `an array of exactly ${items(this.#min)}`
      : this.#max !== undefined ? `an array of ${this.#min} to ${items(this.#max)}`
      : this.#min > 0 ? `an array of at least ${items(this.#min)}`
      : "an array";
  }

  decode(value: unknown, path: string, problems: PathProblem[]): readonly T[] | undefined {
    if (!Array.isArray(value)) {
      problems.push({ path, message: `must be ${this.expected}, got ${showValue(value)}` });
      return undefined;
    }
    let ok = value.length >= this.#min && (this.#max === undefined || value.length <= this.#max);
    if (!ok) problems.push({ path, message: `must be ${this.expected}, got ${value.length}` });
    const items: T[] = [];
    value.forEach((element: unknown, i) => {
      const item = this.#item.decode(element, childPath(path, i), problems);
      if (item === undefined) ok = false;
      else items.push(item);
    });
    return ok ? items : undefined;
  }

  jsonSchema(defs: JsonSchemaDefs): JsonSchema {
    return {
      type: "array",
      description: this.description,
      items: this.#item.jsonSchema(defs),
      ...(this.#min > 0 ? { minItems: this.#min } : {}),
      ...(this.#max === undefined ? {} : { maxItems: this.#max }),
    };
  }

  override child(key: string): ChildLookup {
    if (index.test(key)) return { ok: true, schema: this.#item, container: "array" };
    return { ok: false, message: `"${key}" is not an item index; the list here takes indices such as 0` };
  }
}

/**
 * A list of items of one kind; give `minLength` and `maxLength` the same value for a fixed length
 * (24 hours, 7 days, 12 months).
 *
 * @example
 * array(number({ description: "Trucks per hour." }), { description: "Arrival rate by hour of day.", minLength: 24, maxLength: 24 }).expected;
 * // => "an array of exactly 24 items"
 */
export function array<T>(item: SchemaNode<T>, options: ArrayOptions): SchemaNode<readonly T[]> {
  return new ArrayNode(item, options);
}
