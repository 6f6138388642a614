import { directionIds } from "../charts/index.js";
import { valueAt } from "./levers.js";

/**
 * The readable label of every stage id in the given scenarios (`kz-xray` → "Kazakh entry: X-ray
 * scanning complex"), as the files write them, for charts that would otherwise derive names from ids.
 */
export function stageLabelsOf(scenarios: readonly unknown[]): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const scenario of scenarios) {
    for (const direction of directionIds) {
      const stages = valueAt(scenario, `directions.${direction}.stages`);
      if (!Array.isArray(stages)) continue;
      for (const stage of stages as unknown[]) {
        const id = valueAt(stage, "id");
        const label = valueAt(stage, "label");
        if (typeof id === "string" && typeof label === "string") labels[id] = label;
      }
    }
  }
  return labels;
}
