import { MAX_REPLICATIONS } from "../../format/common-fields.js";
import { scenarioSchema } from "../../format/scenario-schema.js";
import { array } from "../../format/schema/array.js";
import { integer } from "../../format/schema/number.js";

/** A resolved scenario in a part file (checked by the same schema as a scenario file). */
export const resolvedScenario = scenarioSchema;

/** A list of resolved scenarios, at least `minLength` of them. */
export function resolvedScenarios(minLength: number, description: string) {
  return array(scenarioSchema, { description, minLength });
}

/** The replications every scenario of a study runs (fixed before sharding). */
export const replicationCount = integer({ description: "Replications of each scenario, 0..n−1.", min: 1, max: MAX_REPLICATIONS });
