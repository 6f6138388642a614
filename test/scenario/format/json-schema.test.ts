import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scenarioJsonSchema, scenarioJsonSchemaText, studyJsonSchemaText } from "../../../src/scenario/format/json-schema.js";
import { scenarioSchema } from "../../../src/scenario/format/scenario-schema.js";
import { validate } from "../../../src/scenario/format/schema/validate.js";
import { conforms } from "../fixtures/mini-json-schema.js";
import { twoDesks } from "../fixtures/two-desks.js";

const committed = new URL("../../../scenarios/schema.json", import.meta.url);

describe("scenarioJsonSchema()", () => {
  it("scenarioJsonSchemaText() matches the committed scenarios/schema.json", () => {
    const stale = "scenarios/schema.json is out of date with src/scenario/*: regenerate it with `npm run schema` (that is, npm run build:cli && node dist/src/scenario/write-schema.js) and commit it";
    expect(readFileSync(committed, "utf8") === scenarioJsonSchemaText(), stale).toBe(true);
  });

  it("studyJsonSchemaText() matches the committed scenarios/study.schema.json", () => {
    const stale = "scenarios/study.schema.json is out of date with src/scenario/format/optimization-study-schema.ts: regenerate it with `npm run schema` and commit it";
    expect(readFileSync(new URL("../../../scenarios/study.schema.json", import.meta.url), "utf8") === studyJsonSchemaText(), stale).toBe(true);
  });

  it("scenarioJsonSchema() declares draft 2020-12 and a $defs entry for distributions", () => {
    const schema = scenarioJsonSchema();
    expect(schema["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(Object.keys(schema["$defs"] as object)).toEqual(["Distribution"]);
  });

  it("scenarioJsonSchema() accepts what the validator accepts, and rejects shape errors it rejects", () => {
    const schema = scenarioJsonSchema();
    expect(conforms(schema, twoDesks())).toBe(true);
    const broken: [string, (s: Record<string, any>) => void][] = [ // any: edits deep into plain JSON
      ["unknown top-level field", (s) => (s["days"] = 1)],
      ["unknown station field", (s) => (s["stations"][0]["sevrers"] = 2)],
      ["unknown distribution", (s) => (s["stations"][0]["service"]["dist"] = "expo")],
      ["parameter of another distribution", (s) => (s["stations"][0]["service"]["cv"] = 1)],
      ["missing required field", (s) => delete s["horizon"]],
      ["mean not > 0", (s) => (s["arrivals"][0]["interarrival"]["mean"] = 0)],
      ["fractional servers", (s) => (s["stations"][0]["servers"] = 1.5)],
      ["unknown model", (s) => (s["model"] = "border")],
      ["warmup neither a number nor auto", (s) => (s["warmup"] = "soon")],
    ];
    for (const [what, edit] of broken) {
      const scenario = twoDesks();
      edit(scenario);
      expect(validate(scenarioSchema, scenario).ok, what).toBe(false);
      expect(conforms(schema, scenario), what).toBe(false);
    }
  });

  it("scenarioJsonSchema() accepts every scenario the validator accepts, over random numeric edits", () => {
    const schema = scenarioJsonSchema();
    const fields = ["horizon", "warmup", "replications", "seed"] as const;
    // Within the safe integers: beyond 2^53 the validator refuses integers that JSON Schema's "integer" admits.
    const values = fc.oneof(fc.integer({ min: -5, max: 100000 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }));
    fc.assert(
      fc.property(fc.constantFrom(...fields), values, (field, value) => {
        const scenario = { ...twoDesks(), warmup: 0, [field]: value };
        if (validate(scenarioSchema, scenario).ok) expect(conforms(schema, scenario)).toBe(true);
        else if (field !== "warmup") expect(conforms(schema, scenario)).toBe(false); // warmup < horizon is a cross-field rule
      }),
      { numRuns: 200, seed: 5 },
    );
  });
});
