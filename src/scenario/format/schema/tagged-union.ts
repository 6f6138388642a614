import { showValue } from "../../../math/index.js";
import { unknownName } from "./did-you-mean.js";
import { childPath } from "./json-path.js";
import { enumeration } from "./literal.js";
import { SchemaNode, type ChildLookup, type JsonSchema, type JsonSchemaDefs, type PathProblem, type Simplify } from "./node.js";
import { ObjectNode, type Fields } from "./object.js";

/** The branches of a tagged union: each tag value names the object schema of its variant. */
export type Branches = { readonly [tagValue: string]: ObjectNode<Fields> };

/** The decoded type of a tagged union: each branch's object with the tag field set to its name. */
export type TaggedValue<Tag extends string, B extends Branches> = {
  [K in keyof B & string]: Simplify<{ readonly [P in Tag]: K } & (B[K] extends SchemaNode<infer T> ? T : never)>;
}[keyof B & string];

/** Options of a tagged union. */
export interface TaggedUnionOptions {
  /** Meaning of the value. */
  readonly description: string;
  /** What the tag chooses, for messages: `unknown distribution "expo"`. */
  readonly noun: string;
}

class TaggedUnionNode<Tag extends string, B extends Branches> extends SchemaNode<TaggedValue<Tag, B>> {
  readonly expected: string;
  readonly #tag: Tag;
  readonly #noun: string;
  readonly #names: readonly string[];
  readonly #branches: ReadonlyMap<string, ObjectNode<Fields>>;

  constructor(tag: Tag, branches: B, options: TaggedUnionOptions) {
    super(options.description);
    this.#tag = tag;
    this.#noun = options.noun;
    this.#names = Object.keys(branches);
    if (this.#names.length === 0) throw new RangeError(`taggedUnion: "${tag}" needs at least one branch`);
    // Each branch gets the tag as its first field, so its own messages list the tag as allowed.
    this.#branches = new Map(
      Object.entries(branches).map(([name, branch]) => {
        const tagField = enumeration([name], { description: `Selects this ${options.noun}.` });
        return [name, new ObjectNode({ [tag]: tagField, ...branch.fields }, branch.options as ObjectNode<Fields>["options"])];
      }),
    );
    this.expected = `a ${this.#noun} (an object whose "${tag}" is one of ${this.#names.join(", ")})`;
  }

  decode(value: unknown, path: string, problems: PathProblem[]): TaggedValue<Tag, B> | undefined {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      problems.push({ path, message: `must be ${this.expected}, got ${showValue(value)}` });
      return undefined;
    }
    const tagPath = childPath(path, this.#tag);
    const tagValue: unknown = Object.hasOwn(value, this.#tag) ? (value as Record<string, unknown>)[this.#tag] : undefined;
    const branch = typeof tagValue === "string" ? this.#branches.get(tagValue) : undefined;
    if (branch !== undefined) return branch.decode(value, path, problems) as TaggedValue<Tag, B> | undefined;
    const allowed = `allowed: ${this.#names.join(", ")}`;
    if (tagValue === undefined) problems.push({ path: tagPath, message: `missing required field; it names the ${this.#noun}, ${allowed}` });
    else if (typeof tagValue !== "string") problems.push({ path: tagPath, message: `must be a string naming the ${this.#noun}, got ${showValue(tagValue)}; ${allowed}` });
    else problems.push({ path: tagPath, message: unknownName(this.#noun, tagValue, this.#names, allowed) });
    return undefined;
  }

  jsonSchema(defs: JsonSchemaDefs): JsonSchema {
    return {
      type: "object",
      description: this.description,
      required: [this.#tag],
      // Listing the tag here as well lets editors complete it before a branch is chosen.
      properties: { [this.#tag]: { enum: this.#names, description: `Which ${this.#noun}.` } },
      oneOf: [...this.#branches.values()].map((branch) => branch.jsonSchema(defs)),
    };
  }

  override child(key: string, current: unknown): ChildLookup {
    const tagValue = typeof current === "object" && current !== null && Object.hasOwn(current, this.#tag) ? (current as Record<string, unknown>)[this.#tag] : undefined;
    const branch = typeof tagValue === "string" ? this.#branches.get(tagValue) : undefined;
    if (branch !== undefined) return branch.child(key);
    if (key === this.#tag) return { ok: true, schema: enumeration(this.#names, { description: this.description }), container: "object" };
    return { ok: false, message: `the ${this.#noun} here has no valid "${this.#tag}", so which fields it takes is unknown; set "${this.#tag}" first, or set the whole ${this.#noun}` };
  }
}

/**
 * A choice among object variants told apart by one string field, the tag (`"dist"`, `"model"`).
 * Messages name the tag's value, so a misspelt variant reads `unknown distribution "expo"`.
 *
 * @throws {RangeError} if there are no branches.
 * @example
 * const d = taggedUnion("dist", {
 *   exponential: object({ mean: number({ description: "Mean.", exclusiveMin: 0 }) }, { description: "Exponential." }),
 * }, { description: "A distribution.", noun: "distribution" });
 * d.decode({ dist: "exponential", mean: 2 }, "", []); // => { dist: "exponential", mean: 2 }
 */
export function taggedUnion<const Tag extends string, const B extends Branches>(tag: Tag, branches: B, options: TaggedUnionOptions): SchemaNode<TaggedValue<Tag, B>> {
  return new TaggedUnionNode(tag, branches, options);
}
