import { describe, expect, it } from "vitest";
import { array } from "../../../../src/scenario/format/schema/array.js";
import { number } from "../../../../src/scenario/format/schema/number.js";
import type { PathProblem } from "../../../../src/scenario/format/schema/node.js";

const hourly = array(number({ description: "Trucks per hour.", min: 0 }), { description: "By hour of day.", minLength: 24, maxLength: 24 });
const some = array(number({ description: "A value.", min: 0 }), { description: "Values.", minLength: 1 });

const decode = (node: typeof hourly, value: unknown) => {
  const problems: PathProblem[] = [];
  return { value: node.decode(value, "rates", problems), problems };
};

describe("array(item, options)", () => {
  it("array(item, options) decodes every item", () => {
    expect(decode(some, [1, 2])).toEqual({ value: [1, 2], problems: [] });
  });

  it("array(item, options) reports each bad item by index, and a wrong length", () => {
    expect(decode(some, [1, -1, "x"]).problems.map((p) => p.path)).toEqual(["rates[1]", "rates[2]"]);
    expect(decode(some, []).problems).toEqual([{ path: "rates", message: "must be an array of at least 1 item, got 0" }]);
    expect(decode(hourly, Array.from({ length: 23 }, () => 1)).problems).toEqual([
      { path: "rates", message: "must be an array of exactly 24 items, got 23" },
    ]);
  });

  it("array(item, options) rejects a non-array", () => {
    expect(decode(some, { 0: 1 }).problems[0]?.message).toBe("must be an array of at least 1 item, got an object");
  });

  it("array(item, options).jsonSchema() gives items, minItems and maxItems", () => {
    expect(hourly.jsonSchema(new Map())).toMatchObject({ type: "array", minItems: 24, maxItems: 24, items: { type: "number", minimum: 0 } });
  });

  it("array(item, options).child(key) accepts item indices only", () => {
    expect(some.child("0", [1])).toMatchObject({ ok: true, container: "array" });
    expect(some.child("first", [1])).toMatchObject({ ok: false });
    expect(some.child("01", [1])).toMatchObject({ ok: false });
  });
});
