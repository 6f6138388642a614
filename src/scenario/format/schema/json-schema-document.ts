import type { JsonSchema, JsonSchemaDefs, SchemaNode } from "./node.js";

/** The JSON Schema dialect this DSL emits. */
export const jsonSchemaDialect = "https://json-schema.org/draft/2020-12/schema";

/**
 * A whole JSON Schema document for `root`: the dialect, a title, the root's schema and the
 * `$defs` of every named node reached from it.
 *
 * @example
 * jsonSchemaDocument(string({ description: "A name." }), "Name");
 * // => { $schema: "https://json-schema.org/draft/2020-12/schema", title: "Name", type: "string", description: "A name." }
 */
export function jsonSchemaDocument(root: SchemaNode<unknown>, title: string): JsonSchema {
  const defs: JsonSchemaDefs = new Map();
  const body = root.jsonSchema(defs);
  return { $schema: jsonSchemaDialect, title, ...body, ...(defs.size > 0 ? { $defs: Object.fromEntries(defs) } : {}) };
}
