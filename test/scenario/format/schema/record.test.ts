import { describe, expect, it } from "vitest";
import { number } from "../../../../src/scenario/format/schema/number.js";
import type { PathProblem } from "../../../../src/scenario/format/schema/node.js";
import { record } from "../../../../src/scenario/format/schema/record.js";

const byClass = record(number({ description: "Minutes.", exclusiveMin: 0 }), { description: "Service minutes by class.", keyNoun: "class" });

const decode = (value: unknown) => {
  const problems: PathProblem[] = [];
  return { value: byClass.decode(value, "serviceByClass", problems), problems };
};

describe("record(value, options)", () => {
  it("record(value, options) decodes every entry, whatever its key", () => {
    expect(decode({ reefer: 2, "cold chain": 3 })).toEqual({ value: { reefer: 2, "cold chain": 3 }, problems: [] });
  });

  it("record(value, options) reports bad values by key, quoting keys that are not identifiers", () => {
    expect(decode({ reefer: 0, "cold chain": -1 }).problems.map((p) => p.path)).toEqual(["serviceByClass.reefer", 'serviceByClass["cold chain"]']);
  });

  it("record(value, options) rejects an empty key", () => {
    expect(decode({ "": 1 }).problems).toEqual([{ path: 'serviceByClass[""]', message: "an empty class is not allowed" }]);
  });

  it("record(value, options) keeps a key named __proto__ as plain data", () => {
    const { value } = decode(JSON.parse('{"__proto__": 2}'));
    expect(Object.keys(value ?? {})).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });

  it("record(value, options).jsonSchema() puts the value schema under additionalProperties", () => {
    expect(byClass.jsonSchema(new Map())).toEqual({
      type: "object",
      description: "Service minutes by class.",
      propertyNames: { minLength: 1 },
      additionalProperties: { type: "number", description: "Minutes.", exclusiveMinimum: 0 },
    });
  });
});
