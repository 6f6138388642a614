import type { StudyPlan } from "./run-study.js";
import type { Scenario } from "../format/scenario-types.js";
import type { StudyHeader } from "./summarize-study.js";

/** How the user asked a study to run, besides the scenario itself. */
export interface StudyRequest {
  readonly precision?: number;
  readonly maxReplications?: number;
  readonly shard?: { readonly index: number; readonly count: number };
}

/** Whole run length in model time units (hours for border scenarios). */
export function horizonOf(scenario: Scenario): number {
  switch (scenario.model) {
    case "network": return scenario.horizon;
    case "border": return scenario.days * 24;
  }
}

/** The header of a scenario's study result. */
export function studyHeader(scenario: Scenario): StudyHeader {
  return { scenario: scenario.name, model: scenario.model, seed: scenario.seed, horizon: horizonOf(scenario) };
}

/** The metrics the --precision rule watches: what a user of this kind of model reads first. */
export function headlineMetrics(scenario: Scenario): string[] {
  switch (scenario.model) {
    case "network": return ["system.timeInSystem", "system.throughput"];
    case "border": return ["kg-to-kz", "kz-to-kg"].flatMap((d) => [`directions.${d}.crossingHours`, `directions.${d}.trucksPerDay`]);
  }
}

/** The plan of a study: the scenario's replications (or a fixed count), the request's precision rule and shard. */
export function studyPlan(scenario: Scenario, request: StudyRequest, replications?: number): StudyPlan {
  const plan: { -readonly [K in keyof StudyPlan]: StudyPlan[K] } = {
    replications: replications ?? scenario.replications,
    headlineMetrics: headlineMetrics(scenario),
  };
  // A fixed count (the base of a comparison) must not be changed by the precision rule, or pairs break.
  if (request.precision !== undefined && replications === undefined) plan.precision = request.precision;
  if (request.maxReplications !== undefined) plan.maxReplications = request.maxReplications;
  if (request.shard !== undefined) plan.shard = request.shard;
  return plan;
}
