import { directionLabel, stageLabel } from "../charts/index.js";
import { leversOf, valueAt } from "./levers.js";

const SHIFT_LANES = /^directions\.([^.]+)\.stages\.(\d+)\.hours\.changes\.(\d+)\.lanes$/;

const clock = (hour: number): string => `${String(Math.floor(hour)).padStart(2, "0")}:${String(Math.round((hour % 1) * 60)).padStart(2, "0")}`;

/**
 * How the page names an optimisation's decision path in `scenario`: the lever's label where the path is a
 * lever; for the lanes of a stage's shift, "Lanes from 08:00: KZ customs (Kyrgyzstan → Kazakhstan)"; the
 * path itself otherwise.
 * @example decisionLabel(harvestPeak)("directions.kg-to-kz.stages.4.hours.changes.1.lanes") // => "Lanes from 08:00: Kazakh entry: revenue check (Kyrgyzstan → Kazakhstan)"
 */
export function decisionLabel(scenario: unknown): (path: string) => string {
  const levers = leversOf(scenario);
  return (path) => {
    const lever = levers.find((l) => l.lever.path === path);
    if (lever !== undefined) return lever.lever.label;
    const shift = SHIFT_LANES.exec(path);
    if (shift === null) return path;
    const [, direction, stage, change] = shift as unknown as [string, string, string, string];
    if (direction !== "kg-to-kz" && direction !== "kz-to-kg") return path;
    const at = valueAt(scenario, `directions.${direction}.stages.${stage}.hours.changes.${change}.at`);
    const id = valueAt(scenario, `directions.${direction}.stages.${stage}.id`);
    if (typeof at !== "number" || typeof id !== "string") return path;
    const stageLanes = levers.find((l) => l.lever.path === `directions.${direction}.stages.${stage}.lanes`)?.lever.label.replace(/^Lanes: /, "");
    return `Lanes from ${clock(at)}: ${stageLanes ?? `${stageLabel(id)} (${directionLabel(direction)})`}`;
  };
}
