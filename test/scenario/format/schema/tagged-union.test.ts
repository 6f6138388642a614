import { describe, expect, it } from "vitest";
import { number } from "../../../../src/scenario/format/schema/number.js";
import { object } from "../../../../src/scenario/format/schema/object.js";
import type { PathProblem } from "../../../../src/scenario/format/schema/node.js";
import { taggedUnion } from "../../../../src/scenario/format/schema/tagged-union.js";

const positive = number({ description: "Mean.", exclusiveMin: 0 });
const dist = taggedUnion(
  "dist",
  {
    exponential: object({ mean: positive }, { description: "Exponential." }),
    deterministic: object({ value: number({ description: "Value.", min: 0 }) }, { description: "Constant." }),
  },
  { description: "A distribution.", noun: "distribution" },
);

const decode = (value: unknown) => {
  const problems: PathProblem[] = [];
  return { value: dist.decode(value, "service", problems), problems };
};

describe("taggedUnion(tag, branches, options)", () => {
  it("taggedUnion(tag, branches, options) decodes the branch its tag names, tag included", () => {
    expect(decode({ dist: "exponential", mean: 2 })).toEqual({ value: { dist: "exponential", mean: 2 }, problems: [] });
    expect(decode({ dist: "deterministic", value: 0 }).value).toEqual({ dist: "deterministic", value: 0 });
  });

  it("taggedUnion(tag, branches, options) names an unknown variant and lists the allowed ones", () => {
    expect(decode({ dist: "expo", mean: 1 }).problems).toEqual([
      { path: "service.dist", message: 'unknown distribution "expo"; allowed: exponential, deterministic' },
    ]);
    expect(decode({ dist: "exponentail", mean: 1 }).problems[0]?.message).toContain('(did you mean "exponential"?)');
  });

  it("taggedUnion(tag, branches, options) reports a missing or non-string tag at the tag's path", () => {
    expect(decode({ mean: 1 }).problems).toEqual([
      { path: "service.dist", message: "missing required field; it names the distribution, allowed: exponential, deterministic" },
    ]);
    expect(decode({ dist: 3 }).problems[0]?.path).toBe("service.dist");
  });

  it("taggedUnion(tag, branches, options) checks the chosen branch's fields, listing the tag among those allowed", () => {
    expect(decode({ dist: "exponential", mean: -1, cv: 1 }).problems).toEqual([
      { path: "service.cv", message: 'unknown field "cv"; allowed: dist, mean' },
      { path: "service.mean", message: "must be a number > 0, got -1" },
    ]);
  });

  it("taggedUnion(tag, branches, options).jsonSchema() is a oneOf of closed objects told apart by const", () => {
    const schema = dist.jsonSchema(new Map());
    expect(schema["required"]).toEqual(["dist"]);
    expect(schema["oneOf"]).toEqual([
      {
        type: "object",
        description: "Exponential.",
        properties: { dist: { const: "exponential", description: "Selects this distribution." }, mean: positive.jsonSchema(new Map()) },
        required: ["dist", "mean"],
        additionalProperties: false,
      },
      expect.objectContaining({ required: ["dist", "value"] }),
    ]);
  });

  it("taggedUnion(tag, branches, options).child(key, current) follows the branch named by the current tag", () => {
    expect(dist.child("mean", { dist: "exponential", mean: 1 })).toMatchObject({ ok: true });
    expect(dist.child("value", { dist: "exponential", mean: 1 })).toEqual({ ok: false, message: 'unknown field "value"; allowed: dist, mean' });
    expect(dist.child("mean", { dist: "nope" })).toMatchObject({ ok: false });
    expect(dist.child("dist", undefined)).toMatchObject({ ok: true });
  });
});
