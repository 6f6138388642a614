import { describe, expect, it } from "vitest";
import { anyOf } from "../../../../src/scenario/format/schema/any-of.js";
import { boolean } from "../../../../src/scenario/format/schema/boolean.js";
import { enumeration, literal } from "../../../../src/scenario/format/schema/literal.js";
import { number } from "../../../../src/scenario/format/schema/number.js";
import { string } from "../../../../src/scenario/format/schema/string.js";
import { validate } from "../../../../src/scenario/format/schema/validate.js";

describe("string, boolean, literal, enumeration and anyOf", () => {
  it("string(options) enforces its minimum length", () => {
    expect(validate(string({ description: "Id.", minLength: 1 }), "")).toEqual({ ok: false, problems: [{ path: "$", message: 'must be a non-empty string, got ""' }] });
    expect(validate(string({ description: "Id." }), "")).toEqual({ ok: true, value: "" });
  });

  it("boolean(options) accepts only true and false", () => {
    expect(validate(boolean({ description: "B." }), false)).toEqual({ ok: true, value: false });
    expect(validate(boolean({ description: "B." }), "true")).toMatchObject({ ok: false, problems: [{ message: 'must be true or false, got "true"' }] });
  });

  it("enumeration(values, options) lists the allowed values", () => {
    const discipline = enumeration(["fifo", "priority"], { description: "Order." });
    expect(validate(discipline, "lifo")).toEqual({ ok: false, problems: [{ path: "$", message: 'must be one of "fifo", "priority", got "lifo"' }] });
    expect(discipline.jsonSchema(new Map())).toEqual({ enum: ["fifo", "priority"], description: "Order." });
  });

  it("literal(value, options) is a const in JSON Schema", () => {
    expect(literal("auto", { description: "MSER-5." }).jsonSchema(new Map())).toEqual({ const: "auto", description: "MSER-5." });
  });

  it("anyOf(alternatives, options) takes the first alternative that fits and names all of them otherwise", () => {
    const warmup = anyOf([number({ description: "Time.", min: 0 }), literal("auto", { description: "MSER-5." })], { description: "Warm-up." });
    expect(validate(warmup, 5)).toEqual({ ok: true, value: 5 });
    expect(validate(warmup, "auto")).toEqual({ ok: true, value: "auto" });
    expect(validate(warmup, -1)).toEqual({ ok: false, problems: [{ path: "$", message: 'must be a number >= 0 or "auto", got -1' }] });
    expect(warmup.jsonSchema(new Map())).toEqual({
      description: "Warm-up.",
      anyOf: [{ type: "number", description: "Time.", minimum: 0 }, { const: "auto", description: "MSER-5." }],
    });
  });
});
