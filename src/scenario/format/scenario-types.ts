import type { Infer } from "./schema/node.js";
import type { scenarioSchema } from "./scenario-schema.js";

/** A validated scenario with every default filled in; `model` tells the forms apart. */
export type Scenario = Infer<typeof scenarioSchema>;

/** The name of a scenario's model, such as `"network"`. */
export type ScenarioModel = Scenario["model"];

export type { Distribution } from "./distribution-schema.js";
export type { BorderScenario } from "./border-scenario.js";
export type { Arrival, Breakdowns, Discipline, NetworkScenario, Route, Schedule, Station } from "./network-scenario.js";
