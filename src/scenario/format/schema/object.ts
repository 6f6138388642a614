import { showValue } from "../../../math/index.js";
import { unknownName } from "./did-you-mean.js";
import { childPath, displayPath } from "./json-path.js";
import { SchemaNode, type ChildLookup, type JsonSchema, type JsonSchemaDefs, type PathProblem, type Simplify } from "./node.js";

/**
 * Problem lists in which some object's cross-field checks could not run because a field had the
 * wrong shape; `validate` turns membership into `checksPending`, so users learn more checks follow.
 */
export const checksSkipped = new WeakSet<PathProblem[]>();

/** A field that may be left out; it is then absent from the decoded object too. */
export interface OptionalField<T> {
  readonly kind: "optional";
  readonly schema: SchemaNode<T>;
}

/** A field that may be left out; it then takes its documented default. */
export interface DefaultField<T> {
  readonly kind: "default";
  readonly schema: SchemaNode<T>;
  /** The value used when the field is absent (a decoded value, so it is checked when the schema is built). */
  readonly value: T;
}

/** The fields of an object node: a bare schema node is a required field. */
export type Fields = { readonly [name: string]: SchemaNode<unknown> | OptionalField<unknown> | DefaultField<unknown> };

type FieldValue<F> = F extends OptionalField<infer T> | DefaultField<infer T> ? T : F extends SchemaNode<infer T> ? T : never;
type OptionalKeys<F extends Fields> = { [K in keyof F]: F[K] extends OptionalField<unknown> ? K : never }[keyof F];

/** The decoded type of an object with fields `F`: defaults filled in, optional fields optional. */
export type ObjectValue<F extends Fields> = Simplify<
  { readonly [K in Exclude<keyof F, OptionalKeys<F>>]: FieldValue<F[K]> } & { readonly [K in OptionalKeys<F>]?: FieldValue<F[K]> }
>;

/** Reports a cross-field problem at a path relative to the object, such as `["routes", 0, "to"]`. */
export type Report = (at: readonly (string | number)[], message: string) => void;

/** Options of an object node. */
export interface ObjectOptions<V> {
  /** Meaning of the object. */
  readonly description: string;
  /**
   * Cross-field checks, run only once every field has a valid shape; `raw` is the object as
   * written, for rules about which fields were given. (A method, so that object nodes of any
   * fields can stand where `ObjectNode<Fields>` is expected.)
   * @default no checks
   */
  check?(value: V, report: Report, raw: Readonly<Record<string, unknown>>): void;
}

/**
 * An object with named fields. Fields not declared are errors, never ignored: a misspelt
 * optional field would otherwise silently take its default.
 */
export class ObjectNode<F extends Fields> extends SchemaNode<ObjectValue<F>> {
  readonly expected = "an object";
  /** The declared fields, in the order messages and the JSON Schema list them. */
  readonly fields: F;
  /** The description and cross-field check, kept so a tagged union can rebuild the object with its tag. */
  readonly options: ObjectOptions<ObjectValue<F>>;

  constructor(fields: F, options: ObjectOptions<ObjectValue<F>>) {
    super(options.description);
    this.fields = fields;
    this.options = options;
    for (const [name, field] of Object.entries(fields)) {
      if (field instanceof SchemaNode || field.kind !== "default") continue;
      const problems: PathProblem[] = [];
      field.schema.decode(field.value, name, problems);
      if (problems.length > 0) throw new TypeError(`object: the default of field "${name}" is invalid: ${problems.map((p) => p.message).join("; ")}`);
    }
  }

