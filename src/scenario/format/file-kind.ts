/**
 * What a JSON file in a scenarios folder is, by its name: a JSON Schema (`schema.json`,
 * `study.schema.json`), an optimisation study (`*.study.json`), or a scenario (any other `*.json`);
 * null for a file that is not JSON. One rule for the CLI, the tests and the page, so a new kind of
 * file cannot be read as a broken scenario in one place and skipped in another.
 * @example
 * fileKind("scenarios/harvest-capacity.study.json"); // => "study"
 */
export function fileKind(name: string): "schema" | "study" | "scenario" | null {
  if (!name.endsWith(".json")) return null;
  if (name.endsWith("schema.json")) return "schema";
  if (name.endsWith(".study.json")) return "study";
  return "scenario";
}
