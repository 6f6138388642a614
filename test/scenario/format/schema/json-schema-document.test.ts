import { describe, expect, it } from "vitest";
import { describe as describeNode } from "../../../../src/scenario/format/schema/describe.js";
import { jsonSchemaDocument } from "../../../../src/scenario/format/schema/json-schema-document.js";
import { named } from "../../../../src/scenario/format/schema/named.js";
import { number } from "../../../../src/scenario/format/schema/number.js";
import { object } from "../../../../src/scenario/format/schema/object.js";

describe("jsonSchemaDocument(root, title), named(name, node) and describe(node, text)", () => {
  it("jsonSchemaDocument(root, title) writes a named node once under $defs and refers to it by $ref, with each use's description", () => {
    const minutes = named("Minutes", number({ description: "Minutes.", min: 0 }));
    const root = object({ wait: describeNode(minutes, "Time waiting."), service: minutes }, { description: "Times." });
    expect(jsonSchemaDocument(root, "Times")).toEqual({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      title: "Times",
      type: "object",
      description: "Times.",
      properties: {
        wait: { $ref: "#/$defs/Minutes", description: "Time waiting." },
        service: { $ref: "#/$defs/Minutes" },
      },
      required: ["wait", "service"],
      additionalProperties: false,
      $defs: { Minutes: { type: "number", description: "Minutes.", minimum: 0 } },
    });
  });
});
