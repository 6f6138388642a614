import { borderScenarioSchema } from "./border-scenario.js";
import { networkScenarioSchema } from "./network-scenario.js";
import { taggedUnion } from "./schema/tagged-union.js";

/**
 * Every kind of scenario file, chosen by `"model"`. Adding a model is one line here: its object
 * schema (without the `model` field, which this union adds) under its name.
 */
export const scenarioSchema = taggedUnion(
  "model",
  {
    network: networkScenarioSchema,
    border: borderScenarioSchema,
  },
  { description: "A borderflow scenario: what to simulate, for how long, and how many times.", noun: "model" },
);
