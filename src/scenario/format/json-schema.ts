import { scenarioSchema } from "./scenario-schema.js";
import { jsonSchemaDocument } from "./schema/json-schema-document.js";
import type { JsonSchema } from "./schema/node.js";

/**
 * The published JSON Schema (draft 2020-12) of scenario files, generated from the same schema
 * that validates them, so editors and borderflow agree on what a valid file is. Cross-field rules
 * (known station ids, probabilities summing to at most 1, warmup < horizon) appear only in descriptions.
 *
 * @example
 * scenarioJsonSchema().$schema; // => "https://json-schema.org/draft/2020-12/schema"
 */
export function scenarioJsonSchema(): JsonSchema {
  return jsonSchemaDocument(scenarioSchema, "borderflow scenario");
}

/**
 * `scenarioJsonSchema()` as the text of `scenarios/schema.json`: two-space indents, final newline.
 *
 * @example
 * scenarioJsonSchemaText().endsWith("}\n"); // => true
 */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
