import { directionStations } from "../../src/model/index.js";
import type { Scenario } from "../../src/scenario/index.js";
import type { BorderPlanData, PlanDirection, PlanStation } from "../charts/border-plan-layout.js";
import { stageLabel } from "../charts/labels.js";

/** A border scenario, with defaults filled in. */
export type BorderScenario = Extract<Scenario, { readonly model: "border" }>;

/**
 * What the plan draws of a border scenario: each direction's stations in the order its trucks meet them,
 * exactly as the model builds them (`directionStations`, the model's one rule for which stations exist).
 */
export function borderPlanData(scenario: BorderScenario): BorderPlanData {
  const direction = (id: "kg-to-kz" | "kz-to-kg"): PlanDirection => {
    const stations = directionStations(scenario, id).map((station): PlanStation => ({
      id: station.id,
      label: station.role === "seal-fitting" ? "Seal fitting" : station.role === "sealed-lane" ? "sealed lane" : stageLabel(station.id),
      post: station.post,
      lanes: station.lanes,
    }));
    return { id, stations, zonePlaces: scenario.directions[id].zonePlaces };
  };
  return {
    directions: [direction("kg-to-kz"), direction("kz-to-kg")],
    metresPerTruck: scenario.metresPerTruck,
    centrePlaces: scenario.logisticsCentre.places,
    booking: scenario.unified.electronicQueue.enabled,
    classes: [...new Set([...scenario.directions["kg-to-kz"].classes, ...scenario.directions["kz-to-kg"].classes].map((c) => c.id))],
  };
}
