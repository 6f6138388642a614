import { describe, expect, it } from "vitest";
import { integer, number } from "../../../../src/scenario/format/schema/number.js";
import type { PathProblem } from "../../../../src/scenario/format/schema/node.js";

const decode = (node: ReturnType<typeof number>, value: unknown) => {
  const problems: PathProblem[] = [];
  return { value: node.decode(value, "x", problems), problems };
};

describe("number(options) and integer(options)", () => {
  it("number(options) accepts a finite number within its bounds", () => {
    expect(decode(number({ description: "d", min: 0, max: 1 }), 0.5)).toEqual({ value: 0.5, problems: [] });
    expect(decode(number({ description: "d", min: 0 }), 0)).toEqual({ value: 0, problems: [] });
  });

  it("number(options) names the bounds and the value it got", () => {
    expect(decode(number({ description: "d", exclusiveMin: 0 }), -1).problems).toEqual([{ path: "x", message: "must be a number > 0, got -1" }]);
    expect(decode(number({ description: "d", min: 0, max: 1 }), 2).problems).toEqual([{ path: "x", message: "must be a number >= 0 and <= 1, got 2" }]);
    expect(decode(number({ description: "d", exclusiveMax: 24 }), 24).problems[0]?.message).toBe("must be a number < 24, got 24");
  });

  it("number(options) rejects strings, null and non-finite numbers", () => {
    expect(decode(number({ description: "d" }), "3").problems[0]?.message).toBe('must be a number, got "3"');
    expect(decode(number({ description: "d" }), null).problems[0]?.message).toBe("must be a number, got null");
    expect(decode(number({ description: "d" }), Number.POSITIVE_INFINITY).value).toBeUndefined();
    expect(decode(number({ description: "d" }), Number.NaN).value).toBeUndefined();
  });

  it("integer(options) rejects fractions and unsafe integers", () => {
    expect(decode(integer({ description: "d", min: 1 }), 1.5).problems[0]?.message).toBe("must be an integer >= 1, got 1.5");
    expect(decode(integer({ description: "d" }), 2 ** 60).value).toBeUndefined();
    // JSON.parse reads 9007199254740993 as 2^53: the message says why an integer was refused as not one.
    expect(decode(integer({ description: "d" }), JSON.parse("9007199254740993")).problems[0]?.message).toBe(
      "must be an integer of at most 9007199254740991 in size: a larger integer is not exact in a JSON number (this one reads as 9007199254740992)",
    );
    expect(decode(integer({ description: "d", min: 1 }), -(2 ** 53)).problems[0]?.message).toBe("must be an integer >= 1, got -9007199254740992");
    // Past a bound as well, the bound is the reason: not "must be an integer >= 1 and <= 100000 of at most 9007199254740991 in size".
    expect(decode(integer({ description: "d", min: 1, max: 100000 }), JSON.parse("9007199254740993")).problems[0]?.message).toBe(
      "must be an integer >= 1 and <= 100000, got 9007199254740992",
    );
    expect(decode(integer({ description: "d", min: 1 }), 3).value).toBe(3);
  });

  it("number(options).jsonSchema() carries the type, description and every bound", () => {
    expect(number({ description: "Mean minutes.", exclusiveMin: 0, max: 10 }).jsonSchema(new Map())).toEqual({
      type: "number",
      description: "Mean minutes.",
      exclusiveMinimum: 0,
      maximum: 10,
    });
    expect(integer({ description: "Servers.", min: 1 }).jsonSchema(new Map())).toEqual({ type: "integer", description: "Servers.", minimum: 1 });
  });
});
