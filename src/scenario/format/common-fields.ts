import { integer } from "./schema/number.js";

/** The most replications one study may run: each keeps its outputs in memory until the study is summarised. */
export const MAX_REPLICATIONS = 100_000;
import { withDefault, optional } from "./schema/object.js";
import { string } from "./schema/string.js";
import { uncertainSchema } from "./uncertain-schema.js";

/**
 * The fields every scenario has, whatever its model: spread them into a model's object schema
 * (`object({ ...commonFields, ... })`) so that names, seeds and replications read the same everywhere.
 */
export const commonFields = {
  $schema: optional(string({ description: "Path or URL of the JSON Schema, so that editors can check and complete the file; borderflow ignores it." })),
  name: string({ description: "Short name shown in results, tables and charts; one line, without control characters.", minLength: 1, line: true }),
  title: optional(string({
    description: "Name for people, such as \"Electronic navigation seals\": the dashboard, the brief and chart legends show it; results, CSV and --metric keep `name`. One line, without control characters.",
    minLength: 1,
    line: true,
  })),
  description: withDefault(string({ description: "What the scenario shows, in plain words, for whoever opens the file next." }), ""),
  replications: withDefault(
    integer({ description: "Independent runs; the 95% confidence intervals come from the spread across them (at least 2 for an interval). At most 100000.", min: 1, max: MAX_REPLICATIONS }),
    10,
  ),
  seed: withDefault(
    integer({ description: "Seed of the random streams: the same scenario and seed give the same numbers, and scenarios run with the same seed share their random numbers (common random numbers)." }),
    1,
  ),
  uncertain: withDefault(uncertainSchema, []),
} as const;
