import { describe, expect, it } from "vitest";
import { array } from "../../../../src/scenario/format/schema/array.js";
import { literal } from "../../../../src/scenario/format/schema/literal.js";
import { integer, number } from "../../../../src/scenario/format/schema/number.js";
import { object, optional, withDefault } from "../../../../src/scenario/format/schema/object.js";
import type { PathProblem } from "../../../../src/scenario/format/schema/node.js";
import { string } from "../../../../src/scenario/format/schema/string.js";

const station = object(
  {
    id: string({ description: "Id.", minLength: 1 }),
    servers: withDefault(integer({ description: "Servers.", min: 1 }), 1),
    queueLimit: optional(integer({ description: "Places.", min: 0 })),
  },
  { description: "A station." },
);

const decode = (value: unknown) => {
  const problems: PathProblem[] = [];
  return { value: station.decode(value, "stations[0]", problems), problems };
};

describe("object(fields, options)", () => {
  it("object(fields, options) fills in defaults and leaves optional fields out", () => {
    expect(decode({ id: "desk" })).toEqual({ value: { id: "desk", servers: 1 }, problems: [] });
    expect(decode({ id: "desk", servers: 3, queueLimit: 0 }).value).toEqual({ id: "desk", servers: 3, queueLimit: 0 });
  });

  it("object(fields, options) reports an unknown field with a guess and the allowed fields", () => {
    expect(decode({ id: "desk", sevrers: 2 }).problems).toEqual([
      { path: "stations[0].sevrers", message: 'unknown field "sevrers" (did you mean "servers"?); allowed: id, servers, queueLimit' },
    ]);
  });

  it("object(fields, options) reports every problem, not just the first", () => {
    const { value, problems } = decode({ servers: 0, queueLimit: -1, colour: "red" });
    expect(value).toBeUndefined();
    expect(problems.map((p) => p.path).sort()).toEqual(["stations[0].colour", "stations[0].id", "stations[0].queueLimit", "stations[0].servers"]);
    expect(problems.find((p) => p.path === "stations[0].id")?.message).toBe("missing required field; must be a non-empty string");
  });

  it("object(fields, options) rejects arrays and scalars", () => {
    expect(decode([]).problems).toEqual([{ path: "stations[0]", message: "must be an object, got an array of length 0" }]);
    expect(decode("desk").problems[0]?.message).toBe('must be an object, got "desk"');
  });

  it("object(fields, options) treats inherited names such as constructor as unknown fields", () => {
    expect(decode({ id: "desk", constructor: 1 }).problems[0]?.path).toBe("stations[0].constructor");
    expect(decode(JSON.parse('{"id": "desk", "__proto__": 1}')).problems[0]?.path).toBe("stations[0].__proto__");
  });

  it("object(fields, options) runs its check only once the shape is valid, with paths relative to the object", () => {
    const range = object(
      { min: number({ description: "Min." }), max: number({ description: "Max." }) },
      { description: "Range.", check: (r, report) => (r.min > r.max ? report(["min"], "must be <= max") : undefined) },
    );
    const problems: PathProblem[] = [];
    expect(range.decode({ min: 2, max: 1 }, "r", problems)).toEqual({ min: 2, max: 1 });
    expect(problems).toEqual([{ path: "r.min", message: "must be <= max" }]);
    const shapeProblems: PathProblem[] = [];
    range.decode({ min: 2, max: "1" }, "r", shapeProblems);
    expect(shapeProblems.map((p) => p.path)).toEqual(["r.max"]);
  });

  it("object(fields, options) gives each decode its own copy of an object default", () => {
    const withList = object({ routes: withDefault(array(literal("a", { description: "A." }), { description: "L." }), []) }, { description: "D." });
    const first = withList.decode({}, "", []);
    const second = withList.decode({}, "", []);
    expect(first).toEqual({ routes: [] });
    expect(first?.routes).not.toBe(second?.routes);
  });

  it("object(fields, options) throws when a default breaks its own field's rule", () => {
    expect(() => object({ servers: withDefault(integer({ description: "Servers.", min: 1 }), 0) }, { description: "D." })).toThrow(
      /default of field "servers" is invalid: must be an integer >= 1, got 0/,
    );
  });

  it("object(fields, options).defaults() is the object of every default, and throws when a field is required", () => {
    const section = object({ share: withDefault(number({ description: "Share.", min: 0, max: 1 }), 0.3) }, { description: "Seals." });
    expect(section.defaults()).toEqual({ share: 0.3 });
    expect(() => station.defaults()).toThrow(/id: missing required field/);
  });

  it("object(fields, options).jsonSchema() lists properties, required fields and defaults, and forbids others", () => {
    expect(station.jsonSchema(new Map())).toEqual({
      type: "object",
      description: "A station.",
      properties: {
        id: { type: "string", description: "Id.", minLength: 1 },
        servers: { type: "integer", description: "Servers.", minimum: 1, default: 1 },
        queueLimit: { type: "integer", description: "Places.", minimum: 0 },
      },
      required: ["id"],
      additionalProperties: false,
    });
  });

  it("object(fields, options).child(key) leads to a field's node or lists the allowed fields", () => {
    expect(station.child("servers")).toMatchObject({ ok: true, container: "object" });
    expect(station.child("colour")).toEqual({ ok: false, message: 'unknown field "colour"; allowed: id, servers, queueLimit' });
  });
});