  decode(value: unknown, path: string, problems: PathProblem[]): ObjectValue<F> | undefined {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      problems.push({ path, message: `must be ${this.expected}, got ${showValue(value)}` });
      return undefined;
    }
    const raw = value as Readonly<Record<string, unknown>>;
    const names = Object.keys(this.fields);
    for (const key of Object.keys(raw)) {
      if (!Object.hasOwn(this.fields, key)) problems.push({ path: childPath(path, key), message: unknownField(key, names) });
    }
    let ok = true;
    const entries: [string, unknown][] = [];
    for (const [name, field] of Object.entries(this.fields)) {
      const schema = field instanceof SchemaNode ? field : field.schema;
      if (Object.hasOwn(raw, name)) {
        const decoded = schema.decode(raw[name], childPath(path, name), problems);
        if (decoded === undefined) ok = false;
        else entries.push([name, decoded]);
      } else if (field instanceof SchemaNode) {
        problems.push({ path: childPath(path, name), message: `missing required field; must be ${schema.expected}` });
        ok = false;
      } else if (field.kind === "default") {
        entries.push([name, structuredClone(field.value)]);
      }
    }
    if (!ok) {
      if (this.options.check !== undefined) checksSkipped.add(problems);
      return undefined;
    }
    const decoded = Object.fromEntries(entries) as ObjectValue<F>;
    this.options.check?.(decoded, (at, message) => problems.push({ path: at.reduce<string>(childPath, path), message }), raw);
    return decoded;
  }

  jsonSchema(defs: JsonSchemaDefs): JsonSchema {
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    for (const [name, field] of Object.entries(this.fields)) {
      if (field instanceof SchemaNode) {
        properties[name] = field.jsonSchema(defs);
        required.push(name);
      } else {
        properties[name] = { ...field.schema.jsonSchema(defs), ...(field.kind === "default" ? { default: field.value } : {}) };
      }
    }
    return { type: "object", description: this.description, properties, ...(required.length > 0 ? { required } : {}), additionalProperties: false };
  }

  override child(key: string): ChildLookup {
    const field = Object.hasOwn(this.fields, key) ? this.fields[key] : undefined;
    if (field === undefined) return { ok: false, message: unknownField(key, Object.keys(this.fields)) };
    return { ok: true, schema: field instanceof SchemaNode ? field : field.schema, container: "object" };
  }

  /**
   * The decoded value of `{}`: every field at its default, for an optional section whose
   * default is "all defaults".
   *
   * @throws {TypeError} if a field is required.
   */
  defaults(): ObjectValue<F> {
    const problems: PathProblem[] = [];
    const value = this.decode({}, "", problems);
    if (value === undefined || problems.length > 0) {
      throw new TypeError(`object.defaults(): ${problems.map((p) => `${displayPath(p.path)}: ${p.message}`).join("; ")}`);
    }
    return value;
  }
}

function unknownField(key: string, allowed: readonly string[]): string {
  return unknownName("field", key, allowed, `allowed: ${allowed.join(", ")}`);
}

/**
 * An object with the given fields; a bare node is required, `optional(node)` may be left out and
 * `withDefault(node, value)` takes `value` when left out.
 *
 * @throws {TypeError} if a default does not satisfy its own field's schema.
 * @example
 * const route = object({ to: string({ description: "Station id." }), p: number({ description: "Probability.", min: 0, max: 1 }) }, { description: "A route." });
 * route.decode({ to: "scan", p: 0.3 }, "", []); // => { to: "scan", p: 0.3 }
 */
export function object<const F extends Fields>(fields: F, options: ObjectOptions<ObjectValue<F>>): ObjectNode<F> {
  return new ObjectNode(fields, options);
}

/**
 * Marks a field as optional: when absent it stays absent from the decoded object.
 *
 * @example
 * const station = object({ queueLimit: optional(integer({ description: "Places in the queue.", min: 0 })) }, { description: "A station." });
 * station.decode({}, "", []); // => {}
 */
export function optional<T>(schema: SchemaNode<T>): OptionalField<T> {
  return { kind: "optional", schema };
}

/**
 * Gives a field a documented default (shown in the JSON Schema as `default`).
 *
 * @example
 * const run = object({ replications: withDefault(integer({ description: "Independent runs.", min: 1 }), 10) }, { description: "Run settings." });
 * run.decode({}, "", []); // => { replications: 10 }
 */
export function withDefault<T>(schema: SchemaNode<T>, value: NoInfer<T>): DefaultField<T> {
  return { kind: "default", schema, value };
}
