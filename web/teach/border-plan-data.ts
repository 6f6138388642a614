import { fittingStageId, sealedLaneId } from "../../src/model/index.js";
import type { Scenario } from "../../src/scenario/index.js";
import type { BorderPlanData, PlanDirection, PlanStation } from "../charts/border-plan-layout.js";
import { stageLabel } from "../charts/labels.js";

/** A border scenario, with defaults filled in. */
export type BorderScenario = Extract<Scenario, { readonly model: "border" }>;

/**
 * What the plan draws of a border scenario: each direction's stations in the order its trucks meet them,
 * as the model builds them: the seal-fitting stage first when seals are fitted at the checkpoint, then each
 * stage, followed by its lane for sealed trucks when seals have a dedicated lane and do not skip the stage.
 */
export function borderPlanData(scenario: BorderScenario): BorderPlanData {
  const { seals } = scenario;
  const sealsOn = seals.share > 0;
  const direction = (id: "kg-to-kz" | "kz-to-kg"): PlanDirection => {
    const spec = scenario.directions[id];
    const stations: PlanStation[] = [];
    if (sealsOn && seals.fittingAt === "checkpoint") {
      stations.push({ id: fittingStageId(id), label: "Seal fitting", post: id === "kg-to-kz" ? "kg" : "kz", lanes: seals.fittingLanes });
    }
    for (const stage of spec.stages) {
      stations.push({ id: stage.id, label: stageLabel(stage.id), post: stage.post, lanes: stage.lanes });
      if (sealsOn && seals.dedicatedLane && !seals.skipStages.includes(stage.id)) {
        stations.push({ id: sealedLaneId(stage.id), label: "sealed lane", post: stage.post, lanes: 1 });
      }
    }
    return { id, stations, zonePlaces: spec.zonePlaces };
  };
  return {
    directions: [direction("kg-to-kz"), direction("kz-to-kg")],
    metresPerTruck: scenario.metresPerTruck,
    centrePlaces: scenario.logisticsCentre.places,
    booking: scenario.unified.electronicQueue.enabled,
    classes: [...new Set([...scenario.directions["kg-to-kz"].classes, ...scenario.directions["kz-to-kg"].classes].map((c) => c.id))],
  };
}
