import { optimizationStudySchema } from "./optimization-study-schema.js";
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

/**
 * The published JSON Schema of optimisation study files (`scenarios/study.schema.json`), generated
 * from the schema that validates them, as text: two-space indents, final newline.
 *
 * @example
 * JSON.parse(studyJsonSchemaText()).title; // => "borderflow optimisation study"
 */
export function studyJsonSchemaText(): string {
  return `${JSON.stringify(jsonSchemaDocument(optimizationStudySchema, "borderflow optimisation study"), null, 2)}\n`;
}
